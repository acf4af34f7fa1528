"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, get
from litestar.di import Provide


def gen():
    yield 1


@get("/", sync_to_thread=False)
def h(v: int) -> int:
    return v


def create_app():
    return Litestar([h], dependencies={"v": Provide(gen, use_cache=True)})


REQUESTS = []
