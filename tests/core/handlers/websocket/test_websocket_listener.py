"""``@websocket_listener`` and ``WebsocketListener``: decoding, sending, hooks, lifespans."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import msgspec
import pytest
from _ws_client import ACCEPT, WSSession, binary, close, run_session, sent_bytes, sent_text, text
from litestar import Litestar, Router
from litestar.connection import WebSocket
from litestar.exceptions import ImproperlyConfiguredException, NotAuthorizedException
from litestar.handlers import WebsocketListener, WebsocketListenerRouteHandler, websocket_listener
from litestar.handlers.websocket_handlers._utils import ListenerHandler


@dataclass
class Point:
    x: int
    y: int


class Item(msgspec.Struct):
    name: str
    count: int = 1


def test_websocket_listener_is_the_route_handler_class() -> None:
    assert websocket_listener is WebsocketListenerRouteHandler


def test_decorator_keeps_options() -> None:
    async def on_accept(socket: WebSocket) -> None: ...

    @websocket_listener("/a", receive_mode="binary", send_mode="binary", on_accept=on_accept, foo=1)
    async def handler(data: bytes) -> None: ...

    assert handler.opt == {"foo": 1}
    assert handler.on_accept is on_accept
    assert handler.on_disconnect is None
    assert handler.connection_accept_handler is WebSocket.accept
    assert isinstance(handler.fn, ListenerHandler), "2.17 keeps the listener wrapped"
    assert handler.fn._fn.__name__ == "handler"
    assert handler.handler_name.endswith(".handler"), "named after the function, not the wrapper"
    assert handler.signature_model is None
    Litestar([handler])


async def test_text_echo_for_each_message() -> None:
    @websocket_listener("/echo")
    async def handler(data: str) -> str:
        return data + "!"

    messages = await run_session(Litestar([handler]), "/echo", [text("a"), text("b")])
    assert messages == [ACCEPT, sent_text("a!"), sent_text("b!")]


async def test_sync_listener_is_supported() -> None:
    @websocket_listener("/sync")
    def handler(data: str) -> str:
        return "sync:" + data

    assert await run_session(Litestar([handler]), "/sync", [text("x")]) == [ACCEPT, sent_text("sync:x")]


@pytest.mark.parametrize(
    ("annotation", "payload", "expected"),
    [
        (dict[str, Any], '{"k":1}', {"k": 1}),
        (list[int], "[1,2]", [1, 2]),
        (Any, '"s"', "s"),
        (int, "5", 5),
        (int, '"5"', "5"),
        (str | None, '"q"', "q"),
    ],
)
async def test_non_model_annotations_receive_the_decoded_json(
    annotation: Any, payload: str, expected: Any
) -> None:
    received: list[Any] = []

    async def handler(data: Any) -> None:
        received.append(data)

    handler.__annotations__["data"] = annotation
    app = Litestar([websocket_listener("/d")(handler)])
    assert await run_session(app, "/d", [text(payload)]) == [ACCEPT]
    assert received == [expected]


async def test_dataclass_and_struct_data_are_decoded_and_validated() -> None:
    @websocket_listener("/point")
    async def point(data: Point) -> Point:
        return Point(x=data.y, y=data.x)

    @websocket_listener("/item", send_mode="binary")
    async def item(data: Item) -> Item:
        return Item(name=data.name.upper(), count=data.count * 2)

    app = Litestar([point, item])
    assert await run_session(app, "/point", [text('{"x":1,"y":2}')]) == [ACCEPT, sent_text('{"x":2,"y":1}')]
    assert await run_session(app, "/item", [text('{"name":"a"}')]) == [
        ACCEPT,
        sent_bytes(b'{"name":"A","count":2}'),
    ]
    accept, closed = await run_session(app, "/point", [text('{"x":"no","y":2}')])
    assert accept == ACCEPT
    assert closed["type"] == "websocket.close"
    assert closed["code"] >= 4000
    assert "Expected `int`, got `str`" in closed["reason"]


async def test_malformed_json_closes_the_connection() -> None:
    @websocket_listener("/d")
    async def handler(data: dict) -> dict:  # type: ignore[type-arg]
        return data

    accept, closed = await run_session(Litestar([handler]), "/d", [text("{")])
    assert accept == ACCEPT
    assert closed["type"] == "websocket.close"
    assert closed["code"] >= 4000


async def test_receive_and_send_modes_convert_str_and_bytes() -> None:
    @websocket_listener("/text-bytes")
    async def text_bytes(data: bytes) -> bytes:
        assert isinstance(data, bytes)
        return data[::-1]

    @websocket_listener("/binary-str", receive_mode="binary")
    async def binary_str(data: str) -> str:
        assert isinstance(data, str)
        return data.upper()

    @websocket_listener("/binary-json", receive_mode="binary", send_mode="binary")
    async def binary_json(data: dict) -> dict:  # type: ignore[type-arg]
        return {"got": data}

    @websocket_listener("/str-binary", send_mode="binary")
    async def str_binary(data: str) -> str:
        return data

    app = Litestar([text_bytes, binary_str, binary_json, str_binary])
    assert await run_session(app, "/text-bytes", [text("abc"), binary(b"ignored")]) == [
        ACCEPT,
        sent_text("cba"),
        sent_text(""),
    ]
    assert await run_session(app, "/binary-str", [binary(b"abc")]) == [ACCEPT, sent_text("ABC")]
    assert await run_session(app, "/binary-json", [binary(b'{"a":1}')]) == [
        ACCEPT,
        sent_bytes(b'{"got":{"a":1}}'),
    ]
    assert await run_session(app, "/str-binary", [text("s")]) == [ACCEPT, sent_bytes(b"s")]


async def test_return_values_are_encoded_with_type_encoders() -> None:
    class Money:
        def __init__(self, cents: int) -> None:
            self.cents = cents

    @websocket_listener("/m", type_encoders={Money: lambda m: f"{m.cents / 100:.2f}"})
    async def handler(data: int) -> Any:
        return {"amount": Money(data)} if data else None

    messages = await run_session(Litestar([handler]), "/m", [text("250"), text("0"), text("5")])
    assert messages == [ACCEPT, sent_text('{"amount":"2.50"}'), sent_text('{"amount":"0.05"}')]


async def test_hooks_get_socket_and_dependencies_resolved_once_per_connection() -> None:
    pytest.importorskip("litestar.di")
    from litestar.di import Provide

    log: list[Any] = []
    counter = {"n": 0}

    def provide_count() -> int:
        counter["n"] += 1
        return counter["n"]

    async def on_accept(socket: WebSocket, count: int) -> None:
        log.append(("accept", type(socket).__name__, count))

    def on_disconnect(socket: WebSocket, tag: str) -> None:
        log.append(("disconnect", tag))

    @websocket_listener(
        "/h/{tag:str}",
        on_accept=on_accept,
        on_disconnect=on_disconnect,
        dependencies={"count": Provide(provide_count, sync_to_thread=False)},
    )
    async def handler(data: str, count: int, q: int = 0) -> str:
        log.append(("receive", data, count, q))
        return f"{data}{count}"

    app = Litestar([handler])
    messages = await run_session(app, "/h/t", [text("a"), text("b")], query_string=b"q=3")
    assert messages == [ACCEPT, sent_text("a1"), sent_text("b1")]
    assert log == [
        ("accept", "WebSocket", 1),
        ("receive", "a", 1, 3),
        ("receive", "b", 1, 3),
        ("disconnect", "t"),
    ]


async def test_generator_dependency_is_finalised_after_disconnect() -> None:
    pytest.importorskip("litestar.di")
    from litestar.di import Provide

    log: list[str] = []

    async def provide_session() -> AsyncGenerator[str, None]:
        log.append("enter")
        yield "s"
        log.append("exit")

    @websocket_listener("/g", dependencies={"session": Provide(provide_session)})
    async def handler(data: str, session: str) -> None:
        log.append(data + session)

    assert await run_session(Litestar([handler]), "/g", [text("a"), text("b")]) == [ACCEPT]
    assert log == ["enter", "as", "bs", "exit"]


async def test_custom_connection_accept_handler() -> None:
    async def accept(socket: WebSocket) -> None:
        await socket.accept(subprotocols="proto", headers={"x-a": "1"})

    @websocket_listener("/acc", connection_accept_handler=accept)
    async def handler(data: str) -> str:
        return data

    messages = await run_session(Litestar([handler]), "/acc", [text("a")])
    assert messages == [
        {"type": "websocket.accept", "subprotocol": "proto", "headers": [(b"x-a", b"1")]},
        sent_text("a"),
    ]


async def test_on_disconnect_runs_after_errors_but_not_after_failed_on_accept() -> None:
    log: list[str] = []

    async def on_disconnect(socket: WebSocket) -> None:
        log.append("disconnect")

    async def failing_accept(socket: WebSocket) -> None:
        raise ValueError("accept failed")

    @websocket_listener("/boom", on_disconnect=on_disconnect)
    async def boom(data: str) -> None:
        raise ValueError("x")

    @websocket_listener("/acc", on_accept=failing_accept, on_disconnect=on_disconnect)
    async def acc(data: str) -> None: ...

    app = Litestar([boom, acc])
    assert await run_session(app, "/boom", [text("a")]) == [ACCEPT, close(4500, "Internal Server Error")]
    assert log == ["disconnect"]
    log.clear()
    assert await run_session(app, "/acc", [text("a")]) == [ACCEPT, close(4500, "Internal Server Error")]
    assert log == []


async def test_connection_lifespan_wraps_the_connection() -> None:
    pytest.importorskip("litestar.di")
    from litestar.di import Provide

    log: list[Any] = []

    @asynccontextmanager
    async def lifespan(socket: WebSocket, name: str, dep: str) -> AsyncGenerator[None, None]:
        await socket.send_text("hello " + name)
        log.append(("enter", dep))
        try:
            yield
        except Exception as exc:
            log.append(("error", type(exc).__name__))
            raise
        finally:
            log.append("exit")

    @websocket_listener(
        "/ls/{name:str}",
        connection_lifespan=lifespan,
        dependencies={"dep": Provide(lambda: "D", sync_to_thread=False)},
    )
    async def handler(data: str, name: str) -> str:
        return name + data

    messages = await run_session(Litestar([handler]), "/ls/nm", [text("a")])
    assert messages[:3] == [ACCEPT, sent_text("hello nm"), sent_text("nma")]
    assert log == [("enter", "D"), ("error", "WebSocketDisconnect"), "exit"]


def test_connection_lifespan_cannot_be_combined_with_hooks() -> None:
    @asynccontextmanager
    async def lifespan(socket: WebSocket) -> AsyncGenerator[None, None]:
        yield

    async def on_accept(socket: WebSocket) -> None: ...

    with pytest.raises(ImproperlyConfiguredException, match="connection_lifespan can not be used"):
        websocket_listener("/x", connection_lifespan=lifespan, on_accept=on_accept)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("async def h(x: str) -> None: ...", "Websocket listeners must accept a 'data' parameter"),
        ("async def h(data: str, request: Any) -> None: ...", "The request kwarg is not supported"),
        ("async def h(data: str, body: bytes) -> None: ...", "The body kwarg is not supported"),
        ("async def h(data) -> None: ...", "'data' does not have a type annotation"),
    ],
)
def test_invalid_listeners_are_rejected_by_the_decorator(source: str, message: str) -> None:
    namespace: dict[str, Any] = {"Any": Any}
    exec(source, namespace)
    with pytest.raises(ImproperlyConfiguredException, match=message):
        websocket_listener("/x")(namespace["h"])


async def test_guard_rejection_closes_before_accepting() -> None:
    def guard(connection: Any, handler: Any) -> None:
        raise NotAuthorizedException("no")

    @websocket_listener("/g", guards=[guard])
    async def handler(data: str) -> str:
        return data

    (message,) = await run_session(Litestar([handler]), "/g", [text("a")])
    assert message["type"] == "websocket.close"
    assert message["reason"] == "no"


async def test_receive_and_send_handlers_are_public() -> None:
    @websocket_listener("/r", receive_mode="binary", send_mode="binary")
    async def handler(data: Point) -> None: ...

    Litestar([handler])
    receive = handler.resolve_receive_handler()
    send = handler.resolve_send_handler()
    sent: list[Any] = []
    incoming = [{"type": "websocket.connect"}, {"type": "websocket.receive", "bytes": b'{"x":1,"y":2}'}]

    async def asgi_receive() -> Any:
        return incoming.pop(0)

    async def asgi_send(message: Any) -> None:
        sent.append(message)

    socket = WebSocket({"type": "websocket", "path": "/r", "headers": []}, asgi_receive, asgi_send)  # type: ignore[arg-type]
    assert await receive(socket) == Point(1, 2)
    await send(socket, {"a": 1})
    assert sent[-1] == sent_bytes(b'{"a":1}')


async def test_default_connection_lifespan_swallows_disconnect_and_calls_hooks() -> None:
    from litestar.exceptions import WebSocketDisconnect

    log: list[Any] = []

    async def on_accept(socket: WebSocket) -> None:
        log.append("accept")

    async def on_disconnect(socket: WebSocket) -> None:
        log.append("disconnect")

    handler = websocket_listener("/x", on_accept=on_accept, on_disconnect=on_disconnect)
    sent: list[Any] = []

    async def asgi_receive() -> Any:
        return {"type": "websocket.connect"}

    async def asgi_send(message: Any) -> None:
        sent.append(message["type"])

    socket = WebSocket({"type": "websocket", "path": "/x", "headers": []}, asgi_receive, asgi_send)  # type: ignore[arg-type]
    deps = {"socket": socket}
    async with handler.default_connection_lifespan(socket, deps, deps):
        log.append("inside")
        raise WebSocketDisconnect(detail="bye")
    assert log == ["accept", "inside", "disconnect"]
    assert sent == ["websocket.accept"]


class EchoListener(WebsocketListener):
    path = "/cls"
    send_mode = "binary"

    def __init__(self, owner: Any) -> None:
        super().__init__(owner)
        self.events: list[str] = []

    async def on_accept(self, socket: WebSocket) -> None:
        await socket.send_text("welcome")

    async def on_receive(self, data: str, q: str = "") -> str:
        return data + q


class JsonListener(WebsocketListener):
    path = "/json"

    def on_receive(self, data: dict) -> dict:  # type: ignore[type-arg]
        return {"got": data}


async def test_class_based_listener_via_to_handler() -> None:
    router = Router("/r", route_handlers=[])
    handler = EchoListener(router).to_handler()
    assert isinstance(handler, WebsocketListenerRouteHandler)
    assert handler.owner is router
    assert handler.paths == {"/cls"}
    json_handler = JsonListener(router).to_handler()
    assert json_handler.on_accept is None
    assert json_handler.on_disconnect is None
    app = Litestar([handler, json_handler])
    assert await run_session(app, "/cls", [text("a")], query_string=b"q=!") == [
        ACCEPT,
        sent_text("welcome"),
        sent_bytes(b"a!"),
    ]
    assert await run_session(app, "/json", [text("[1]")]) == [ACCEPT, sent_text('{"got":[1]}')]


async def test_class_based_listener_registered_as_a_class() -> None:
    app = Litestar([Router("/r", route_handlers=[JsonListener])])
    assert await run_session(app, "/r/json", [text("1")]) == [ACCEPT, sent_text('{"got":1}')]


async def test_listener_session_interleaves_messages() -> None:
    @websocket_listener("/chat")
    async def handler(data: dict, socket: WebSocket) -> dict | None:  # type: ignore[type-arg]
        if data.get("ping"):
            return {"pong": True}
        await socket.send_text("ack")
        return None

    async with WSSession(Litestar([handler]), "/chat") as session:
        session.send_json({"ping": 1})
        assert await session.receive_json() == {"pong": True}
        session.send_json({"other": 1})
        assert await session.receive_text() == "ack"


def test_listener_through_the_test_client() -> None:
    testing = pytest.importorskip("litestar.testing")

    @websocket_listener("/tc/{room:str}")
    async def handler(data: dict, room: str) -> dict:  # type: ignore[type-arg]
        return {"room": room, **data}

    with testing.TestClient(Litestar([handler])) as client, client.websocket_connect("/tc/lobby") as session:
        session.send_json({"msg": "hi"})
        assert session.receive_json() == {"room": "lobby", "msg": "hi"}
        session.send_json({"msg": "again"})
        assert session.receive_json() == {"room": "lobby", "msg": "again"}


async def test_listener_may_use_the_socket_itself() -> None:
    log: list[str] = []

    async def on_disconnect(socket: WebSocket) -> None:
        log.append(f"disconnect:{socket.connection_state}")

    @websocket_listener("/inline", on_disconnect=on_disconnect)
    async def handler(data: str, socket: WebSocket) -> str | None:
        assert socket.connection_state == "receive"
        if data == "pair":
            second = await socket.receive_text()
            return f"pair:{second}"
        if data == "last":
            await socket.receive_text()  # the client disconnects instead
        return data

    messages = await run_session(
        Litestar([handler]), "/inline", [text("pair"), text("b"), text("c"), text("last")]
    )
    assert messages == [ACCEPT, sent_text("pair:b"), sent_text("c")]
    assert log == ["disconnect:disconnect"]
