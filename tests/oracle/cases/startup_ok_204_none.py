"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, Response, get


@get("/", status_code=204, sync_to_thread=False)
def h() -> None:
    return None


@get("/r", status_code=204, sync_to_thread=False)
def r() -> Response[None]:
    return Response(None, status_code=204)


def create_app():
    return Litestar([h, r])


REQUESTS = [{"method": "GET", "url": "/"}, {"method": "GET", "url": "/r"}]
