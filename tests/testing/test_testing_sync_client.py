"""TestClient: lifespan, event loop reuse, configuration and session data."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from litestar.exceptions import ImproperlyConfiguredException
from litestar.testing import TestClient
from litestar.testing.life_span_handler import LifeSpanHandler


def _lifespan_app(mode: str, events: list[str] | None = None) -> Callable[..., Any]:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            if mode == "raise":
                raise RuntimeError("boom at startup")
            if mode == "unsupported":
                return
            message = await receive()
            if events is not None:
                events.append(message["type"])
            if mode == "fail":
                await send({"type": "lifespan.startup.failed", "message": "nope"})
                return
            if mode == "fail_raise":
                await send({"type": "lifespan.startup.failed", "message": "nope"})
                raise ValueError("startup hook failed")
            if mode == "fail_no_message":
                await send({"type": "lifespan.startup.failed", "message": ""})
                return
            if mode == "odd":
                await send({"type": "lifespan.shutdown.complete"})
                return
            await send({"type": "lifespan.startup.complete"})
            message = await receive()
            if events is not None:
                events.append(message["type"])
            if mode == "shutdown_fail":
                await send({"type": "lifespan.shutdown.failed", "message": "shutdown nope"})
                return
            if mode == "shutdown_raise":
                raise ValueError("shutdown hook failed")
            if mode == "shutdown_odd":
                await send({"type": "lifespan.startup.complete"})
                return
            await send({"type": "lifespan.shutdown.complete"})
            return
        await send({"type": "http.response.start", "status": 204})
        await send({"type": "http.response.body", "body": b""})

    return app


def test_with_block_runs_startup_and_shutdown() -> None:
    events: list[str] = []
    client = TestClient(_lifespan_app("ok", events))
    with client:
        assert events == ["lifespan.startup"]
        assert client.get("/").status_code == 204
        assert isinstance(client.lifespan_handler, LifeSpanHandler)
        assert client.blocking_portal is not None
    assert events == ["lifespan.startup", "lifespan.shutdown"]
    assert client.blocking_portal is None


def test_requests_without_with_do_not_run_the_lifespan() -> None:
    events: list[str] = []
    assert TestClient(_lifespan_app("ok", events)).get("/").status_code == 204
    assert events == []


@pytest.mark.parametrize(
    ("mode", "error", "match"),
    [
        ("raise", RuntimeError, "boom at startup"),
        ("fail", RuntimeError, "nope"),
        ("fail_raise", ValueError, "startup hook failed"),
        ("fail_no_message", RuntimeError, "lifespan.startup.failed"),
        (
            "odd",
            RuntimeError,
            "Expected 'lifespan.startup.complete' or 'lifespan.startup.failed'. Got 'lifespan.shutdown.complete'",
        ),
    ],
)
def test_startup_errors_fail_the_with_statement(mode: str, error: type[Exception], match: str) -> None:
    client = TestClient(_lifespan_app(mode))
    with pytest.raises(error, match=match), client:
        pytest.fail("the block must not run")  # pragma: no cover
    assert client.blocking_portal is None


@pytest.mark.parametrize(
    ("mode", "error", "match"),
    [
        ("shutdown_raise", ValueError, "shutdown hook failed"),
        ("shutdown_odd", RuntimeError, "Got 'lifespan.startup.complete'"),
    ],
)
def test_shutdown_errors_are_raised_on_exit(mode: str, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match), TestClient(_lifespan_app(mode)) as client:
        assert client.get("/").status_code == 204


def test_apps_without_lifespan_support_still_work() -> None:
    with TestClient(_lifespan_app("unsupported")) as client:
        assert client.get("/").status_code == 204


def test_one_event_loop_serves_the_whole_with_block(app_factory: Callable[..., Any]) -> None:
    threads: list[int] = []

    async def handler(scope: Any, receive: Any, send: Any) -> None:
        threads.append(threading.get_ident())
        await send({"type": "http.response.start", "status": 200})
        await send({"type": "http.response.body", "body": b""})

    app = app_factory(handler)
    with TestClient(app) as client:
        client.get("/")
        client.get("/")
    assert threads[0] == threads[1]
    assert threads[0] != threading.get_ident()


def test_client_configuration_is_exposed(recording_app: Any) -> None:
    client = TestClient(
        recording_app,
        base_url="http://example.org",
        backend="asyncio",
        backend_options={"debug": True},
        timeout=3,
    )
    assert client.app is recording_app
    assert client.base_url == httpx.URL("http://example.org")
    assert client.backend == "asyncio"
    assert client.backend_options == {"debug": True}
    assert client.timeout == httpx.Timeout(3)
    assert client.session_config is None
    assert client.follow_redirects is True
    assert client.headers["user-agent"] == "testclient"
    assert TestClient(recording_app).timeout == httpx.Timeout(None)
    assert client.get("/").status_code == 200


def test_portal_is_reused_inside_with_and_new_outside(recording_app: Any) -> None:
    client = TestClient(recording_app)
    with client.portal() as first, client.portal() as second:
        assert first is not second
    with client, client.portal() as portal:
        assert portal is client.blocking_portal


@pytest.mark.parametrize("method", ["get_session_data", "set_session_data", "session_backend"])
def test_session_helpers_need_a_session_config(recording_app: Any, method: str) -> None:
    client = TestClient(recording_app)
    use = {
        "get_session_data": lambda: client.get_session_data(),
        "set_session_data": lambda: client.set_session_data({}),
        "session_backend": lambda: client.session_backend,
    }[method]
    with pytest.raises(ImproperlyConfiguredException, match="Session has not been initialized"):
        use()


def test_websocket_connect_needs_an_upgrade(recording_app: Any) -> None:
    client = TestClient(recording_app)
    client._transport = httpx.MockTransport(lambda request: httpx.Response(404))
    with pytest.raises(RuntimeError, match="Expected WebSocket upgrade, got a 404 response"):
        client.websocket_connect("/ws")


def test_shutdown_failed_message_without_an_exception_is_not_an_error() -> None:
    events: list[str] = []
    with TestClient(_lifespan_app("shutdown_fail", events)) as client:
        assert client.get("/").status_code == 204
    assert events == ["lifespan.startup", "lifespan.shutdown"]
