"""Event emitters: run the listeners of an event in the background."""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from functools import partial
from typing import TYPE_CHECKING, Any

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

    from anyio.abc import TaskGroup

    from litestar.events.listener import EventListener

__all__ = ("BaseEventEmitterBackend", "SimpleEventEmitter")


class BaseEventEmitterBackend(AbstractAsyncContextManager["BaseEventEmitterBackend"], ABC):
    """Base of event emitters; the app enters it for the duration of its lifespan."""

    __slots__ = ("listeners",)

    listeners: defaultdict[str, set[EventListener]]
    """Event id -> the listeners registered for it."""

    def __init__(self, listeners: Sequence[EventListener]) -> None:
        """Index the listeners by event id.

        Args:
            listeners: The app's event listeners.
        """
        self.listeners = defaultdict(set)
        for event_listener in listeners:
            for event_id in event_listener.event_ids:
                self.listeners[event_id].add(event_listener)

    @abstractmethod
    def emit(self, event_id: str, *args: Any, **kwargs: Any) -> None:
        """Run the listeners of ``event_id`` in the background, without waiting.

        Args:
            event_id: The event id.
            *args: Positional arguments passed to each listener.
            **kwargs: Keyword arguments passed to each listener.
        """
        raise NotImplementedError("not implemented")


class SimpleEventEmitter(BaseEventEmitterBackend):
    """In-process emitter: each listener call is a task of a task group.

    The task group lives while the emitter is entered; leaving waits for the
    listeners still running.
    """

    __slots__ = ("_entered", "_task_group", "_thread_id", "_token")

    def __init__(self, listeners: Sequence[EventListener]) -> None:
        """Index the listeners by event id.

        Args:
            listeners: The app's event listeners.
        """
        super().__init__(listeners)
        self._task_group: TaskGroup | None = None
        self._entered = False
        self._thread_id = 0
        self._token: Any = None

    async def __aenter__(self) -> Self:
        self._entered = True
        if not self.listeners:
            # PERF: without listeners there is nothing to run; skip the task group
            # (and the import of anyio's backend it triggers) at startup.
            return self
        import anyio
        import anyio.lowlevel

        task_group = anyio.create_task_group()
        await task_group.__aenter__()
        self._task_group = task_group
        self._thread_id = threading.get_ident()
        self._token = anyio.lowlevel.current_token()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool | None:
        self._entered = False
        task_group = self._task_group
        if task_group is None:
            return None
        self._task_group = None
        return await task_group.__aexit__(exc_type, exc_value, traceback)

    def emit(self, event_id: str, *args: Any, **kwargs: Any) -> None:
        """Run the listeners of ``event_id`` in the background, without waiting.

        May be called from the event loop or from a worker thread (sync handlers).

        Args:
            event_id: The event id.
            *args: Positional arguments passed to each listener.
            **kwargs: Keyword arguments passed to each listener.

        Raises:
            RuntimeError: If the emitter is not entered (outside the app's lifespan).
            ImproperlyConfiguredException: If no listener is registered for ``event_id``.
        """
        if not self._entered:
            raise RuntimeError("Emitter not initialized")
        listeners = self.listeners.get(event_id)
        if not listeners:
            raise ImproperlyConfiguredException(f"no event listeners are registered for event ID: {event_id}")
        task_group = self._task_group
        assert task_group is not None
        if threading.get_ident() == self._thread_id:
            _start(task_group, listeners, args, kwargs)
        else:
            import anyio.from_thread

            anyio.from_thread.run_sync(_start, task_group, listeners, args, kwargs, token=self._token)


def _start(
    task_group: TaskGroup, listeners: set[EventListener], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    for event_listener in listeners:
        if kwargs:
            task_group.start_soon(partial(event_listener.fn, *args, **kwargs))  # type: ignore[arg-type]
        else:
            task_group.start_soon(event_listener.fn, *args)  # type: ignore[arg-type]
