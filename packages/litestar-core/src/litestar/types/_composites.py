"""Composite aliases that name only bottom-floor types (the home core imports them from).

See ``litestar.types._callables``: ``litestar.types.composite_types`` is the public
module and re-exports these together with the aliases that live beside higher classes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from os import PathLike
    from pathlib import Path
    from typing import Literal

    from litestar.enums import ScopeType
    from litestar.types._callables import AnyCallable
    from litestar.types._pieces import ProvideProtocol

__all__ = ("Dependencies", "PathType", "Scopes", "TypeDecodersSequence", "TypeEncodersMap")

Dependencies: TypeAlias = "Mapping[str, ProvideProtocol | AnyCallable]"
PathType: TypeAlias = "Path | PathLike[str] | str"
Scopes: TypeAlias = "set[Literal[ScopeType.HTTP, ScopeType.WEBSOCKET]]"
TypeDecodersSequence: TypeAlias = "Sequence[tuple[Callable[[Any], bool], Callable[[Any, Any], Any]]]"
"""``(predicate(target_type), decoder(target_type, value))`` pairs used when decoding."""
TypeEncodersMap: TypeAlias = "Mapping[Any, Callable[[Any], Any]]"
"""``{type: encoder(value)}`` entries used when encoding."""
