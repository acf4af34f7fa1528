"""Aliases for the mappings and sequences accepted by layered configuration."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, MutableMapping
    from os import PathLike
    from pathlib import Path
    from typing import Literal

    from litestar.datastructures.cookie import Cookie
    from litestar.datastructures.response_header import ResponseHeader
    from litestar.enums import ScopeType
    from litestar.middleware.base import DefineMiddleware, MiddlewareProtocol
    from litestar.params import ParameterKwarg
    from litestar.types._pieces import ProvideProtocol
    from litestar.types.asgi_types import ASGIApp
    from litestar.types.callable_types import AnyCallable, ExceptionHandler

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

Dependencies: TypeAlias = "Mapping[str, ProvideProtocol | AnyCallable]"
ExceptionHandlersMap: TypeAlias = "MutableMapping[int | type[Exception], ExceptionHandler[Any]]"
Middleware: TypeAlias = (
    "Callable[..., ASGIApp] | DefineMiddleware | Iterator[tuple[ASGIApp, dict[str, Any]]] | "
    "type[MiddlewareProtocol]"
)
ParametersMap: TypeAlias = "Mapping[str, ParameterKwarg]"
PathType: TypeAlias = "Path | PathLike[str] | str"
ResponseCookies: TypeAlias = "Sequence[Cookie] | Mapping[str, str]"
ResponseHeaders: TypeAlias = "Sequence[ResponseHeader] | Mapping[str, str]"
Scopes: TypeAlias = "set[Literal[ScopeType.HTTP, ScopeType.WEBSOCKET]]"
TypeDecodersSequence: TypeAlias = "Sequence[tuple[Callable[[Any], bool], Callable[[Any, Any], Any]]]"
"""``(predicate(target_type), decoder(target_type, value))`` pairs used when decoding."""
TypeEncodersMap: TypeAlias = "Mapping[Any, Callable[[Any], Any]]"
"""``{type: encoder(value)}`` entries used when encoding."""
