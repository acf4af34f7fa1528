"""Internal aliases: route handler kinds, layer inputs, reserved parameter names.

The public home of these names; each is defined next to what it names (see
``litestar.types.callable_types``), and core imports it from there.
"""

from __future__ import annotations

from litestar.handlers._types import RouteHandlerMapItem, RouteHandlerType
from litestar.router import ControllerRouterHandler
from litestar.types._internal import PathParameterDefinition, ReservedKwargs

__all__ = (
    "ControllerRouterHandler",
    "PathParameterDefinition",
    "ReservedKwargs",
    "RouteHandlerMapItem",
    "RouteHandlerType",
)
