"""Event listeners: async (or sync, run in a thread) callables bound to event ids."""

from __future__ import annotations

from functools import partial
from inspect import iscoroutinefunction
from typing import TYPE_CHECKING, Any

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException

if TYPE_CHECKING:
    from litestar.types._callables import AnyCallable, AsyncAnyCallable

__all__ = ("EventListener", "listener")


def _ensure_async(fn: AnyCallable) -> AsyncAnyCallable:
    """Return ``fn`` if it is a coroutine function, else a coroutine running it in a thread."""
    if iscoroutinefunction(fn) or iscoroutinefunction(getattr(fn, "__call__", None)):  # noqa: B004
        return fn

    async def run_in_thread(*args: Any, **kwargs: Any) -> Any:
        import anyio.to_thread

        return await anyio.to_thread.run_sync(partial(fn, *args, **kwargs))

    run_in_thread.__name__ = getattr(fn, "__name__", type(fn).__name__)
    return run_in_thread


class EventListener:
    """Bind a callable to one or more event ids; use it as a decorator.

    Example:
        ``@listener("user_created")`` on ``async def send_welcome_mail(email: str)``.
    """

    __slots__ = ("event_ids", "fn", "listener_id")

    fn: AsyncAnyCallable
    """The listener, made async and wrapped so its errors are logged, not raised."""

    def __init__(self, *event_ids: str) -> None:
        """Initialise the listener.

        Args:
            *event_ids: The ids of the events this listener receives.
        """
        self.event_ids: frozenset[str] = frozenset(event_ids)

    def __call__(self, fn: AnyCallable) -> EventListener:
        """Attach the callable run when one of the events is emitted.

        Args:
            fn: A sync or async callable.

        Returns:
            This listener.

        Raises:
            ImproperlyConfiguredException: If ``fn`` is not callable.
        """
        if not callable(fn):
            raise ImproperlyConfiguredException(
                "EventListener instance should be called as a decorator on a callable"
            )
        self.fn = self.wrap_in_error_handler(_ensure_async(fn))
        return self

    @staticmethod
    def wrap_in_error_handler(fn: AsyncAnyCallable) -> AsyncAnyCallable:
        """Wrap ``fn`` so an exception it raises is logged instead of propagated.

        Args:
            fn: An async callable.

        Returns:
            An async callable that never raises :class:`Exception`.
        """
        name = getattr(fn, "__name__", type(fn).__name__)

        async def wrapped(*args: Any, **kwargs: Any) -> None:
            try:
                await fn(*args, **kwargs)
            except Exception as exc:
                import logging

                logging.getLogger(__name__).exception("Error while executing listener %s: %s", name, exc)

        return wrapped

    def __hash__(self) -> int:
        return hash(self.event_ids) ^ hash(self.fn)


listener = EventListener
"""Alias of :class:`EventListener`, for use as ``@listener("event_id")``."""
