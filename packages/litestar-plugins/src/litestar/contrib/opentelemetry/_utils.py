"""Span naming shared by the OpenTelemetry configuration and middleware."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from litestar.types import Scope

__all__ = ("get_route_details_from_scope",)


def get_route_details_from_scope(scope: Scope) -> tuple[str, dict[Any, str]]:
    """Name the span of a connection: ``"METHOD /path"`` (the path alone for WebSockets).

    Args:
        scope: The ASGI scope.

    Returns:
        The span name and its ``http.route`` attribute.
    """
    path = scope["path"].strip()
    method = str(scope.get("method") or "").strip()
    route = f"{method} {path}" if method and path else path
    return route, {"http.route": route}
