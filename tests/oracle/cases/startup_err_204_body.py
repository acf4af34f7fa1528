"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, get


@get("/", status_code=204, sync_to_thread=False)
def h() -> dict:
    return {}


def create_app():
    return Litestar([h])


REQUESTS = []
