"""Drive an ASGI app directly, without a server (stdlib only).

Used by the in-process worker and by ``tests/bench``: builds the scope a server such as
uvicorn would build for a ``scenarios.Request``, runs lifespan startup/shutdown, and
collects a response.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from scenarios import Request

    App = Callable[
        [
            dict[str, Any],
            Callable[[], Awaitable[dict[str, Any]]],
            Callable[[dict[str, Any]], Awaitable[None]],
        ],
        Awaitable[None],
    ]

__all__ = ("Lifespan", "Response", "call", "make_receive", "make_scope")

_BASE_HEADERS = (
    (b"host", b"127.0.0.1:8000"),
    (b"user-agent", b"bench/1.0"),
    (b"accept", b"*/*"),
    (b"accept-encoding", b"gzip, deflate"),
    (b"connection", b"keep-alive"),
)


def make_scope(request: Request) -> dict[str, Any]:
    """Return an HTTP scope template for ``request`` (copy it per call; ``state`` too)."""
    headers = list(_BASE_HEADERS)
    if request.content_type is not None:
        headers.append((b"content-type", request.content_type.encode()))
    if request.method in {"POST", "PUT", "PATCH"}:
        headers.append((b"content-length", str(len(request.body)).encode()))
    headers.extend((name.encode("latin-1"), value.encode("latin-1")) for name, value in request.headers)
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 50000),
        "scheme": "http",
        "method": request.method,
        "root_path": "",
        "path": request.path,
        "raw_path": request.path.encode(),
        "query_string": request.query.encode(),
        "headers": headers,
        "state": {},
    }


def make_receive(body: bytes) -> Callable[[], Awaitable[dict[str, Any]]]:
    """Return a ``receive`` that always yields the whole body as one message.

    NOTE: one shared message for every call keeps the driver's own cost tiny and equal
    for all frameworks; none of the benchmark apps reads past ``more_body=False``.
    """
    message = {"type": "http.request", "body": body, "more_body": False}

    async def receive() -> dict[str, Any]:
        return message

    return receive


@dataclass
class Response:
    """A collected response."""

    status: int
    headers: dict[str, str]
    body: bytes


async def call(app: App, request: Request, state: dict[str, Any] | None = None) -> Response:
    """Send ``request`` to ``app`` once and return the collected response."""
    scope = make_scope(request)
    scope["state"] = dict(state or {})
    status = 0
    headers: dict[str, str] = {}
    chunks: list[bytes] = []

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
            for name, value in message.get("headers", ()):
                headers[bytes(name).decode("latin-1").lower()] = bytes(value).decode("latin-1")
        elif message["type"] == "http.response.body":
            chunks.append(bytes(message.get("body", b"")))

    await app(scope, make_receive(request.body), send)
    return Response(status, headers, b"".join(chunks))


class Lifespan:
    """Run an app's lifespan protocol: ``await startup()`` then ``await shutdown()``."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.state: dict[str, Any] = {}
        self._inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._events: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        scope = {"type": "lifespan", "asgi": {"version": "3.0", "spec_version": "2.3"}, "state": self.state}
        try:
            await self.app(scope, self._inbox.get, self._events.put)
        except Exception as exc:  # noqa: BLE001 - an app without lifespan support may raise: "unsupported"
            await self._events.put({"type": "lifespan.unsupported", "message": repr(exc)})

    async def startup(self) -> None:
        """Send ``lifespan.startup`` and wait for the answer.

        Raises:
            RuntimeError: The app reported a failed startup.
        """
        self._task = asyncio.ensure_future(self._run())
        await self._inbox.put({"type": "lifespan.startup"})
        event = await self._events.get()
        if event["type"] == "lifespan.startup.failed":
            raise RuntimeError(f"lifespan startup failed: {event.get('message')}")

    async def shutdown(self) -> None:
        """Send ``lifespan.shutdown`` and wait for the app to finish."""
        if self._task is None or self._task.done():
            return
        await self._inbox.put({"type": "lifespan.shutdown"})
        await self._events.get()
        await asyncio.wait_for(self._task, 5)
