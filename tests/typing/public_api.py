"""Type-checked usage of the public API; `tests/typing/test_mypy.py` runs mypy on it.

Each `reveal_type(...)` line ends with `# revealed: <type>`: the test checks that mypy
reveals exactly that type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Controller, Litestar, Request, Response, Router, WebSocket, get, post, websocket
from litestar.datastructures import Headers, State
from litestar.di import Provide
from litestar.exceptions import HTTPException, NotFoundException
from litestar.handlers import websocket_listener, websocket_stream
from litestar.params import Parameter
from litestar.testing import TestClient


@dataclass
class Item:
    id: int
    name: str


async def provide_limit() -> int:
    return 10


@get("/items/{item_id:int}", dependencies={"limit": Provide(provide_limit)})
async def read_item(item_id: int, limit: int, q: str | None = Parameter(default=None)) -> Item:
    return Item(id=item_id, name=q or str(limit))


@post("/items")
async def create_item(data: Item, request: Request[Any, Any, Any]) -> Response[Item]:
    return Response(data, status_code=201, headers={"x-from": request.method})


class ItemController(Controller):
    path = "/c"

    @get("/")
    async def index(self) -> list[Item]:
        return []


router = Router("/api", route_handlers=[read_item, create_item, ItemController])
app = Litestar([router], state=State({"ready": True}))


@websocket("/ws")
async def ws_handler(socket: WebSocket[Any, Any, Any]) -> None:
    await socket.close()


@websocket_listener("/listen")
async def listener(data: str) -> str:
    return data


@websocket_stream("/stream")
async def stream() -> Any:
    yield 1


reveal_type(app)  # revealed: litestar.app.Litestar
reveal_type(read_item.fn)  # revealed: def (*Any, **Any) -> Any
reveal_type(ws_handler)  # revealed: litestar.handlers.websocket_handlers.route_handler.WebsocketRouteHandler
reveal_type(listener)  # revealed: litestar.handlers.websocket_handlers.listener.WebsocketListenerRouteHandler
reveal_type(stream)  # revealed: litestar.handlers.websocket_handlers.route_handler.WebsocketRouteHandler
reveal_type(router.include_in_schema)  # revealed: bool | Literal[litestar.types.empty._EmptyEnum.EMPTY]
reveal_type(read_item)  # revealed: litestar.handlers.http_handlers.base.HTTPRouteHandler
reveal_type(app.state)  # revealed: litestar.datastructures.state.State
reveal_type(app.route_reverse("x"))  # revealed: str
reveal_type(Headers({"a": "b"})["a"])  # revealed: str
reveal_type(NotFoundException().status_code)  # revealed: int
reveal_type(HTTPException(detail="x").detail)  # revealed: str

with TestClient(app) as client:
    response = client.get("/api/items/1")
    reveal_type(response.status_code)  # revealed: int


async def typed_request(request: Request[Any, Any, Any], headers: Headers) -> None:
    reveal_type(request.app)  # revealed: litestar.app.Litestar
    reveal_type(headers.get("a"))  # revealed: str | None
