"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, Router, post


@post("/", sync_to_thread=False, request_max_body_size=None)
def h(data: dict) -> dict:
    return data


@post("/r", sync_to_thread=False)
def r(data: dict) -> dict:
    return data


def create_app():
    return Litestar(
        [h, Router("/x", route_handlers=[r], request_max_body_size=None)], request_max_body_size=None
    )


REQUESTS = [
    {"method": "POST", "url": "/", "json": {"a": 1}},
    {"method": "POST", "url": "/x/r", "json": {"a": 1}},
]
