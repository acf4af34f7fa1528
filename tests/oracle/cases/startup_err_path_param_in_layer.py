"""Startup check or warning of 2.17 (see the file name): identical stage, exception type and warnings."""

from litestar import Litestar, Router, get
from litestar.params import Parameter


@get("/{item_id:int}", sync_to_thread=False)
def h(item_id: int) -> int:
    return item_id


def create_app():
    return Litestar(
        [Router("/r", route_handlers=[h], parameters={"item_id": Parameter(int, query="item_id")})]
    )


REQUESTS = []
