"""The clients and helpers with real Litestar apps."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from litestar import Litestar, Request, WebSocket, get, post
from litestar.datastructures import State
from litestar.exceptions import WebSocketDisconnect
from litestar.handlers import websocket
from litestar.testing import AsyncTestClient, TestClient, create_async_test_client, create_test_client
from litestar.testing.helpers import APP_DEFAULT


@get("/")
async def index() -> dict[str, str]:
    return {"hello": "world"}


@get("/boom")
async def boom() -> None:
    raise ValueError("handler failed")


@get("/set-cookie")
async def set_cookie() -> Any:
    from litestar import Response

    response: Response[str] = Response("ok")
    response.set_cookie("flavour", "chocolate")
    return response


@get("/read-cookie")
async def read_cookie(request: Request[Any, Any, Any]) -> str:
    return request.cookies.get("flavour", "none")


@post("/echo")
async def echo(data: dict[str, Any]) -> dict[str, Any]:
    return data


def test_create_test_client_serves_handlers() -> None:
    with create_test_client([index, echo]) as client:
        assert isinstance(client, TestClient)
        assert isinstance(client.app, Litestar)
        assert client.get("/").json() == {"hello": "world"}
        assert client.post("/echo", json={"a": 1}).json() == {"a": 1}
        assert client.get("/missing").status_code == 404


def test_create_test_client_forwards_app_and_client_options() -> None:
    from litestar.events import SimpleEventEmitter

    state = State({"key": "value"})
    client = create_test_client(
        index,
        state=state,
        debug=False,
        base_url="http://other.local",
        root_path="/root",
        raise_server_exceptions=False,
        timeout=5,
        openapi_config=None,
        event_emitter_backend=SimpleEventEmitter,
    )
    assert client.app.state.key == "value"
    assert client.app.debug is False
    assert str(client.base_url) == "http://other.local"
    assert client.get("/").status_code == 200


def test_helpers_debug_defaults_to_true() -> None:
    assert create_test_client([]).app.debug is True
    assert create_async_test_client([]).app.debug is True


def test_create_test_client_lifespan_hooks_run() -> None:
    calls: list[str] = []
    client = create_test_client(
        [index], on_startup=[lambda: calls.append("startup")], on_shutdown=[lambda: calls.append("shutdown")]
    )
    with client:
        assert calls == ["startup"]
    assert calls == ["startup", "shutdown"]


def test_failing_startup_hook_fails_the_with_statement() -> None:
    def fail() -> None:
        raise ValueError("startup failed")

    with pytest.raises(ExceptionGroup) as exc_info, create_test_client([index], on_startup=[fail]):
        pass
    assert exc_info.group_contains(ValueError, match="startup failed")


def test_failing_handler_gives_500_from_the_app() -> None:
    with create_test_client([boom], debug=False) as client:
        response = client.get("/boom")
    assert response.status_code == 500


def test_cookies_set_by_a_handler_persist() -> None:
    with create_test_client([set_cookie, read_cookie]) as client:
        assert client.get("/read-cookie").text == "none"
        client.get("/set-cookie")
        assert client.get("/read-cookie").text == "chocolate"


async def test_create_async_test_client() -> None:
    from litestar.events import SimpleEventEmitter

    calls: list[str] = []
    client = create_async_test_client(
        [index, echo],
        on_startup=[lambda: calls.append("startup")],
        event_emitter_backend=SimpleEventEmitter,
        openapi_config=None,
    )
    assert isinstance(client, AsyncTestClient)
    async with client:
        assert calls == ["startup"]
        assert (await client.get("/")).json() == {"hello": "world"}
        assert (await client.post("/echo", json={"b": 2})).json() == {"b": 2}


def test_helper_signatures_match_litestar_keywords() -> None:
    client_only = {
        "backend",
        "backend_options",
        "base_url",
        "raise_server_exceptions",
        "root_path",
        "session_config",
        "timeout",
    }
    app_parameters = set(inspect.signature(Litestar.__init__).parameters)
    for helper in (create_test_client, create_async_test_client):
        parameters = inspect.signature(helper).parameters
        assert set(parameters) - client_only <= app_parameters
        assert parameters["debug"].default is True
        assert parameters["openapi_config"].default is APP_DEFAULT


def test_websocket_handler_round_trip() -> None:
    @websocket("/ws")
    async def ws_handler(socket: WebSocket[Any, Any, Any]) -> None:
        await socket.accept()
        data = await socket.receive_json()
        await socket.send_json({"got": data})
        await socket.close(code=1001)

    with create_test_client([ws_handler]) as client, client.websocket_connect("/ws") as ws:
        ws.send_json({"a": 1})
        assert ws.receive_json() == {"got": {"a": 1}}
        with pytest.raises(WebSocketDisconnect) as exc_info:
            ws.receive()
    assert exc_info.value.code == 1001
