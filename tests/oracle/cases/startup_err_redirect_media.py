"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, get
from litestar.response import Redirect


@get("/", sync_to_thread=False)
def h() -> Redirect:
    return Redirect("/x", media_type="application/xml")


def create_app():
    return Litestar([h])


REQUESTS = [{"method": "GET", "url": "/", "follow_redirects": False}]
