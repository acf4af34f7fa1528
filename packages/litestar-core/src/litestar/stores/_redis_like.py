"""The Redis protocol store shared by :class:`RedisStore` and :class:`ValkeyStore`.

The ``redis`` and ``valkey`` clients expose the same asyncio API, so one implementation
serves both; the public modules only bind the client class. Operations that read and
write (renewing on read, deleting a namespace, counting a hit) run as Lua scripts, so
they are atomic on the server even when several workers share it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.stores.base import NamespacedStore, _encode_value, _expiry_seconds, _renewal
from litestar.types.empty import Empty, EmptyType

if TYPE_CHECKING:
    from datetime import timedelta
    from types import TracebackType
    from typing import Self

__all__ = ("RedisLikeStore",)

DEFAULT_NAMESPACE = "LITESTAR"

_GET_AND_RENEW = """
local value = redis.call('GET', KEYS[1])
local renew = tonumber(ARGV[1])
if value and renew > 0 and redis.call('TTL', KEYS[1]) > 0 then
    redis.call('EXPIRE', KEYS[1], renew)
end
return value
"""

_DELETE_ALL = """
local cursor = '0'
repeat
    local result = redis.call('SCAN', cursor, 'MATCH', ARGV[1], 'COUNT', 1000)
    cursor = result[1]
    for _, key in ipairs(result[2]) do
        redis.call('UNLINK', key)
    end
until cursor == '0'
"""

_INCREMENT = """
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then
    redis.call('EXPIRE', KEYS[1], ARGV[1])
    ttl = tonumber(ARGV[1])
end
return {count, ttl}
"""


class RedisLikeStore(NamespacedStore):
    """A store on a Redis protocol server, with namespaced keys (``namespace:key``)."""

    _client: Any
    handle_client_shutdown: bool = False
    """Whether leaving the store's context closes the client."""

    def __init__(
        self, client: Any, namespace: str | EmptyType | None = Empty, handle_client_shutdown: bool = False
    ) -> None:
        self._client = client
        self.namespace: str | None = DEFAULT_NAMESPACE if namespace is Empty else namespace
        self.handle_client_shutdown = handle_client_shutdown
        self._get_and_renew_script = client.register_script(_GET_AND_RENEW)
        self._delete_all_script = client.register_script(_DELETE_ALL)
        self._increment_script = client.register_script(_INCREMENT)

    def _make_key(self, key: str) -> str:
        return f"{self.namespace}:{key}" if self.namespace else key

    def _child(self, namespace: str) -> Self:
        name = f"{self.namespace}_{namespace}" if self.namespace else namespace
        return type(self)(self._client, name, handle_client_shutdown=self.handle_client_shutdown)

    async def _shutdown(self) -> None:
        if self.handle_client_shutdown:
            await self._client.aclose(close_connection_pool=True)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        """Close the client if the store owns it (``handle_client_shutdown``)."""
        await self._shutdown()

    async def set(self, key: str, value: str | bytes, expires_in: int | timedelta | None = None) -> None:
        """Store ``value`` under ``key``, expiring after ``expires_in`` seconds (never if ``None``)."""
        await self._client.set(self._make_key(key), _encode_value(value), ex=_expiry_seconds(expires_in))

    async def get(self, key: str, renew_for: int | timedelta | None = None) -> bytes | None:
        """Return the value of ``key`` (``None`` if missing or expired), renewing its expiry if asked."""
        renewal = _renewal(renew_for)
        if renewal is None:
            value = await self._client.get(self._make_key(key))
        else:
            value = await self._get_and_renew_script(keys=[self._make_key(key)], args=[renewal])
        return value  # type: ignore[no-any-return]

    async def delete(self, key: str) -> None:
        """Delete ``key`` (a missing key is fine)."""
        await self._client.delete(self._make_key(key))

    async def delete_all(self) -> None:
        """Delete every key of the namespace (and of its child namespaces).

        Raises:
            ImproperlyConfiguredException: If the store has no namespace: it would
                otherwise wipe the whole database.
        """
        if not self.namespace:
            raise ImproperlyConfiguredException("Cannot perform delete operation: No namespace configured")
        await self._delete_all_script(keys=[], args=[f"{self.namespace}*"])

    async def exists(self, key: str) -> bool:
        """Tell whether ``key`` holds an unexpired value."""
        return await self._client.exists(self._make_key(key)) == 1  # type: ignore[no-any-return]

    async def expires_in(self, key: str) -> int | None:
        """Seconds until ``key`` expires: ``-1`` for never, ``None`` when missing."""
        ttl = await self._client.ttl(self._make_key(key))
        return None if ttl == -2 else int(ttl)

    async def increment(self, key: str, window: int) -> tuple[int, int]:
        """Count one more hit in the window of ``key``, atomically on the server.

        Args:
            key: The counter's key.
            window: Length of the window in seconds.

        Returns:
            The count including this hit, and the seconds until the window resets.
        """
        count, ttl = await self._increment_script(keys=[self._make_key(key)], args=[window])
        return int(count), int(ttl)
