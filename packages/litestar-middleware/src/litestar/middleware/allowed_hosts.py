"""``AllowedHostsMiddleware``: reject requests for hosts the app does not serve."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from litestar.datastructures import URL, Headers
from litestar.enums import ScopeType
from litestar.middleware.base import AbstractMiddleware

if TYPE_CHECKING:
    from litestar.config.allowed_hosts import AllowedHostsConfig
    from litestar.types import ASGIApp, Receive, Scope, Send

__all__ = ("AllowedHostsMiddleware",)

_INVALID_BODY = b'{"message":"invalid host header"}'


class AllowedHostsMiddleware(AbstractMiddleware):
    """Answer 400 to a request whose ``Host`` is not allowed (or redirect to ``www.``)."""

    def __init__(self, app: ASGIApp, config: AllowedHostsConfig) -> None:
        """Initialise the middleware.

        Args:
            app: The next ASGI app.
            config: The allowed hosts configuration.
        """
        super().__init__(
            app=app, exclude=config.exclude, exclude_opt_key=config.exclude_opt_key, scopes=config.scopes
        )
        hosts = config.allowed_hosts
        self.allow_all = "*" in hosts
        self.allowed_hosts_regex = (
            None
            if self.allow_all
            else re.compile(
                "|".join(
                    re.escape(h).replace(r"\*\.", r".*\.", 1) if h.startswith("*.") else re.escape(h)
                    for h in hosts
                )
            )
        )
        self.redirect_domains = (
            frozenset(h[4:] for h in hosts if h.startswith("www.")) if config.www_redirect else frozenset()
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the host, then run the app, answer 400, or redirect."""
        if self.allow_all:
            await self.app(scope, receive, send)
            return
        headers = Headers.from_scope(scope)
        host = headers.get("host") or ""
        if not host and scope.get("server"):
            host = scope["server"][0]  # type: ignore[index]
        name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        pattern = self.allowed_hosts_regex
        if pattern is not None and pattern.fullmatch(name):
            await self.app(scope, receive, send)
            return
        if name in self.redirect_domains:
            url = URL.from_scope(scope)
            location = str(url.with_replacements(netloc=f"www.{url.netloc}"))
            await send(
                {
                    "type": "http.response.start",
                    "status": 302,
                    "headers": [
                        (b"location", location.encode("latin-1")),
                        (b"content-type", b"text/plain; charset=utf-8"),
                        (b"content-length", b"0"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        if scope["type"] != ScopeType.HTTP:
            await send({"type": "websocket.close", "code": 1008, "reason": "invalid host header"})
            return
        await send(
            {
                "type": "http.response.start",
                "status": 400,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(_INVALID_BODY)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": _INVALID_BODY, "more_body": False})
