"""The single helper used to deprecate functions, parameters, imports..."""

from __future__ import annotations

import inspect
from functools import wraps
from typing import TYPE_CHECKING, Literal, TypeVar
from warnings import warn

from typing_extensions import ParamSpec

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ("DeprecatedKind", "deprecated", "warn_deprecation")

P = ParamSpec("P")
T = TypeVar("T")

DeprecatedKind = Literal[
    "function", "method", "classmethod", "attribute", "property", "class", "parameter", "import"
]
"""What is being deprecated."""


def warn_deprecation(
    version: str,
    deprecated_name: str,
    kind: DeprecatedKind,
    *,
    removal_in: str | None = None,
    alternative: str | None = None,
    info: str | None = None,
    pending: bool = False,
) -> None:
    """Emit a ``DeprecationWarning`` (or ``PendingDeprecationWarning``).

    Args:
        version: The version the deprecation was introduced in.
        deprecated_name: The name of the deprecated thing.
        kind: What kind of thing is deprecated.
        removal_in: The version it will be removed in; "the next major version" if omitted.
        alternative: What to use instead.
        info: Extra text appended to the message.
        pending: Emit a ``PendingDeprecationWarning`` instead.
    """
    if kind == "import":
        access = "Import of"
    elif kind in {"function", "method"}:
        access = "Call to"
    else:
        access = "Use of"
    if pending:
        parts = [f"{access} {kind} awaiting deprecation {deprecated_name!r}"]
    else:
        parts = [f"{access} deprecated {kind} {deprecated_name!r}"]
    parts.append(f"Deprecated in litestar {version}")
    parts.append(f"This {kind} will be removed in {removal_in or 'the next major version'}")
    if alternative:
        parts.append(f"Use {alternative!r} instead")
    if info:
        parts.append(info)
    warn(". ".join(parts), PendingDeprecationWarning if pending else DeprecationWarning, stacklevel=2)


def deprecated(
    version: str,
    *,
    removal_in: str | None = None,
    alternative: str | None = None,
    info: str | None = None,
    pending: bool = False,
    kind: Literal["function", "method", "classmethod", "property"] | None = None,
) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Mark a callable as deprecated: each call emits a deprecation warning.

    Args:
        version: The version the deprecation was introduced in.
        removal_in: The version it will be removed in.
        alternative: What to use instead.
        info: Extra text appended to the message.
        pending: Emit a ``PendingDeprecationWarning`` instead.
        kind: What is deprecated; "method" for callables defined in a class, else "function".

    Returns:
        A decorator.
    """

    def decorator(func: Callable[P, T]) -> Callable[P, T]:
        resolved_kind = kind or ("method" if inspect.ismethod(func) else "function")

        @wraps(func)
        def wrapped(*args: P.args, **kwargs: P.kwargs) -> T:
            warn_deprecation(
                version=version,
                deprecated_name=func.__name__,
                kind=resolved_kind,
                removal_in=removal_in,
                alternative=alternative,
                info=info,
                pending=pending,
            )
            return func(*args, **kwargs)

        return wrapped

    return decorator
