"""Warnings about questionable but legal configuration.

Each can be silenced by setting the environment variable it names to ``0``.
"""

from __future__ import annotations

import os
import warnings
from typing import TYPE_CHECKING

from litestar.exceptions.base_exceptions import LitestarWarning

if TYPE_CHECKING:
    import re

    from litestar.types._callables import AnyCallable, AnyGenerator

__all__ = (
    "warn_implicit_sync_to_thread",
    "warn_middleware_excluded_on_all_routes",
    "warn_pdb_on_exception",
    "warn_signature_namespace_override",
    "warn_sync_to_thread_with_async_callable",
    "warn_sync_to_thread_with_generator",
)


def _disabled(env_var: str) -> bool:
    return os.getenv(env_var, "1") == "0"


def warn_implicit_sync_to_thread(source: AnyCallable, stacklevel: int = 2) -> None:
    """Warn that a sync callable is used without choosing ``sync_to_thread``.

    Args:
        source: The callable.
        stacklevel: Passed to :func:`warnings.warn`.
    """
    if _disabled("LITESTAR_WARN_IMPLICIT_SYNC_TO_THREAD"):
        return
    warnings.warn(
        f"Use of a synchronous callable {source} without setting sync_to_thread is "
        "discouraged since synchronous callables can block the main thread if they "
        "perform blocking operations. If the callable is guaranteed to be non-blocking, "
        "you can set sync_to_thread=False to skip this warning, or set the environment"
        "variable LITESTAR_WARN_IMPLICIT_SYNC_TO_THREAD=0 to disable warnings of this "
        "type entirely.",
        category=LitestarWarning,
        stacklevel=stacklevel,
    )


def warn_sync_to_thread_with_async_callable(source: AnyCallable, stacklevel: int = 2) -> None:
    """Warn that ``sync_to_thread`` is set on an async callable, where it has no effect.

    Args:
        source: The callable.
        stacklevel: Passed to :func:`warnings.warn`.
    """
    if _disabled("LITESTAR_WARN_SYNC_TO_THREAD_WITH_ASYNC"):
        return
    warnings.warn(
        f"Use of an asynchronous callable {source} with sync_to_thread; sync_to_thread "
        "has no effect on async callable. You can disable this warning by setting "
        "LITESTAR_WARN_SYNC_TO_THREAD_WITH_ASYNC=0",
        category=LitestarWarning,
        stacklevel=stacklevel,
    )


def warn_sync_to_thread_with_generator(source: AnyGenerator, stacklevel: int = 2) -> None:
    """Warn that ``sync_to_thread`` is set on a generator, where it has no effect.

    Args:
        source: The generator function.
        stacklevel: Passed to :func:`warnings.warn`.
    """
    if _disabled("LITESTAR_WARN_SYNC_TO_THREAD_WITH_GENERATOR"):
        return
    warnings.warn(
        f"Use of generator {source} with sync_to_thread; sync_to_thread has no effect on "
        "generators. You can disable this warning by setting "
        "LITESTAR_WARN_SYNC_TO_THREAD_WITH_GENERATOR=0",
        category=LitestarWarning,
        stacklevel=stacklevel,
    )


def warn_pdb_on_exception(stacklevel: int = 2) -> None:
    """Warn that the debugger starts on unhandled exceptions.

    Args:
        stacklevel: Passed to :func:`warnings.warn`.
    """
    warnings.warn("Python Debugger on exception enabled", category=LitestarWarning, stacklevel=stacklevel)


def warn_signature_namespace_override(signature_key: str, stacklevel: int = 2) -> None:
    """Warn that a name of the signature namespace is redefined with a different type.

    Args:
        signature_key: The redefined name.
        stacklevel: Passed to :func:`warnings.warn`.
    """
    if _disabled("LITESTAR_WARN_SIGNATURE_NAMESPACE_OVERRIDE"):
        return
    warnings.warn(
        f"Type '{signature_key}' is already defined as a different type in the signature "
        "namespaceIf this is intentional, you can disable this warning by setting "
        "LITESTAR_WARN_SIGNATURE_NAMESPACE_OVERRIDE=0",
        category=LitestarWarning,
        stacklevel=stacklevel,
    )


def warn_middleware_excluded_on_all_routes(
    pattern: re.Pattern[str], middleware_cls: type | None = None
) -> None:
    """Warn that a middleware's exclude pattern matches every path.

    Args:
        pattern: The exclude pattern.
        middleware_cls: The middleware class, named in the message when given.
    """
    middleware_name = f" {middleware_cls.__name__!r}" if middleware_cls else ""
    warnings.warn(
        f"Middleware{middleware_name} exclude pattern {pattern.pattern!r} greedily matches all "
        "paths, effectively disabling this middleware. If this was intentional, consider "
        "removing this middleware entirely",
        category=LitestarWarning,
        stacklevel=2,
    )
