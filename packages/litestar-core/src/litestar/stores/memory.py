"""``MemoryStore``: a dict in the process; fast, but not shared between workers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from litestar.stores.base import StorageObject, Store, _encode_value, _expiry_seconds, _renewal

if TYPE_CHECKING:
    from datetime import timedelta

__all__ = ("MemoryStore",)


class MemoryStore(Store):
    """A store keeping its values in a dict of the current process.

    Every operation runs without awaiting anything in between its reads and writes, so
    on one event loop each of them, :meth:`increment` included, is atomic.
    """

    __slots__ = ("_store",)

    def __init__(self) -> None:
        """Create an empty store."""
        self._store: dict[str, StorageObject] = {}

    async def set(self, key: str, value: str | bytes, expires_in: int | timedelta | None = None) -> None:
        """Store ``value`` under ``key``, expiring after ``expires_in`` seconds (never if ``None``)."""
        self._store[key] = StorageObject.new(_encode_value(value), _expiry_seconds(expires_in))

    async def get(self, key: str, renew_for: int | timedelta | None = None) -> bytes | None:
        """Return the value of ``key`` (``None`` if missing or expired), renewing its expiry if asked."""
        obj = self._live(key)
        if obj is None:
            return None
        renewal = _renewal(renew_for)
        if renewal is not None and obj.expires_at is not None:
            self._store[key] = StorageObject.new(obj.data, renewal)
        return obj.data

    async def delete(self, key: str) -> None:
        """Delete ``key`` (a missing key is fine)."""
        self._store.pop(key, None)

    async def delete_all(self) -> None:
        """Delete every value."""
        self._store.clear()

    async def delete_expired(self) -> None:
        """Drop every expired value (they are otherwise dropped when next read)."""
        now = datetime.now(tz=UTC)
        expired = [k for k, v in self._store.items() if v.expires_at is not None and v.expires_at <= now]
        for key in expired:
            del self._store[key]

    async def exists(self, key: str) -> bool:
        """Tell whether ``key`` holds an unexpired value."""
        return self._live(key) is not None

    async def expires_in(self, key: str) -> int | None:
        """Seconds until ``key`` expires: ``-1`` for never, ``None`` when missing."""
        obj = self._live(key)
        return None if obj is None else obj.expires_in

    async def increment(self, key: str, window: int) -> tuple[int, int]:
        """Count one more hit in the window of ``key`` (atomic: nothing is awaited in between).

        Args:
            key: The counter's key.
            window: Length of the window in seconds.

        Returns:
            The count including this hit, and the seconds until the window resets.
        """
        obj = self._live(key)
        if obj is None:
            obj = self._store[key] = StorageObject.new(b"1", window)
            return 1, window
        count = int(obj.data) + 1
        obj.data = str(count).encode()
        return count, max(obj.expires_in, 0)

    def _live(self, key: str) -> StorageObject | None:
        obj = self._store.get(key)
        if obj is not None and obj.expired:
            del self._store[key]
            return None
        return obj
