"""``CORSMiddleware``: answers preflight requests and adds CORS headers to responses.

The app puts it around its whole router (see ``cors_config=``), so 404s, 405s,
mounted ASGI apps and paths without handlers get the headers too. What a response
gets is computed once from the config; per request only the origin is checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.datastructures import Headers, MutableScopeHeaders
from litestar.enums import ScopeType
from litestar.middleware._message import editable_start

if TYPE_CHECKING:
    from litestar.config.cors import CORSConfig
    from litestar.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ("CORSMiddleware",)


class CORSMiddleware:
    """The CORS middleware (HTTP only; other scopes pass through)."""

    __slots__ = ("_allow_headers_all", "_simple", "_simple_all", "app", "config")

    def __init__(self, app: ASGIApp, config: CORSConfig) -> None:
        """Initialise the middleware.

        Args:
            app: The next ASGI app.
            config: The CORS configuration.
        """
        self.app = app
        self.config = config
        simple = dict(config.simple_headers)
        self._simple = [(k.lower(), v) for k, v in simple.items() if k != "Access-Control-Allow-Origin"]
        self._simple_all = [(k.lower(), v) for k, v in simple.items()]
        allow_headers = "*" if config.is_allow_all_headers else ", ".join(config.allow_headers)
        allow_methods = "*" if config.is_allow_all_methods else ", ".join(config.allow_methods)
        self._allow_headers_all = [
            ("access-control-allow-headers", allow_headers),
            ("access-control-allow-methods", allow_methods),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer a preflight request, or add the CORS headers to the response."""
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        headers = Headers.from_scope(scope)
        origin = headers.get("origin")
        if not origin:
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS":
            await self._preflight(origin, headers, send)
            return
        await self.app(scope, receive, self._send_wrapper(send, origin, has_cookie="cookie" in headers))

    def _send_wrapper(self, send: Send, origin: str, has_cookie: bool) -> Send:
        config = self.config
        allow_all = config.is_allow_all_origins

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message, mutable = editable_start(message)
                extra = self._simple_all if allow_all and not has_cookie else self._simple
                for key, value in extra:
                    mutable[key] = value
                if (allow_all and has_cookie) or (not allow_all and config.is_origin_allowed(origin)):
                    mutable["access-control-allow-origin"] = origin
                    _add_vary_origin(mutable)
                for key, value in self._allow_headers_all:
                    mutable[key] = value
            await send(message)

        return wrapped

    async def _preflight(self, origin: str, headers: Headers, send: Send) -> None:
        config = self.config
        response_headers = dict(config.preflight_headers)
        failures = []
        if not config.is_allow_all_origins:
            if config.is_origin_allowed(origin):
                response_headers["Access-Control-Allow-Origin"] = origin
            else:
                failures.append("Origin")
        requested_method = headers.get("access-control-request-method")
        if (
            requested_method
            and not config.is_allow_all_methods
            and requested_method not in config.allow_methods
        ):
            failures.append("method")
        requested_headers = headers.get("access-control-request-headers")
        if requested_headers:
            if config.is_allow_all_headers:
                response_headers["Access-Control-Allow-Headers"] = (
                    "Accept, Accept-Language, Content-Language, Content-Type, " + requested_headers
                )
            elif any(
                h.strip().lower() not in config.allow_headers
                for h in requested_headers.split(",")
                if h.strip()
            ):
                failures.append("headers")
        if failures:
            body = f"Disallowed CORS {', '.join(failures)}".encode()
            await _send_plain(send, 400, body)
            return
        raw: list[tuple[bytes, bytes]] = [
            (k.lower().encode(), v.encode("latin-1")) for k, v in response_headers.items()
        ]
        await send({"type": "http.response.start", "status": 204, "headers": raw})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def _add_vary_origin(headers: MutableScopeHeaders) -> None:
    vary = headers.get("vary")
    if vary is None:
        headers["vary"] = "Origin"
    elif "origin" not in vary.lower():
        headers["vary"] = f"{vary}, Origin"


async def _send_plain(send: Any, status: int, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body, "more_body": False})
