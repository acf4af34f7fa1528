"""The ASGI lifespan protocol and the app's startup/shutdown sequence."""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

if TYPE_CHECKING:
    from litestar.types.asgi_types import LifeSpanReceive, LifeSpanSend

__all__ = ("AppForLifespan", "LifespanManager", "app_lifespan", "serve_lifespan")

LifespanManager: TypeAlias = (
    "Callable[[Any], AbstractAsyncContextManager[Any]] | AbstractAsyncContextManager[Any]"
)
"""An async context manager, or a factory of one taking the app."""


class AppForLifespan(Protocol):
    """What the lifespan reads from the app."""

    @property
    def event_emitter(self) -> AbstractAsyncContextManager[Any]: ...
    @property
    def logger(self) -> Any: ...
    @property
    def on_shutdown(self) -> Sequence[Callable[..., Any]]: ...
    @property
    def on_startup(self) -> Sequence[Callable[..., Any]]: ...
    def lifespan(self) -> AbstractAsyncContextManager[None]: ...


@asynccontextmanager
async def app_lifespan(
    app: AppForLifespan, managers: Sequence[LifespanManager]
) -> AsyncGenerator[None, None]:
    """Enter the event emitter and lifespan managers, then run the startup hooks.

    On exit the managers are left first and the shutdown hooks run last, as the reference
    does.
    """
    async with AsyncExitStack() as stack:
        try:
            # Reading the logger applies the logging configuration (if not done at
            # construction) before any hook runs, so records of startup hooks print.
            app.logger  # noqa: B018
            await stack.enter_async_context(app.event_emitter)
            for manager in managers:
                cm = manager if isinstance(manager, AbstractAsyncContextManager) else manager(app)
                await stack.enter_async_context(cm)
            for hook in app.on_startup:
                await _call_hook(hook, app)
        except Exception as exc:
            # Startup errors reach the server wrapped in an ExceptionGroup, as the reference's
            # (which runs startup in a task group) do: tests written against it catch that.
            if isinstance(exc, ExceptionGroup):
                raise
            raise ExceptionGroup("unhandled errors in a TaskGroup", [exc]) from None
        from litestar._memory import release_unused_memory

        release_unused_memory()
        try:
            yield
        finally:
            await stack.aclose()
            for hook in app.on_shutdown:
                await _call_hook(hook, app)


async def serve_lifespan(app: AppForLifespan, receive: LifeSpanReceive, send: LifeSpanSend) -> None:
    """Answer the ASGI ``lifespan`` scope: startup, wait for shutdown, shutdown."""
    started = False
    message = await receive()
    if message["type"] != "lifespan.startup":  # pragma: no cover - protocol violation
        return
    try:
        async with app.lifespan():
            await send({"type": "lifespan.startup.complete"})
            started = True
            await receive()
    except BaseException as exc:
        import traceback

        text = "".join(traceback.format_exception(exc))
        if started:
            await send({"type": "lifespan.shutdown.failed", "message": text})
        else:
            await send({"type": "lifespan.startup.failed", "message": text})
        raise
    await send({"type": "lifespan.shutdown.complete"})


async def _call_hook(hook: Callable[..., Any], app: AppForLifespan) -> None:
    try:
        accepts_app = len(inspect.signature(hook).parameters) > 0
    except (TypeError, ValueError):
        accepts_app = False
    result = hook(app) if accepts_app else hook()
    if inspect.isawaitable(result):
        await result
