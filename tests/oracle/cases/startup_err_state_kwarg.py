"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, get


@get("/", sync_to_thread=False)
def h(state: int) -> None:
    return None


def create_app():
    return Litestar([h])


REQUESTS = []
