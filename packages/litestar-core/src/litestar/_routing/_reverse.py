"""Build a URL path from a handler's path templates and parameter values.

PERF: templates call ``url_for`` once per link, so each handler's path templates are
parsed once (:func:`_plans`, cached by the tuple of paths) into literal and parameter
segments; a reversal then only checks names and types and joins strings. A page links
the same few routes with the same values over and over, so results for values of
exactly ``str`` or ``int`` (whose equal values print alike; ``True == 1`` is a ``bool``,
so never looked up) are remembered, up to :data:`_MEMO_SIZE` of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from litestar._routing._path import PATH_PARAM_TYPES
from litestar.exceptions.http_exceptions import NoRouteMatchFoundException

__all__ = ("reverse_path",)

_MEMO_SIZE = 4096
_memo: dict[tuple[Any, ...], str] = {}

# A segment is a literal string, or (parameter name, type name, expected type).
_Segment = str | tuple[str, str, type]
_Plan = tuple[frozenset[str], tuple[_Segment, ...]]


@lru_cache(maxsize=4096)
def _plans(paths: tuple[str, ...]) -> tuple[_Plan, ...]:
    """Parse path templates, longest first, into the names they need and their segments."""
    plans: list[_Plan] = []
    for path in sorted(paths, key=len, reverse=True):
        segments: list[_Segment] = []
        names: set[str] = set()
        for component in path.strip("/").split("/"):
            if component.startswith("{") and component.endswith("}"):
                param_name, _, type_name = component[1:-1].partition(":")
                names.add(param_name)
                segments.append((param_name, type_name, PATH_PARAM_TYPES[type_name][0]))
            elif component:
                segments.append(component)
        plans.append((frozenset(names), tuple(segments)))
    return tuple(plans)


def reverse_path(name: str, paths: Sequence[str], path_parameters: Mapping[str, Any]) -> str:
    """Fill the longest of ``paths`` whose parameters are all given.

    Raises:
        NoRouteMatchFoundException: If no path fits the given parameters, or a value does
            not have the declared type.
    """
    for value in path_parameters.values():
        if type(value) is not str and type(value) is not int:
            return _reverse(name, tuple(paths), path_parameters)
    key = (tuple(paths), *path_parameters.items())
    path = _memo.get(key)
    if path is None:
        path = _reverse(name, key[0], path_parameters)
        if len(_memo) >= _MEMO_SIZE:
            _memo.clear()
        _memo[key] = path
    return path


def _reverse(name: str, paths: tuple[str, ...], path_parameters: Mapping[str, Any]) -> str:
    given = path_parameters.keys()
    segments = next((plan for names, plan in _plans(paths) if given >= names), None)
    if segments is None:
        raise NoRouteMatchFoundException(f"Route {name} can not be found")
    output: list[str] = []
    for segment in segments:
        if isinstance(segment, str):
            output.append(segment)
            continue
        param_name, type_name, expected = segment
        value = path_parameters[param_name]
        if type_name == "path":
            output.append(str(value).strip("/"))
        elif type_name == "str" or isinstance(value, expected):
            output.append(str(value))
        else:
            raise NoRouteMatchFoundException(
                f"Received type for path parameter {param_name} doesn't match declared type {expected}"
            )
    return "/" + "/".join(output)
