"""``Provide``: wrap a callable (function, class, generator) as a dependency provider."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from litestar.concurrency import sync_to_thread as run_in_thread
from litestar.exceptions import ImproperlyConfiguredException
from litestar.types.empty import Empty
from litestar.utils.warnings import (
    warn_implicit_sync_to_thread,
    warn_sync_to_thread_with_async_callable,
    warn_sync_to_thread_with_generator,
)

__all__ = ("Provide",)


def _unwrap_callable(dependency: Any) -> Any:
    if inspect.isfunction(dependency) or inspect.ismethod(dependency) or isinstance(dependency, type):
        return dependency
    call = getattr(dependency, "__call__", None)  # noqa: B004
    return call if call is not None else dependency


class Provide:
    """A dependency provider.

    Args:
        dependency: The callable producing the value: a function (sync or async), a class,
            or a (async) generator whose code after ``yield`` runs after the response.
        use_cache: Keep the first value for the lifetime of the app.
        sync_to_thread: Run a sync callable in a worker thread.
    """

    __slots__ = (
        "dependency",
        "has_async_callable",
        "has_async_generator_dependency",
        "has_sync_callable",
        "has_sync_generator_dependency",
        "parsed_fn_signature",
        "signature_model",
        "sync_to_thread",
        "use_cache",
        "value",
    )

    def __init__(
        self,
        dependency: Callable[..., Any] | type[Any],
        use_cache: bool = False,
        sync_to_thread: bool | None = None,
    ) -> None:
        if not callable(dependency):
            raise ImproperlyConfiguredException("Provider dependency must be a callable value")
        target = _unwrap_callable(dependency)
        self.dependency = dependency
        self.use_cache = use_cache
        self.value: Any = Empty
        self.has_sync_generator_dependency = inspect.isgeneratorfunction(target)
        self.has_async_generator_dependency = inspect.isasyncgenfunction(target)
        is_generator = self.has_sync_generator_dependency or self.has_async_generator_dependency
        self.has_async_callable = not isinstance(dependency, type) and inspect.iscoroutinefunction(target)
        self.has_sync_callable = not (self.has_async_callable or self.has_async_generator_dependency)
        if sync_to_thread is not None:
            if is_generator:
                warn_sync_to_thread_with_generator(dependency, stacklevel=3)  # type: ignore[arg-type]
            elif self.has_async_callable:
                warn_sync_to_thread_with_async_callable(dependency, stacklevel=3)
        elif self.has_sync_callable and not is_generator:
            warn_implicit_sync_to_thread(dependency, stacklevel=3)
        self.sync_to_thread = bool(sync_to_thread) and self.has_sync_callable and not is_generator
        self.parsed_fn_signature: Any = None
        self.signature_model: Any = None

    async def __call__(self, **kwargs: Any) -> Any:
        """Call the dependency (honouring ``use_cache`` and ``sync_to_thread``)."""
        if self.use_cache and self.value is not Empty:
            return self.value
        if self.has_async_callable:
            value = await self.dependency(**kwargs)
        elif self.sync_to_thread:
            value = await run_in_thread(self.dependency, **kwargs)
        else:
            value = self.dependency(**kwargs)
        if self.use_cache:
            self.value = value
        return value

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Provide)
            and other.dependency == self.dependency
            and other.use_cache == self.use_cache
            and other.sync_to_thread == self.sync_to_thread
        )

    def __hash__(self) -> int:
        return hash((self.dependency, self.use_cache, self.sync_to_thread))

    def __repr__(self) -> str:
        return (
            f"Provide({self.dependency!r}, use_cache={self.use_cache}, sync_to_thread={self.sync_to_thread})"
        )
