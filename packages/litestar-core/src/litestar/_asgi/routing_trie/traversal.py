"""``parse_path_params``: kept for third-party packages at its 2.17 path.

litestar-mcp converts the path arguments of a tool call with it, passing the values of a
route's ``path_parameters``. Ours routes through ``litestar._routing`` and does not use it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ("parse_path_params",)


@lru_cache(1024)
def parse_path_params(
    parameter_definitions: tuple[Any, ...], path_param_values: tuple[str, ...]
) -> dict[str, Any]:
    """Convert path segment values with their parameters' parsers, pairing them in order.

    Args:
        parameter_definitions: Path parameters (``route.path_parameters`` values): each
            has a ``name`` and a ``parser`` (``None``: the value is kept as a string).
        path_param_values: The raw values, in the same order; extra ones are ignored.

    Returns:
        ``{name: value}``.

    Raises:
        ValueError: If a parser refuses its value (as the parser raises it).
    """
    return {
        definition.name: value if definition.parser is None else definition.parser(value)
        for definition, value in zip(parameter_definitions, path_param_values, strict=False)
    }
