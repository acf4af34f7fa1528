"""``ValkeyStore``: a store on a Valkey server (needs the ``valkey`` package)."""

from __future__ import annotations

from litestar.exceptions.base_exceptions import MissingDependencyException
from litestar.stores._redis_like import RedisLikeStore
from litestar.types.empty import Empty, EmptyType

try:
    from valkey.asyncio import Valkey
    from valkey.asyncio.connection import ConnectionPool
except ImportError as exc:  # pragma: no cover - exercised by the install tests
    if exc.name is not None and exc.name.split(".")[0] != "valkey":
        raise
    raise MissingDependencyException("valkey", extra="valkey") from exc


__all__ = ("ValkeyStore",)


class ValkeyStore(RedisLikeStore):
    """A store keeping values in Valkey, with server-side expiry and atomic counters.

    Several application workers sharing the server share the values (sessions, cached
    responses, rate limit counters).
    """

    def __init__(
        self, valkey: Valkey, namespace: str | EmptyType | None = Empty, handle_client_shutdown: bool = False
    ) -> None:
        """Initialise the store.

        Args:
            valkey: The client (``valkey.asyncio.Valkey``).
            namespace: Prefix of the keys (``"LITESTAR"`` by default; ``None`` for none).
            handle_client_shutdown: Close the client when the store's context exits.
        """
        super().__init__(valkey, namespace, handle_client_shutdown)

    @property
    def _valkey(self) -> Valkey:
        return self._client  # type: ignore[no-any-return]

    @classmethod
    def with_client(
        cls,
        url: str = "valkey://localhost:6379",
        *,
        db: int | None = None,
        port: int | None = None,
        username: str | None = None,
        password: str | None = None,
        namespace: str | EmptyType | None = Empty,
    ) -> ValkeyStore:
        """Create a store with a client of its own (closed with the store).

        Args:
            url: The server URL.
            db: Database number, overriding the URL's.
            port: Port, overriding the URL's.
            username: User name, overriding the URL's.
            password: Password, overriding the URL's.
            namespace: Prefix of the keys.

        Returns:
            The store.
        """
        pool = ConnectionPool.from_url(url=url, db=db, port=port, username=username, password=password)
        return cls(valkey=Valkey(connection_pool=pool), namespace=namespace, handle_client_shutdown=True)

    def with_namespace(self, namespace: str) -> ValkeyStore:
        """Return a store sharing the client whose keys live under ``<namespace>_<namespace>``.

        Args:
            namespace: The child namespace.

        Returns:
            The new store.
        """
        return self._child(namespace)
