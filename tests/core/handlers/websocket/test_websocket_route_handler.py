"""``@websocket`` handlers: arguments, guards, layered options, errors and startup checks."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

import pytest
from _ws_client import ACCEPT, WSSession, close, run_session, sent_text, text
from litestar import Litestar, Router
from litestar.connection import WebSocket
from litestar.datastructures import State
from litestar.exceptions import (
    ImproperlyConfiguredException,
    NotAuthorizedException,
    WebSocketException,
)
from litestar.handlers import WebsocketRouteHandler, websocket
from litestar.params import Parameter


def test_websocket_is_the_route_handler_class() -> None:
    assert websocket is WebsocketRouteHandler


def test_decorator_stores_paths_options_and_function() -> None:
    @websocket(["/a", "/b/{x:int}"], opt={"k": 1}, foo="bar", name="nm")
    async def handler(socket: WebSocket) -> None: ...

    assert handler.paths == {"/a", "/b/{x:int}"}
    assert handler.opt == {"k": 1, "foo": "bar"}
    assert handler.name == "nm"
    assert handler.fn.__name__ == "handler"
    assert handler.websocket_class is None


async def test_handler_gets_socket_path_query_and_header_values() -> None:
    @websocket("/ws/{item_id:int}")
    async def handler(
        socket: WebSocket, item_id: int, q: int, token: str = Parameter(header="x-token"), flag: bool = False
    ) -> None:
        await socket.accept()
        await socket.send_json({"item_id": item_id, "q": q, "token": token, "flag": flag})
        await socket.close()

    app = Litestar([handler])
    messages = await run_session(app, "/ws/3", query_string=b"q=4", headers=[(b"x-token", b"abc")])
    assert messages == [ACCEPT, sent_text('{"item_id":3,"q":4,"token":"abc","flag":false}'), close()]


async def test_echo_loop_until_client_disconnects() -> None:
    seen: list[str] = []

    @websocket("/echo")
    async def handler(socket: WebSocket) -> None:
        await socket.accept()
        async for message in socket.iter_data():
            seen.append(str(message))
            await socket.send_text(f"echo:{message}")

    app = Litestar([handler])
    async with WSSession(app, "/echo") as session:
        session.send_text("one")
        assert await session.receive() == ACCEPT
        assert await session.receive() == sent_text("echo:one")
        session.send_text("two")
        assert await session.receive_text() == "echo:two"
    assert seen == ["one", "two"]


async def test_invalid_query_parameter_closes_before_accepting() -> None:
    @websocket("/q")
    async def handler(socket: WebSocket, q: int) -> None:
        await socket.accept()

    app = Litestar([handler])
    (message,) = await run_session(app, "/q", query_string=b"q=x")
    assert message["type"] == "websocket.close"
    assert message["code"] >= 4000
    assert "/q?q=x" in message["reason"]
    (message,) = await run_session(app, "/q")
    assert message["type"] == "websocket.close"
    assert message["reason"] == "Missing required query parameter 'q' for path /q"


async def test_unhandled_exception_closes_with_4500() -> None:
    @websocket("/boom")
    async def handler(socket: WebSocket) -> None:
        await socket.accept()
        raise ValueError("secret detail")

    messages = await run_session(Litestar([handler]), "/boom")
    assert messages == [ACCEPT, close(4500, "Internal Server Error")]


async def test_websocket_exception_closes_with_its_code() -> None:
    @websocket("/exc")
    async def handler(socket: WebSocket) -> None:
        raise WebSocketException(detail="nope", code=4321)

    messages = await run_session(Litestar([handler]), "/exc")
    assert messages == [close(4321, "nope")]


async def test_guards_of_every_layer_run_with_the_socket() -> None:
    calls: list[tuple[str, str]] = []

    def app_guard(connection: Any, handler: Any) -> None:
        calls.append(("app", type(connection).__name__))

    async def handler_guard(connection: Any, handler: Any) -> None:
        calls.append(("handler", handler.opt.get("role", "")))
        if connection.query_params.get("deny"):
            raise NotAuthorizedException("denied")

    @websocket("/g", guards=[handler_guard], role="admin")
    async def handler(socket: WebSocket) -> None:
        await socket.accept()
        await socket.close()

    app = Litestar([handler], guards=[app_guard])
    assert await run_session(app, "/g") == [ACCEPT, close()]
    assert calls == [("app", "WebSocket"), ("handler", "admin")]
    (message,) = await run_session(app, "/g", query_string=b"deny=1")
    assert message["type"] == "websocket.close"
    assert message["reason"] == "denied"


async def test_websocket_class_is_resolved_from_the_layers() -> None:
    class MySocket(WebSocket[Any, Any, Any]):
        pass

    class OtherSocket(WebSocket[Any, Any, Any]):
        pass

    @websocket("/a")
    async def a(socket: WebSocket) -> None:
        await socket.send_text(type(socket).__name__)
        await socket.close()

    @websocket("/b", websocket_class=OtherSocket)
    async def b(socket: WebSocket) -> None:
        await socket.send_text(type(socket).__name__)
        await socket.close()

    app = Litestar([Router("/r", route_handlers=[a, b])], websocket_class=MySocket)
    assert (await run_session(app, "/r/a"))[1] == sent_text("MySocket")
    assert (await run_session(app, "/r/b"))[1] == sent_text("OtherSocket")
    plain = Litestar([a])
    assert plain.route_handler_method_map["/a"]["websocket"].resolve_websocket_class() is WebSocket


async def test_reserved_scope_and_state_kwargs() -> None:
    @websocket("/s")
    async def handler(socket: WebSocket, scope: Any, state: State) -> None:
        await socket.send_json({"path": scope["path"], "value": state.value})
        await socket.close()

    app = Litestar([handler])
    app.state.value = 7
    assert (await run_session(app, "/s"))[1] == sent_text('{"path":"/s","value":7}')


async def test_websocket_exception_after_receiving_closes_with_its_code() -> None:
    @websocket("/nf")
    async def handler(socket: WebSocket) -> None:
        await socket.accept()
        await socket.receive_text()
        raise WebSocketException(detail="bad input", code=4001)

    async with WSSession(Litestar([handler]), "/nf") as session:
        session.send_text("x")
        assert await session.receive() == ACCEPT
        assert await session.receive() == close(4001, "bad input")


async def test_unknown_path_is_closed() -> None:
    @websocket("/here")
    async def handler(socket: WebSocket) -> None: ...

    (message,) = await run_session(Litestar([handler]), "/not-here")
    assert message == close(4500, "Not Found")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("async def h(socket: WebSocket) -> str: ...", "WebSocket handlers must return 'None'"),
        ("async def h(socket: WebSocket): ...", "WebSocket handlers must return 'None'"),
        ("async def h(x: int) -> None: ...", "WebSocket handlers must define a 'socket' parameter"),
        ("def h(socket: WebSocket) -> None: ...", "WebSocket handler functions must be asynchronous"),
        (
            "async def h(socket: WebSocket, request: Any) -> None: ...",
            "The request kwarg is not supported with websocket handlers",
        ),
        (
            "async def h(socket: WebSocket, data: str) -> None: ...",
            "The data kwarg is not supported with websocket handlers",
        ),
        (
            "async def h(socket: WebSocket, body: bytes) -> None: ...",
            "The body kwarg is not supported with websocket handlers",
        ),
    ],
)
def test_invalid_handlers_are_reported_at_startup(source: str, message: str) -> None:
    namespace: dict[str, Any] = {"WebSocket": WebSocket, "Any": Any}
    exec(source, namespace)
    handler = websocket("/x", signature_namespace=namespace)(namespace["h"])
    with pytest.raises(ImproperlyConfiguredException) as info:
        Litestar([handler])
    assert message in str(info.value)


def test_invalid_handler_is_accepted_by_the_decorator() -> None:
    async def h(socket: WebSocket) -> str:
        return ""

    assert websocket("/x")(h).fn is h


async def test_dependencies_are_resolved_and_cleaned_up() -> None:
    pytest.importorskip("litestar.di")
    from litestar.di import Provide

    events: list[str] = []

    async def provide_resource() -> AsyncGenerator[str, None]:
        events.append("open")
        yield "resource"
        events.append("close")

    @websocket("/dep", dependencies={"resource": Provide(provide_resource)})
    async def handler(socket: WebSocket, resource: str, prefix: str) -> None:
        events.append("handler")
        await socket.send_text(prefix + resource)
        await socket.close()

    app = Litestar([handler], dependencies={"prefix": Provide(lambda: ">", sync_to_thread=False)})
    assert await run_session(app, "/dep") == [ACCEPT, sent_text(">resource"), close()]
    assert events == ["open", "handler", "close"]


async def test_controller_websocket_handler_is_bound_to_the_controller() -> None:
    from litestar import Controller

    class Chat(Controller):
        path = "/chat"
        greeting = "hello"

        @websocket("/{room:str}")
        async def join(self, socket: WebSocket, room: str) -> None:
            await socket.send_text(f"{self.greeting} {room}")
            await socket.close()

    assert await run_session(Litestar([Chat]), "/chat/lobby") == [ACCEPT, sent_text("hello lobby"), close()]


async def test_middleware_wraps_the_websocket_handler() -> None:
    seen: list[str] = []

    def middleware(app: Any) -> Any:
        async def wrapped(scope: Any, receive: Any, send: Any) -> None:
            seen.append(scope["type"])
            await app(scope, receive, send)

        return wrapped

    @websocket("/m", middleware=[middleware])
    async def handler(socket: WebSocket) -> None:
        await socket.accept()
        await socket.close()

    assert await run_session(Litestar([handler]), "/m") == [ACCEPT, close()]
    assert seen == ["websocket"]


async def test_receive_text_after_disconnect_surfaces_as_close() -> None:
    @websocket("/d")
    async def handler(socket: WebSocket) -> None:
        await socket.accept()
        await socket.receive_text()
        await socket.receive_text()

    messages = await run_session(Litestar([handler]), "/d", [text("a")])
    assert messages[0] == ACCEPT
    assert all(m["type"] != "websocket.send" for m in messages)
