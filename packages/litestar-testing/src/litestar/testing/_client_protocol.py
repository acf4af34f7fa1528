"""The test client as its helpers (transport, lifespan, WebSocket session) see it.

The helpers are created by the client and only call back into it; naming the client
classes for that would make the client modules and their helpers one import knot.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from anyio.from_thread import BlockingPortal

__all__ = ("ClientProtocol",)

_R = TypeVar("_R")


class ClientProtocol(Protocol):
    """What :class:`~litestar.testing.client.base.BaseTestClient` offers its helpers."""

    @property
    def app(self) -> Any:
        """The ASGI application under test."""
        ...

    @property
    def blocking_portal(self) -> BlockingPortal | None:
        """The open client's portal (``None`` outside ``with client``)."""
        ...

    def portal(self) -> AbstractContextManager[BlockingPortal]:
        """The portal running the app: the open client's, or a new one for the block."""
        ...

    def _submit(
        self, portal: BlockingPortal, func: Callable[..., Awaitable[_R]], *args: object
    ) -> Future[_R]:
        """Start ``func(*args)`` on ``portal``."""
        ...
