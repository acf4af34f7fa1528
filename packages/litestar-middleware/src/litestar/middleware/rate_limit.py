"""Rate limiting per client: a fixed window counted atomically in a store.

Each hit increments the client's counter with :meth:`~litestar.stores.base.Store.increment`
(one Lua script on Redis/Valkey, a synchronous update in memory), so concurrent
requests, also from several workers sharing Redis, never let more through than the limit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from litestar.connection import Request
from litestar.enums import ScopeType
from litestar.exceptions import TooManyRequestsException
from litestar.middleware._message import editable_start
from litestar.middleware.base import AbstractMiddleware, DefineMiddleware
from litestar.utils.sync import ensure_async_callable
from msgspec.json import decode as decode_json
from msgspec.json import encode as encode_json

if TYPE_CHECKING:
    from collections.abc import Callable

    from litestar.stores.base import Store
    from litestar.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ("CacheObject", "RateLimitConfig", "RateLimitMiddleware")

DurationUnit = Literal["second", "minute", "hour", "day"]

DURATION_VALUES: dict[DurationUnit, int] = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


@dataclass
class CacheObject:
    """A client's window: the request timestamps in it and when it resets (epoch seconds)."""

    history: list[int]
    """Timestamps of the requests counted in the window."""
    reset: int
    """When the window resets."""


class RateLimitMiddleware(AbstractMiddleware):
    """Count each client's requests and answer 429 past the limit."""

    scopes = {ScopeType.HTTP}  # noqa: RUF012

    def __init__(self, app: ASGIApp, config: RateLimitConfig) -> None:
        """Initialise the middleware.

        Args:
            app: The next ASGI app.
            config: The rate limit configuration.
        """
        super().__init__(
            app=app, exclude=config.exclude, exclude_opt_key=config.exclude_opt_key, scopes=self.scopes
        )
        self.config = config
        self.max_requests: int = config.rate_limit[1]
        self.unit: DurationUnit = config.rate_limit[0]
        self._window = DURATION_VALUES[self.unit]
        self._check = (
            ensure_async_callable(config.check_throttle_handler) if config.check_throttle_handler else None
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Count the request; pass it on with rate limit headers, or answer 429."""
        request: Request[Any, Any, Any] = Request(scope, receive)
        if not await self.should_check_request(request):
            await self.app(scope, receive, send)
            return
        store = self.config.get_store_from_app(scope["app"])
        count, reset_in = await store.increment(self.cache_key_from_request(request), self._window)
        remaining = max(self.max_requests - count, 0)
        headers = self._headers(remaining, reset_in)
        if count > self.max_requests:
            raise TooManyRequestsException(headers={**headers, "Retry-After": str(max(reset_in, 1))})
        if self.config.set_rate_limit_headers:
            send = self._with_headers(send, headers)
        await self.app(scope, receive, send)

    async def should_check_request(self, request: Request[Any, Any, Any]) -> bool:
        """Tell whether ``request`` counts (``check_throttle_handler`` decides; all do by default).

        Args:
            request: The request.

        Returns:
            ``True`` if the request is rate limited.
        """
        if self._check is None:
            return True
        return bool(await self._check(request))

    def cache_key_from_request(self, request: Request[Any, Any, Any]) -> str:
        """Return the store key of the request's client.

        Args:
            request: The request.

        Returns:
            ``<middleware class>::<client host>`` (``anonymous`` without a client address).
        """
        host = request.client.host if request.client else "anonymous"
        return f"{type(self).__name__}::{host}"

    async def retrieve_cached_history(self, key: str, store: Store) -> CacheObject:
        """Read a window stored by :meth:`set_cached_history` (for custom subclasses).

        Args:
            key: The store key.
            store: The store.

        Returns:
            The window; a fresh one if none is stored or it has reset.
        """
        now = int(time.time())
        raw = await store.get(key)
        if raw is not None:
            cached = decode_json(raw, type=CacheObject)
            if cached.reset > now:
                return cached
        return CacheObject(history=[], reset=now + self._window)

    async def set_cached_history(self, key: str, cache_object: CacheObject, store: Store) -> None:
        """Store a window (read-then-write: not atomic; the middleware itself uses ``store.increment``).

        Args:
            key: The store key.
            cache_object: The window.
            store: The store.
        """
        await store.set(
            key, encode_json(cache_object), expires_in=max(cache_object.reset - int(time.time()), 1)
        )

    def create_response_headers(self, cache_object: CacheObject) -> dict[str, str]:
        """Build the rate limit headers of a window.

        Args:
            cache_object: The window.

        Returns:
            The headers (empty when ``set_rate_limit_headers`` is off).
        """
        if not self.config.set_rate_limit_headers:
            return {}
        remaining = max(self.max_requests - len(cache_object.history), 0)
        return self._headers(remaining, max(cache_object.reset - int(time.time()), 0))

    def create_send_wrapper(self, send: Send, cache_object: CacheObject) -> Send:
        """Return a ``send`` adding the headers of ``cache_object`` to the response.

        Args:
            send: The ASGI send callable.
            cache_object: The window.

        Returns:
            The wrapped ``send``.
        """
        return self._with_headers(send, self.create_response_headers(cache_object))

    def _headers(self, remaining: int, reset_in: int) -> dict[str, str]:
        config = self.config
        if not config.set_rate_limit_headers:
            return {}
        return {
            config.rate_limit_policy_header_key: f"{self.max_requests}; w={self._window}",
            config.rate_limit_limit_header_key: str(self.max_requests),
            config.rate_limit_remaining_header_key: str(remaining),
            config.rate_limit_reset_header_key: str(reset_in),
        }

    @staticmethod
    def _with_headers(send: Send, headers: dict[str, str]) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start" and headers:
                message, mutable = editable_start(message)
                for key, value in headers.items():
                    mutable[key] = value
            await send(message)

        return wrapped


@dataclass
class RateLimitConfig:
    """Configuration of the rate limit middleware (``middleware=[config.middleware]``)."""

    rate_limit: tuple[DurationUnit, int]
    """The window unit and the number of requests a client may make in it."""
    exclude: str | list[str] | None = field(default=None)
    """Path patterns that are not limited."""
    exclude_opt_key: str | None = field(default=None)
    """Route ``opt`` key that, when truthy, disables the limit."""
    check_throttle_handler: Callable[[Request[Any, Any, Any]], Any] | None = field(default=None)
    """Sync or async callable deciding whether a request is limited."""
    middleware_class: type[RateLimitMiddleware] = field(default=RateLimitMiddleware)
    """The middleware class the config builds."""
    set_rate_limit_headers: bool = field(default=True)
    """Add the ``RateLimit-*`` headers to responses."""
    rate_limit_policy_header_key: str = field(default="RateLimit-Policy")
    """Name of the policy header."""
    rate_limit_remaining_header_key: str = field(default="RateLimit-Remaining")
    """Name of the remaining-requests header."""
    rate_limit_reset_header_key: str = field(default="RateLimit-Reset")
    """Name of the seconds-until-reset header."""
    rate_limit_limit_header_key: str = field(default="RateLimit-Limit")
    """Name of the limit header."""
    store: str = "rate_limit"
    """Name of the store in the app's registry (use a Redis store to share limits between workers)."""

    @property
    def middleware(self) -> DefineMiddleware:
        """The middleware for ``Litestar(middleware=[...])``."""
        return DefineMiddleware(self.middleware_class, config=self)

    def get_store_from_app(self, app: Any) -> Store:
        """Return the store counters are kept in.

        Args:
            app: The application.

        Returns:
            ``app.stores.get(self.store)``.
        """
        return app.stores.get(self.store)  # type: ignore[no-any-return]
