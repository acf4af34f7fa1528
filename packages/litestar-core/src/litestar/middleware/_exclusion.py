"""Decide, cheaply and per request, whether a middleware steps aside.

A middleware is bypassed when the scope type is not one it handles, when the matched
route handler opts out through ``opt[exclude_opt_key]``, or when the request path
matches one of its exclude patterns. The patterns are compiled once, at construction.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from litestar.exceptions.base_exceptions import LitestarWarning

if TYPE_CHECKING:
    from litestar.types.asgi_types import Scope

__all__ = ("compile_exclude_pattern", "should_bypass")


def compile_exclude_pattern(
    exclude: str | Collection[str] | None, middleware_name: str
) -> re.Pattern[str] | None:
    """Join the exclude patterns into one compiled alternation.

    Args:
        exclude: One pattern, several patterns, or ``None``. Anything but ``None`` is
            compiled, so an empty pattern excludes every path (and warns).
        middleware_name: Name of the middleware, used in the warning text.

    Returns:
        The compiled pattern, or ``None`` when there is nothing to exclude.
    """
    if exclude is None:
        return None
    source = exclude if isinstance(exclude, str) else "|".join(exclude)
    pattern = re.compile(source)
    if pattern.match("/"):
        warnings.warn(
            f"Middleware {middleware_name!r} exclude pattern {source!r} greedily matches all paths, "
            "effectively disabling this middleware. If this was intentional, consider removing "
            "this middleware entirely",
            category=LitestarWarning,
            stacklevel=3,
        )
    return pattern


def should_bypass(
    scope: Scope,
    scopes: Collection[str],
    exclude_opt_key: str | None,
    exclude_pattern: re.Pattern[str] | None,
) -> bool:
    """Tell whether the middleware must pass ``scope`` straight to the next app.

    Args:
        scope: The ASGI connection scope.
        scopes: The scope types the middleware handles.
        exclude_opt_key: Key of the route handler ``opt`` that disables the middleware.
        exclude_pattern: Compiled pattern of the excluded paths.

    Returns:
        ``True`` when the middleware must not run for this scope.
    """
    if scope["type"] not in scopes:
        return True
    if exclude_opt_key and _handler_opt(scope).get(exclude_opt_key):
        return True
    return exclude_pattern is not None and exclude_pattern.search(scope["path"]) is not None


def _handler_opt(scope: Scope) -> dict[str, Any]:
    opt: dict[str, Any] = scope["route_handler"].opt
    return opt
