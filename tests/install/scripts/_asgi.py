"""A tiny ASGI server emulation for the install scripts: lifespan plus HTTP calls.

Deliberately free of any litestar import, so it drives the app only through the ASGI
interface, the way uvicorn would.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ("Response", "run", "serve")

ASGIApp = Callable[..., Awaitable[None]]
ASGI = {"version": "3.0", "spec_version": "2.3"}


class Response:
    """What the app sent for one HTTP request."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    def json(self) -> Any:
        """Decode the body as JSON."""
        return json.loads(self.body)

    def summary(self) -> dict[str, Any]:
        """Status, content type and decoded body, for printing."""
        body: Any = self.body.decode()
        if "json" in self.headers.get("content-type", "") and self.body:
            body = self.json()
        return {"status": self.status, "content_type": self.headers.get("content-type"), "body": body}


async def _http(
    app: ASGIApp, state: dict[str, Any], method: str, target: str, body: bytes, headers: list[tuple[str, str]]
) -> Response:
    path, _, query = target.partition("?")
    raw_headers = [(b"host", b"testserver")] + [(k.lower().encode(), v.encode()) for k, v in headers]
    if body:
        raw_headers.append((b"content-length", str(len(body)).encode()))
    scope = {
        "type": "http",
        "asgi": ASGI,
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": query.encode(),
        "headers": raw_headers,
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
        "state": dict(state),
    }
    requests = [{"type": "http.request", "body": body, "more_body": False}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if requests:
            return requests.pop(0)
        await asyncio.sleep(3600)  # NOTE: a real server only disconnects later.
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await asyncio.wait_for(app(scope, receive, send), timeout=30)
    start = sent[0]
    assert start["type"] == "http.response.start", start
    response_headers = {k.decode().lower(): v.decode() for k, v in start.get("headers", [])}
    payload = b"".join(m.get("body", b"") for m in sent[1:] if m["type"] == "http.response.body")
    return Response(start["status"], response_headers, payload)


class _Client:
    __slots__ = ("_app", "_state")

    def __init__(self, app: ASGIApp, state: dict[str, Any]) -> None:
        self._app = app
        self._state = state

    async def request(
        self, method: str, target: str, *, json_body: Any = None, headers: list[tuple[str, str]] | None = None
    ) -> Response:
        extra = list(headers or [])
        body = b""
        if json_body is not None:
            body = json.dumps(json_body).encode()
            extra.append(("content-type", "application/json"))
        return await _http(self._app, self._state, method, target, body, extra)


async def serve(app: ASGIApp, session: Callable[[_Client], Awaitable[dict[str, Any]]]) -> dict[str, Any]:
    """Run the app's lifespan startup, ``session(client)``, then its shutdown."""
    inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    state: dict[str, Any] = {}
    lifespan = asyncio.ensure_future(
        app({"type": "lifespan", "asgi": ASGI, "state": state}, inbox.get, outbox.put)
    )
    await inbox.put({"type": "lifespan.startup"})
    started = await asyncio.wait_for(outbox.get(), timeout=30)
    assert started["type"] == "lifespan.startup.complete", started
    try:
        return await session(_Client(app, state))
    finally:
        await inbox.put({"type": "lifespan.shutdown"})
        stopped = await asyncio.wait_for(outbox.get(), timeout=30)
        assert stopped["type"] == "lifespan.shutdown.complete", stopped
        await asyncio.wait_for(lifespan, timeout=30)


def run(app: ASGIApp, session: Callable[[_Client], Awaitable[dict[str, Any]]]) -> dict[str, Any]:
    """Synchronous wrapper around :func:`serve`."""
    return asyncio.run(serve(app, session))
