"""``ResponseCacheMiddleware``: serve and record cached responses of one handler.

It is the innermost middleware of a handler declaring ``cache=`` (the app puts it
there), so outer middleware such as compression or sessions still run for a cached
response. A response is recorded as its list of ASGI messages (MessagePack) once its
last body message went out, if ``cache_response_filter`` accepts its status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.config.response_cache import CACHE_FOREVER
from litestar.connection import Request
from litestar.enums import ScopeType
from litestar.middleware.base import AbstractMiddleware
from msgspec.msgpack import decode as decode_msgpack
from msgspec.msgpack import encode as encode_msgpack

if TYPE_CHECKING:
    from litestar.config.response_cache import ResponseCacheConfig
    from litestar.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ("ResponseCacheMiddleware",)


class ResponseCacheMiddleware(AbstractMiddleware):
    """Answer from the cache, or run the handler and cache what it sends."""

    scopes = {ScopeType.HTTP}  # noqa: RUF012

    def __init__(self, app: ASGIApp, config: ResponseCacheConfig) -> None:
        """Initialise the middleware.

        Args:
            app: The next ASGI app (the handler).
            config: The response cache configuration.
        """
        super().__init__(app=app, scopes=self.scopes)
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Replay the cached messages of this request, or run the app and record its answer."""
        handler: Any = scope["route_handler"]
        request: Request[Any, Any, Any] = Request(scope, receive)
        key_builder = getattr(handler, "cache_key_builder", None) or self.config.key_builder
        key = key_builder(request)
        store = self.config.get_store_from_app(scope["app"])
        cached = await store.get(key)
        if cached is not None:
            for message in decode_msgpack(cached):
                await send(message)
            return
        expires_in = _expiry(handler.cache, self.config.default_expiration)
        do_cache = self.config.cache_response_filter
        messages: list[Message] = []
        status = 0

        async def recording_send(message: Message) -> None:
            nonlocal status
            kind = message["type"]
            if kind == "http.response.start":
                start: dict[str, Any] = message  # type: ignore[assignment]
                status = start["status"]
                messages.append({**start, "headers": [tuple(h) for h in start.get("headers", ())]})  # type: ignore[arg-type]
            elif kind == "http.response.body":
                messages.append(message)
                if not message.get("more_body", False) and do_cache(scope, status):  # type: ignore[arg-type]
                    await store.set(key, encode_msgpack(messages), expires_in=expires_in)
            await send(message)

        await self.app(scope, receive, recording_send)


def _expiry(cache: Any, default: int | None) -> int | None:
    if cache is CACHE_FOREVER:
        return None
    if cache is True:
        return default
    return int(cache)
