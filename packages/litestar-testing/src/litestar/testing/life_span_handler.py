"""Drive the ASGI lifespan protocol of an app under test."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from anyio import EndOfStream, create_memory_object_stream
from anyio.streams.stapled import StapledObjectStream

if TYPE_CHECKING:
    from concurrent.futures import Future

    from anyio.from_thread import BlockingPortal
    from litestar.testing._client_protocol import ClientProtocol
    from litestar.types import LifeSpanReceiveMessage, LifeSpanSendMessage

__all__ = ("LifeSpanHandler", "T")

T = TypeVar("T", bound="ClientProtocol")


class LifeSpanHandler(Generic[T]):
    """Run the app's lifespan on the client's portal: startup now, shutdown on :meth:`close`.

    Creating the handler starts the app's ``lifespan`` scope and waits for startup. An
    exception raised by the app is raised again here (so a failing ``on_startup`` hook
    fails the ``with TestClient(app)`` statement); an app that returns without answering
    is taken not to support the lifespan protocol.
    """

    __slots__ = ("_error", "_started", "client", "stream_receive", "stream_send", "task")

    def __init__(self, client: T) -> None:
        """Start the lifespan task on ``client.blocking_portal`` and wait for startup.

        Args:
            client: An open test client (its ``blocking_portal`` is set).
        """
        self.client = client
        portal = self._portal
        self.stream_send: StapledObjectStream[LifeSpanReceiveMessage] = StapledObjectStream(
            *create_memory_object_stream[Any](math.inf)
        )
        """Carries the messages the test side sends to the app."""
        self.stream_receive: StapledObjectStream[LifeSpanSendMessage] = StapledObjectStream(
            *create_memory_object_stream[Any](math.inf)
        )
        """Carries the messages the app sends to the test side."""
        self._error: Exception | None = None
        self._started = False
        self.task: Future[None] = portal.start_task_soon(self.lifespan)
        """The future of the lifespan task."""
        try:
            portal.call(self.wait_startup)
        except BaseException:
            portal.call(self._aclose)
            raise

    @property
    def _portal(self) -> BlockingPortal:
        portal = self.client.blocking_portal
        if portal is None:
            raise RuntimeError("LifeSpanHandler needs an open client: use 'with TestClient(app) as client'")
        return portal

    def close(self) -> None:
        """Run the app's shutdown (if startup completed) and release the streams.

        Raises:
            Exception: Whatever the app raised during shutdown.
        """
        portal = self._portal
        try:
            portal.call(self.wait_shutdown)
        finally:
            portal.call(self._aclose)

    async def _aclose(self) -> None:
        await self.stream_send.aclose()
        await self.stream_receive.aclose()

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
        message = await self._next()
        if message is None:
            raise RuntimeError("The application's lifespan returned without sending a message")
        return message

    async def wait_startup(self) -> None:
        """Send ``lifespan.startup`` and wait for the app's answer.

        Raises:
            Exception: Whatever the app raised while starting.
            RuntimeError: If the app reported ``lifespan.startup.failed`` without raising,
                or answered with an unexpected message.
        """
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
        if not self._started:
            return
        self._started = False
        await self.stream_send.send({"type": "lifespan.shutdown"})
        message = await self._next()
        if message is None or message["type"] == "lifespan.shutdown.complete":
            return
        if message["type"] == "lifespan.shutdown.failed":
            await self._next()
            return
        await self._raise_failure(message, "lifespan.shutdown.failed")

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
