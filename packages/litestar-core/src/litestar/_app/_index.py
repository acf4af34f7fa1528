"""The app's handler index: handler name -> its paths, for reverse routing."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias, TypedDict

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException

if TYPE_CHECKING:
    from litestar.handlers.base import BaseRouteHandler
    from litestar.routes.base import BaseRoute

__all__ = ("HandlerIndex", "HandlerIndexMap", "index_handler")


class HandlerIndex(TypedDict):
    """What :meth:`Litestar.get_handler_index_by_name` returns."""

    paths: list[str]
    handler: BaseRouteHandler
    identifier: str


HandlerIndexMap: TypeAlias = "dict[str, HandlerIndex]"


def index_handler(index: HandlerIndexMap, route: BaseRoute, handler: BaseRouteHandler) -> None:
    """Enter ``handler`` under its name (or qualified name) with the path of ``route``.

    Raises:
        ImproperlyConfiguredException: If two different handlers share an explicit name.
    """
    if handler._is_auto_options:
        return
    name = handler.name or handler.handler_id.partition("::")[0]
    entry = index.get(name)
    if entry is None:
        index[name] = {"paths": [route.path], "handler": handler, "identifier": name}
        return
    other = entry["handler"]
    if (
        other is not handler
        and handler.name
        and other.handler_id != handler.handler_id
        and other.name == handler.name
        and other._fn is not handler._fn
    ):
        raise ImproperlyConfiguredException(
            f"Handler name {handler.name!r} is used by both {other.location} and "
            f"{handler.location}: route handler names must be unique."
        )
    if route.path not in entry["paths"]:
        entry["paths"].append(route.path)
