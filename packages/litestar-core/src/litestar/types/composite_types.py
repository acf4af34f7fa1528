"""Aliases for the mappings and sequences accepted by layered configuration.

The public home of these names; each is defined next to what it names (see
``litestar.types.callable_types``), and core imports it from there.
"""

from __future__ import annotations

from litestar.datastructures.cookie import ResponseCookies
from litestar.datastructures.response_header import ResponseHeaders
from litestar.middleware.base import Middleware
from litestar.params import ParametersMap
from litestar.response._hook_types import ExceptionHandlersMap
from litestar.types._composites import Dependencies, PathType, Scopes, TypeDecodersSequence, TypeEncodersMap

__all__ = (
    "Dependencies",
    "ExceptionHandlersMap",
    "Middleware",
    "ParametersMap",
    "PathType",
    "ResponseCookies",
    "ResponseHeaders",
    "Scopes",
    "TypeDecodersSequence",
    "TypeEncodersMap",
)
