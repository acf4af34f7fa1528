"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, get


@get("/", status_code=304, sync_to_thread=False)
def h() -> str:
    return "x"


def create_app():
    return Litestar([h])


REQUESTS = []
