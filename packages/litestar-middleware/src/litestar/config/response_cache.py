"""``ResponseCacheConfig``: how responses of handlers declaring ``cache=`` are cached."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, final
from urllib.parse import urlencode

if TYPE_CHECKING:
    from collections.abc import Callable

    from litestar.connection import Request
    from litestar.stores.base import Store
    from litestar.types import HTTPScope

__all__ = ("CACHE_FOREVER", "ResponseCacheConfig", "default_cache_key_builder")


@final
class CACHE_FOREVER:
    """Pass as ``cache=CACHE_FOREVER`` to cache a handler's response without expiry."""


def default_cache_key_builder(request: Request[Any, Any, Any]) -> str:
    """Build the cache key of a request: method, path and query string.

    Args:
        request: The request.

    Returns:
        The key.
    """
    query = urlencode(list(request.query_params.multi_items()))
    return request.method + request.url.path + query


def default_do_cache_predicate(_: HTTPScope, status_code: int) -> bool:
    """Cache only successful responses (2xx and 3xx).

    Args:
        _: The connection scope.
        status_code: The response status.

    Returns:
        Whether the response may be cached.
    """
    return status_code < 400


@dataclass
class ResponseCacheConfig:
    """Configuration of response caching (``Litestar(response_cache_config=...)``)."""

    default_expiration: int | None = 60
    """Seconds a response cached with ``cache=True`` lives; ``None`` for forever."""
    key_builder: Callable[[Request[Any, Any, Any]], str] = field(default=default_cache_key_builder)
    """Builds the key of a request (a handler's ``cache_key_builder`` wins)."""
    store: str = "response_cache"
    """Name of the store in the app's registry."""
    cache_response_filter: Callable[[HTTPScope, int], bool] = field(default=default_do_cache_predicate)
    """Decides from the scope and the status whether a response is cached."""

    def get_store_from_app(self, app: Any) -> Store:
        """Return the store responses are cached in.

        Args:
            app: The application.

        Returns:
            ``app.stores.get(self.store)``.
        """
        return app.stores.get(self.store)  # type: ignore[no-any-return]
