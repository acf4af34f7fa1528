"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, post


@post("/", sync_to_thread=False)
def h(body: str) -> None:
    return None


def create_app():
    return Litestar([h])


REQUESTS = []
