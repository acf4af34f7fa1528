"""Non-blocking stdlib logging: records go through a queue to a listener thread."""

from __future__ import annotations

import atexit
import logging
from logging.handlers import QueueHandler, QueueListener
from queue import Queue
from typing import Any

__all__ = ("LoggingQueueListener", "QueueListenerHandler")


class LoggingQueueListener(QueueListener):
    """A queue listener that starts at once and stops when the interpreter exits."""

    def __init__(
        self, queue: Queue[logging.LogRecord], *handlers: logging.Handler, respect_handler_level: bool = False
    ) -> None:
        """Start listening.

        Args:
            queue: The queue the records are put on.
            *handlers: The handlers that emit the records.
            respect_handler_level: Skip records below a handler's level.
        """
        super().__init__(queue, *handlers, respect_handler_level=respect_handler_level)
        self.start()
        atexit.register(self.stop)

    def stop(self) -> None:
        """Emit the queued records and stop the thread; later calls do nothing."""
        if self._thread is not None:
            super().stop()


def _resolve_handlers(handlers: list[Any]) -> list[logging.Handler]:
    """Turn handler names (as written in a dict config) into the configured handlers."""
    resolved: list[logging.Handler] = []
    for item in handlers:
        if isinstance(item, str):
            # NOTE: Python 3.11 has no logging.getHandlerByName; dictConfig creates
            # handlers in name order, and registers them in this weak mapping by name.
            handler = logging._handlers.get(item)  # type: ignore[attr-defined]
            if handler is None:
                raise ValueError(f"Unable to resolve the logging handler {item!r}")
            resolved.append(handler)
        else:
            resolved.append(item)
    return resolved


class QueueListenerHandler(QueueHandler):
    """A queue handler whose records are emitted by its own listener thread.

    The handler formats each record (with the formatter dict config gives it) before
    queueing it; the listener's handlers then write the already formatted message.
    """

    def __init__(self, handlers: list[Any] | None = None) -> None:
        """Create the queue and start the listener.

        Args:
            handlers: Handlers (or configured handler names) that emit the records;
                a stderr :class:`logging.StreamHandler` by default.
        """
        super().__init__(Queue(-1))
        emitters = _resolve_handlers(list(handlers)) if handlers else [logging.StreamHandler()]
        self.listener = LoggingQueueListener(self.queue, *emitters)  # type: ignore[arg-type]

    def close(self) -> None:
        """Stop the listener (emitting what is queued), then close the handler."""
        # NOTE: dictConfig and logging.shutdown close replaced handlers: without this
        # each reconfiguration would leave a listener thread behind.
        self.listener.stop()
        super().close()
