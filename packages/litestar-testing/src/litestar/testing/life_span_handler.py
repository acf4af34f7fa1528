"""Drive the ASGI lifespan protocol of an app under test."""

from __future__ import annotations

import asyncio
import math
import warnings
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from anyio import EndOfStream, create_memory_object_stream
from anyio.streams.stapled import StapledObjectStream

if TYPE_CHECKING:
    from concurrent.futures import Future

    from anyio.from_thread import BlockingPortal
    from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
    from litestar.testing._client_protocol import ClientProtocol
    from litestar.types import LifeSpanReceiveMessage, LifeSpanSendMessage

__all__ = ("LifeSpanHandler", "T")

T = TypeVar("T", bound="ClientProtocol")

_IMPLICIT_STARTUP = (
    "LifeSpanHandler used with implicit startup; Use LifeSpanHandler as a context manager instead. "
    "Implicit startup will be deprecated in version 3.0."
)


class LifeSpanHandler(Generic[T]):
    """Run an app's lifespan on an open client's portal.

    Use it as a context manager: entering starts the app's ``lifespan`` scope and waits
    for startup, leaving runs the shutdown. Creating the handler does nothing yet, so it
    may be built before the client is opened. Calling :meth:`wait_startup`,
    :meth:`wait_shutdown` or :meth:`receive` first starts it implicitly, with a
    ``DeprecationWarning`` (as 2.17 does). An exception raised by the app is raised again
    on the test side; an app that returns without answering is taken not to support the
    lifespan protocol.
    """

    __slots__ = (
        "_ends",
        "_error",
        "_started",
        "_startup_done",
        "client",
        "stream_receive",
        "stream_send",
        "task",
    )

    def __init__(self, client: T) -> None:
        """Prepare the message streams; nothing runs until the handler is entered or used.

        Args:
            client: The test client whose ``blocking_portal`` runs the app.
        """
        self.client = client
        to_app = create_memory_object_stream[Any](math.inf)
        from_app = create_memory_object_stream[Any](math.inf)
        self._ends: tuple[MemoryObjectSendStream[Any] | MemoryObjectReceiveStream[Any], ...] = (
            *to_app,
            *from_app,
        )
        self.stream_send: StapledObjectStream[LifeSpanReceiveMessage] = StapledObjectStream(*to_app)
        """Carries the messages the test side sends to the app."""
        self.stream_receive: StapledObjectStream[LifeSpanSendMessage] = StapledObjectStream(*from_app)
        """Carries the messages the app sends to the test side."""
        self.task: Future[None] | asyncio.Task[None]
        """The lifespan task, once started."""
        self._startup_done = False
        self._started = False
        self._error: Exception | None = None

    def __enter__(self) -> Self:
        self._ensure_setup(is_safe=True)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def _portal(self) -> BlockingPortal:
        portal = self.client.blocking_portal
        if portal is None:
            raise RuntimeError("LifeSpanHandler needs an open client: use 'with TestClient(app) as client'")
        return portal

    def _ensure_setup(self, is_safe: bool = False) -> None:
        """Start the lifespan task and wait for startup, once.

        Args:
            is_safe: ``True`` when called by the context manager; otherwise the start is
                implicit and warns.
        """
        if self._startup_done:
            return
        if not is_safe:
            warnings.warn(_IMPLICIT_STARTUP, DeprecationWarning, stacklevel=2)
        try:
            portal = self._portal
            self._startup_done = True
            self.task = portal.start_task_soon(self.lifespan)
            portal.call(self.wait_startup)
        except BaseException:
            self._close_streams()
            raise

    async def _aensure_setup(self) -> None:
        """Start implicitly from a coroutine: on its own loop, so no portal is needed."""
        if self._startup_done:
            return
        warnings.warn(_IMPLICIT_STARTUP, DeprecationWarning, stacklevel=2)
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:  # another backend, e.g. trio
            loop = None
        if loop is None:  # NOTE: another backend: only the portal can start a task.
            self.task = self._portal.start_task_soon(self.lifespan)
        else:  # The app's lifespan then runs on the caller's loop, beside its coroutines.
            self.task = loop.create_task(self.lifespan())
        self._startup_done = True
        try:
            await self._startup()
        except BaseException:
            self._close_streams()
            raise

    def close(self) -> None:
        """Run the app's shutdown if it started, then release the message streams.

        Raises:
            Exception: Whatever the app raised during shutdown.
        """
        try:
            if self._started:
                self._portal.call(self.wait_shutdown)
        finally:
            self._close_streams()

    def _close_streams(self) -> None:
        for end in self._ends:
            end.close()

    async def _next(self) -> LifeSpanSendMessage | None:
        """Return the app's next message, ``None`` once it returned; raise what it raised."""
        try:
            return await self.stream_receive.receive()
        except EndOfStream:
            pass
        # Raised outside the handler so the app's error keeps its own cause and context.
        if self._error is not None:
            raise self._error
        return None

    async def receive(self) -> LifeSpanSendMessage:
        """Receive the next message the app sent.

        Raises:
            Exception: Whatever the app raised.
            RuntimeError: If the app returned without sending another message.

        Returns:
            The message.
        """
        await self._aensure_setup()
        message = await self._next()
        if message is None:
            raise RuntimeError("The application's lifespan returned without sending a message")
        return message

    async def wait_startup(self) -> None:
        """Send ``lifespan.startup`` and wait for the app's answer (once: no-op when started).

        Raises:
            Exception: Whatever the app raised while starting.
            RuntimeError: If the app reported ``lifespan.startup.failed`` without raising,
                or answered with an unexpected message.
        """
        if not self._startup_done:
            await self._aensure_setup()
        elif not self._started:
            await self._startup()

    async def _startup(self) -> None:
        await self.stream_send.send({"type": "lifespan.startup"})
        message = await self._next()
        if message is None:  # NOTE: the app does not implement the lifespan protocol.
            return
        if message["type"] == "lifespan.startup.complete":
            self._started = True
            return
        await self._raise_failure(message, "lifespan.startup.failed")

    async def wait_shutdown(self) -> None:
        """Send ``lifespan.shutdown`` and wait for the app's answer (no-op if never started).

        A ``lifespan.shutdown.failed`` message alone is not an error (as in Litestar):
        only an exception the app raises afterwards is.

        Raises:
            Exception: Whatever the app raised while shutting down.
            RuntimeError: If the app answered with an unexpected message.
        """
        await self._aensure_setup()
        if not self._started:
            return
        self._started = False
        try:
            await self.stream_send.send({"type": "lifespan.shutdown"})
            message = await self._next()
            if message is None or message["type"] == "lifespan.shutdown.complete":
                return
            if message["type"] == "lifespan.shutdown.failed":
                await self._next()
                return
            await self._raise_failure(message, "lifespan.shutdown.failed")
        finally:
            self._close_streams()

    async def _raise_failure(self, message: LifeSpanSendMessage, failed_type: str) -> None:
        if message["type"] == failed_type:
            # NOTE: an app reports the failure and then raises: prefer its exception.
            await self._next()
            raise RuntimeError(message.get("message") or failed_type)
        expected = failed_type.removesuffix(".failed")
        raise RuntimeError(
            "Received unexpected ASGI message type. Expected "
            f"'{expected}.complete' or '{failed_type}'. Got '{message['type']}'"
        )

    async def lifespan(self) -> None:
        """Call the app with a ``lifespan`` scope, recording what it raises."""
        scope = {"type": "lifespan", "state": {}}
        try:
            await self.client.app(scope, self.stream_send.receive, self.stream_receive.send)
        except Exception as exc:  # noqa: BLE001  # NOTE: re-raised on the test side.
            self._error = exc
        finally:
            await self.stream_receive.send_stream.aclose()
