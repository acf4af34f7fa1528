"""Build a URL path from a handler's path templates and parameter values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from litestar._routing._path import PATH_PARAM_TYPES
from litestar.exceptions.http_exceptions import NoRouteMatchFoundException

__all__ = ("reverse_path",)


def reverse_path(name: str, paths: Sequence[str], path_parameters: Mapping[str, Any]) -> str:
    """Fill the longest of ``paths`` whose parameters are all given.

    Raises:
        NoRouteMatchFoundException: If no path fits the given parameters, or a value does
            not have the declared type.
    """
    candidates: list[str] = []
    for path in sorted(paths, key=len, reverse=True):
        components = [c for c in path.strip("/").split("/") if c]
        names = [c[1:-1].split(":")[0] for c in components if c.startswith("{")]
        if set(names) <= set(path_parameters):
            candidates.append(path)
    if not candidates:
        raise NoRouteMatchFoundException(f"Route {name} can not be found")
    output: list[str] = []
    for component in candidates[0].strip("/").split("/"):
        if component.startswith("{") and component.endswith("}"):
            param_name, _, type_name = component[1:-1].partition(":")
            value = path_parameters[param_name]
            expected = PATH_PARAM_TYPES[type_name][0]
            if type_name not in ("path", "str") and not isinstance(value, expected):
                raise NoRouteMatchFoundException(
                    f"Received type for path parameter {param_name} doesn't match declared type {expected}"
                )
            output.append(str(value).strip("/") if type_name == "path" else str(value))
        elif component:
            output.append(component)
    return "/" + "/".join(output)
