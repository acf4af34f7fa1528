"""The store interfaces and the envelope stores without native expiry keep values in.

Every store answers the same small async API (``set``/``get``/``delete``/
``delete_all``/``exists``/``expires_in``); values are bytes, and ``str`` values are
encoded as UTF-8. :meth:`Store.increment` is the atomic counter that rate limiting
builds on: stores that can do it atomically (memory, Redis, Valkey) override it, so
concurrent requests (or workers sharing Redis) never lose an update.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from msgspec import Struct
from msgspec.msgpack import decode as _msgpack_decode
from msgspec.msgpack import encode as _msgpack_encode

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

__all__ = ("NamespacedStore", "StorageObject", "Store")


def _to_seconds(value: int | timedelta) -> int:
    return int(value.total_seconds()) if isinstance(value, timedelta) else int(value)


class Store(ABC):
    """An asynchronous key/value store whose values may expire."""

    @abstractmethod
    async def set(self, key: str, value: str | bytes, expires_in: int | timedelta | None = None) -> None:
        """Store ``value`` under ``key``.

        Args:
            key: The key.
            value: The value; ``str`` is stored UTF-8 encoded.
            expires_in: Seconds (or a ``timedelta``) until the value expires; never if ``None``.
        """
        raise NotImplementedError

    @abstractmethod
    async def get(self, key: str, renew_for: int | timedelta | None = None) -> bytes | None:
        """Return the value of ``key``, or ``None`` if it is missing or expired.

        Args:
            key: The key.
            renew_for: If given and the value has an expiry, push that expiry this far out.

        Returns:
            The stored bytes or ``None``.
        """
        raise NotImplementedError

    @abstractmethod
    async def delete(self, key: str) -> None:
        """Delete ``key``; a missing key is not an error.

        Args:
            key: The key.
        """
        raise NotImplementedError

    @abstractmethod
    async def delete_all(self) -> None:
        """Delete every value of this store (of its namespace, for namespaced stores)."""
        raise NotImplementedError

    @abstractmethod
    async def exists(self, key: str) -> bool:
        """Tell whether ``key`` holds an unexpired value.

        Args:
            key: The key.

        Returns:
            ``True`` if it does.
        """
        raise NotImplementedError

    @abstractmethod
    async def expires_in(self, key: str) -> int | None:
        """Return the seconds until ``key`` expires.

        Args:
            key: The key.

        Returns:
            The seconds left, ``-1`` for a value that never expires, ``None`` for a missing key.
        """
        raise NotImplementedError

    async def increment(self, key: str, window: int) -> tuple[int, int]:
        """Count one more hit in the fixed window stored under ``key``.

        The first hit opens a window of ``window`` seconds; later hits in that window add
        one. This default reads then writes, so concurrent callers may lose updates:
        the bundled memory, Redis and Valkey stores override it with an atomic version.

        .. versionadded:: 2.17 (beyond litestar 2.17: used by the rate limit middleware)

        Args:
            key: The counter's key.
            window: Length of the window in seconds.

        Returns:
            The count including this hit, and the seconds until the window resets.
        """
        raw = await self.get(key)
        now = datetime.now(tz=UTC).timestamp()
        count, reset = 0, now + window
        if raw is not None:
            count, reset = _msgpack_decode(raw)
        count += 1
        remaining = max(int(reset - now), 0)
        await self.set(key, _msgpack_encode((count, reset)), expires_in=max(remaining, 1))
        return count, remaining

    async def __aenter__(self) -> Self:
        """Enter the store's context (nothing to set up by default)."""
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        """Leave the store's context, releasing resources it owns (nothing by default)."""
        return None


class NamespacedStore(Store):
    """A store whose keys live in a namespace, so it can hand out isolated children."""

    namespace: str | None
    """The namespace keys are prefixed with (``None``: no namespace)."""

    @abstractmethod
    def with_namespace(self, namespace: str) -> Self:
        """Return a store of the same backend whose keys live in a child namespace.

        Args:
            namespace: The child's name, appended to this store's namespace.

        Returns:
            The new store; ``delete_all`` on it deletes only its own keys.
        """
        raise NotImplementedError


class StorageObject(Struct):
    """A value and its expiry time, for stores that cannot expire values natively."""

    expires_at: datetime | None
    """When the value expires (UTC), or ``None`` for never."""
    data: bytes
    """The stored value."""

    @classmethod
    def new(cls, data: bytes, expires_in: int | timedelta | None) -> StorageObject:
        """Wrap ``data``, expiring ``expires_in`` from now.

        Args:
            data: The value.
            expires_in: Seconds (or a ``timedelta``) until expiry, or ``None`` for never.

        Returns:
            The storage object.
        """
        expires_at: datetime | None = None
        if expires_in is not None:
            delta = expires_in if isinstance(expires_in, timedelta) else timedelta(seconds=expires_in)
            expires_at = datetime.now(tz=UTC) + delta
        return cls(expires_at=expires_at, data=data)

    @property
    def expired(self) -> bool:
        """Whether the expiry time has passed."""
        return self.expires_at is not None and datetime.now(tz=UTC) >= self.expires_at

    @property
    def expires_in(self) -> int:
        """Whole seconds until expiry; ``-1`` if the value never expires."""
        if self.expires_at is None:
            return -1
        return int((self.expires_at - datetime.now(tz=UTC)).total_seconds())

    def to_bytes(self) -> bytes:
        """Serialise to MessagePack (what :class:`~litestar.stores.file.FileStore` writes).

        Returns:
            The encoded object.
        """
        return _msgpack_encode(self)

    @classmethod
    def from_bytes(cls, raw: bytes) -> StorageObject:
        """Load an object written by :meth:`to_bytes`.

        Args:
            raw: The encoded object.

        Returns:
            The storage object.
        """
        return _msgpack_decode(raw, type=cls)


def _encode_value(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def _renewal(renew_for: int | timedelta | None) -> int | None:
    return None if renew_for is None else _to_seconds(renew_for)


def _expiry_seconds(expires_in: int | timedelta | None) -> int | None:
    return None if expires_in is None else _to_seconds(expires_in)
