"""AsyncTestClient: requests, lifespan and error handling from async tests."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import httpx
import pytest
from litestar.testing import AsyncTestClient
from litestar.testing.client._portal import wait_for_future, wait_in_thread


async def test_requests_without_async_with(recording_app: Any) -> None:
    client = AsyncTestClient(recording_app)
    response = await client.post("/p?x=1", content=b"data")
    assert response.text == "body:data"
    assert recording_app.scopes[0]["path"] == "/p"
    assert recording_app.scopes[0]["query_string"] == b"x=1"
    assert recording_app.lifespan_events == []


async def test_async_with_runs_the_lifespan_on_one_loop(recording_app: Any) -> None:
    async with AsyncTestClient(recording_app, timeout=2) as client:
        assert recording_app.lifespan_events == ["lifespan.startup"]
        await client.get("/")
        await client.get("/")
        assert client.blocking_portal is not None
        assert client.timeout == httpx.Timeout(2)
    assert client.blocking_portal is None
    assert recording_app.lifespan_events == ["lifespan.startup", "lifespan.shutdown"]


async def test_async_client_raises_or_returns_500(app_factory: Callable[..., Any]) -> None:
    async def handler(scope: Any, receive: Any, send: Any) -> None:
        raise KeyError("missing")

    app = app_factory(handler)
    async with AsyncTestClient(app) as client:
        with pytest.raises(KeyError, match="missing"):
            await client.get("/")
    async with AsyncTestClient(app, raise_server_exceptions=False) as client:
        assert (await client.get("/")).status_code == 500


async def test_cookies_persist_across_async_requests(app_factory: Callable[..., Any]) -> None:
    async def handler(scope: Any, receive: Any, send: Any) -> None:
        cookie = dict(scope["headers"]).get(b"cookie", b"none")
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"set-cookie", b"n=1; Path=/")]}
        )
        await send({"type": "http.response.body", "body": cookie})

    async with AsyncTestClient(app_factory(handler)) as client:
        assert (await client.get("/")).text == "none"
        assert (await client.get("/")).text == "n=1"


async def test_websocket_connect_needs_an_upgrade(recording_app: Any) -> None:
    client = AsyncTestClient(recording_app)
    client._transport = httpx.MockTransport(lambda request: httpx.Response(400))
    with pytest.raises(RuntimeError, match="got a 400 response"):
        await client.websocket_connect("/ws")


async def test_wait_helpers_return_results_and_raise_errors() -> None:
    done: Future[int] = Future()
    done.set_result(3)
    assert await wait_for_future(done) == 3
    assert await wait_in_thread(done) == 3
    failed: Future[int] = Future()
    failed.set_exception(LookupError("x"))
    with pytest.raises(LookupError):
        await wait_in_thread(failed)


def test_no_asyncio_loop_is_detected_outside_one() -> None:
    from litestar.testing.client._portal import _running_asyncio_loop

    assert _running_asyncio_loop() is None
