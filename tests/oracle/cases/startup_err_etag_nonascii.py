"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, get
from litestar.datastructures import ETag


@get("/", sync_to_thread=False, etag=ETag(value="café"))
def h() -> str:
    return "x"


def create_app():
    return Litestar([h])


REQUESTS = [{"method": "GET", "url": "/"}]
