"""The transport: scopes sent to the app and responses built from its messages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from litestar.testing import TestClient
from litestar.testing.transport import ConnectionUpgradeExceptionError, TestClientTransport


def test_http_scope_matches_the_reference_keys_and_values(recording_app: Any) -> None:
    with TestClient(recording_app) as client:
        response = client.get("/foo%20bar/baz?x=1&y=2", headers={"X-Custom": "v"})
    assert response.status_code == 200
    scope = recording_app.scopes[0]
    assert set(scope) == {
        "type", "http_version", "method", "scheme", "server", "client", "root_path", "path", "raw_path",
        "query_string", "headers", "state", "extensions",
    }  # fmt: skip
    assert scope["type"] == "http"
    assert scope["http_version"] == "1.1"
    assert scope["method"] == "GET"
    assert scope["scheme"] == "http"
    assert scope["server"] == ("testserver.local", 80)
    assert scope["client"] == ("testclient", 50000)
    assert scope["root_path"] == ""
    assert scope["path"] == "/foo bar/baz"
    # The reference client keeps the query string in `raw_path`.
    assert scope["raw_path"] == b"/foo%20bar/baz?x=1&y=2"
    assert scope["query_string"] == b"x=1&y=2"
    assert scope["state"] == {}
    assert scope["extensions"] == {"http.response.template": {}}
    headers = scope["headers"]
    assert headers[0] == (b"host", b"testserver.local")
    assert (b"user-agent", b"testclient") in headers
    assert (b"accept", b"*/*") in headers
    assert (b"x-custom", b"v") in headers
    assert all(name == name.lower() for name, _ in headers)


def test_base_url_and_root_path_set_scheme_server_and_path(recording_app: Any) -> None:
    client = TestClient(recording_app, base_url="https://example.com:8443/sub", root_path="/root")
    client.get("/x")
    scope = recording_app.scopes[0]
    assert scope["scheme"] == "https"
    assert scope["server"] == ("example.com", 8443)
    assert scope["path"] == "/sub/x"
    assert scope["root_path"] == "/root"
    assert (b"host", b"example.com:8443") in scope["headers"]


def test_https_default_port_is_443(recording_app: Any) -> None:
    TestClient(recording_app, base_url="https://example.com").get("/")
    assert recording_app.scopes[0]["server"] == ("example.com", 443)


def test_request_body_is_sent_in_one_message(recording_app: Any) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"ab"
        yield b"cd"

    with TestClient(recording_app) as client:
        response = client.post("/", content=chunks())
        json_response = client.post("/", json={"a": 1})
    assert response.text == "body:abcd"
    assert recording_app.messages[0] == {"type": "http.request", "body": b"abcd", "more_body": False}
    assert json_response.text == 'body:{"a":1}'
    assert (b"content-type", b"application/json") in recording_app.scopes[1]["headers"]


def test_response_status_headers_and_streamed_body(app_factory: Callable[..., Any]) -> None:
    async def handler(scope: Any, receive: Any, send: Any) -> None:
        await send(
            {"type": "http.response.start", "status": 201, "headers": [(b"x-a", b"1"), (b"x-a", b"2")]}
        )
        for chunk in (b"c0", b"", b"c1"):
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body"})

    with TestClient(app_factory(handler)) as client:
        response = client.get("/")
    assert response.status_code == 201
    assert response.headers.get_list("x-a") == ["1", "2"]
    assert "content-length" not in response.headers
    assert response.content == b"c0c1"
    assert response.template is None  # type: ignore[attr-defined]
    assert response.context is None  # type: ignore[attr-defined]


def test_head_response_keeps_headers_but_drops_the_body(app_factory: Callable[..., Any]) -> None:
    async def handler(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"5")]})
        await send({"type": "http.response.body", "body": b"hello"})

    response = TestClient(app_factory(handler)).head("/")
    assert response.headers["content-length"] == "5"
    assert response.content == b""


def test_template_extension_is_exposed_on_the_response(app_factory: Callable[..., Any]) -> None:
    async def handler(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.template", "template": "index.html", "context": {"k": 1}})
        await send({"type": "http.response.start", "status": 200})
        await send({"type": "http.response.unknown-extension"})
        await send({"type": "http.response.body", "body": b"x"})

    response = TestClient(app_factory(handler)).get("/")
    assert response.template == "index.html"  # type: ignore[attr-defined]
    assert response.context == {"k": 1}  # type: ignore[attr-defined]


def test_receive_after_the_body_waits_for_the_response_then_disconnects(
    app_factory: Callable[..., Any],
) -> None:
    seen: list[Any] = []

    async def handler(scope: Any, receive: Any, send: Any) -> None:
        await receive()
        await send({"type": "http.response.start", "status": 200})
        await send({"type": "http.response.body", "body": b"done"})
        seen.append(await receive())

    response = TestClient(app_factory(handler)).get("/")
    assert response.text == "done"
    assert seen == [{"type": "http.disconnect"}]


@pytest.mark.parametrize(
    ("messages", "error"),
    [
        pytest.param([], "TestClient did not receive any response.", id="no-response"),
        pytest.param(
            [{"type": "http.response.start", "status": 200}, {"type": "http.response.start", "status": 200}],
            'Received multiple "http.response.start" messages.',
            id="double-start",
        ),
        pytest.param(
            [{"type": "http.response.body", "body": b""}],
            'Received "http.response.body" without "http.response.start".',
            id="body-before-start",
        ),
        pytest.param(
            [
                {"type": "http.response.start", "status": 200},
                {"type": "http.response.body", "body": b""},
                {"type": "http.response.body", "body": b"late"},
            ],
            'Received "http.response.body" after response completed.',
            id="body-after-complete",
        ),
    ],
)
@pytest.mark.parametrize("raise_server_exceptions", [True, False])
def test_protocol_errors_raise_or_give_an_empty_500(
    app_factory: Callable[..., Any], messages: list[Any], error: str, raise_server_exceptions: bool
) -> None:
    async def handler(scope: Any, receive: Any, send: Any) -> None:
        for message in messages:
            await send(message)

    client = TestClient(app_factory(handler), raise_server_exceptions=raise_server_exceptions)
    if raise_server_exceptions:
        with pytest.raises(AssertionError, match=error):
            client.get("/")
    else:
        response = client.get("/")
        assert (response.status_code, response.content, dict(response.headers)) == (500, b"", {})


@pytest.mark.parametrize("started", [False, True])
def test_app_exceptions_are_raised_or_turned_into_500(app_factory: Callable[..., Any], started: bool) -> None:
    async def handler(scope: Any, receive: Any, send: Any) -> None:
        if started:
            await send({"type": "http.response.start", "status": 201, "headers": [(b"x-h", b"1")]})
        raise ValueError("app error")

    app = app_factory(handler)
    with TestClient(app) as client, pytest.raises(ValueError, match="app error"):
        client.get("/")
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/")
    assert (response.status_code, response.content, dict(response.headers)) == (500, b"", {})


def test_cookies_set_by_the_app_are_sent_back(app_factory: Callable[..., Any]) -> None:
    received: list[Any] = []

    async def handler(scope: Any, receive: Any, send: Any) -> None:
        received.append(dict(scope["headers"]).get(b"cookie"))
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"set-cookie", b"k=v; Path=/")]}
        )
        await send({"type": "http.response.body", "body": b""})

    with TestClient(app_factory(handler), cookies={"initial": "1"}) as client:
        client.get("/")
        client.get("/")
        assert client.cookies["k"] == "v"
    assert received == [b"initial=1", b"initial=1; k=v"]


def test_redirects_are_followed(app_factory: Callable[..., Any]) -> None:
    async def handler(scope: Any, receive: Any, send: Any) -> None:
        if scope["path"] == "/old":
            await send({"type": "http.response.start", "status": 302, "headers": [(b"location", b"/new")]})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200})
        await send({"type": "http.response.body", "body": scope["path"].encode()})

    response = TestClient(app_factory(handler)).get("/old")
    assert response.status_code == 200
    assert response.text == "/new"
    assert [r.status_code for r in response.history] == [302]


def test_parse_request_builds_a_websocket_scope(recording_app: Any) -> None:
    client = TestClient(recording_app)
    transport = TestClientTransport(client, root_path="/r")
    request = httpx.Request(
        "GET", "wss://h.example/a%20b?q=1", headers={"Sec-WebSocket-Protocol": "one, two", "X-A": "1"}
    )
    scope = transport.parse_request(request)
    assert scope == {
        "type": "websocket",
        "path": "/a b",
        "raw_path": b"/a%20b?q=1",
        "root_path": "/r",
        "scheme": "wss",
        "query_string": b"q=1",
        "headers": [(b"host", b"h.example"), (b"sec-websocket-protocol", b"one, two"), (b"x-a", b"1")],
        "client": ("testclient", 50000),
        "server": ("h.example", 443),
        "subprotocols": ["one", "two"],
        "state": {},
    }
    # as the reference client
    assert transport.parse_request(httpx.Request("GET", "ws://h/"))["subprotocols"] == [""]


def test_websocket_requests_raise_the_upgrade_error(recording_app: Any) -> None:
    transport = TestClientTransport(TestClient(recording_app))
    with pytest.raises(ConnectionUpgradeExceptionError) as exc_info:
        transport.handle_request(httpx.Request("GET", "ws://testserver.local/ws"))
    assert exc_info.value.session.scope["path"] == "/ws"


async def test_async_websocket_requests_raise_the_upgrade_error(recording_app: Any) -> None:
    transport = TestClientTransport(TestClient(recording_app))
    with pytest.raises(ConnectionUpgradeExceptionError):
        await transport.handle_async_request(httpx.Request("GET", "ws://testserver.local/ws"))
