"""The routing table: static paths in a dict, parameterised paths in a segment trie.

Built once at startup. A lookup costs one dict access for a static path and one dict
access per segment otherwise, whatever the number of routes; conversion of path
parameters happens only after the method is known to be served (a failed conversion
is a 404, as a path that does not exist).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from litestar._routing._path import PathParameter
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException

__all__ = ("Endpoint", "Leaf", "RouteTable")


class Endpoint:
    """What serves one method of one path: the handler and its compiled ASGI app."""

    __slots__ = (
        "app",
        "convert_params",
        "exception_handlers",
        "handler",
        "param_converters",
        "param_names",
        "path_template",
    )

    def __init__(
        self,
        handler: Any,
        app: Any,
        params: list[PathParameter],
        exception_handlers: Mapping[Any, Any],
        path_template: str = "",
    ) -> None:
        self.handler = handler
        self.path_template = path_template
        self.app = app
        self.param_names = tuple(p.name for p in params)
        self.param_converters: tuple[Callable[[str], Any], ...] = tuple(p.convert for p in params)
        self.exception_handlers = exception_handlers
        self.convert_params: Callable[[list[str]], dict[str, Any] | None] = (
            _single_converter(params[0].name, params[0].convert)
            if len(params) == 1
            else _multi_converter(self.param_names, self.param_converters)
        )
        """Convert raw segments to typed values; ``None`` when one does not convert."""


# Converters are shared by every endpoint with the same parameter names and types
# (``{item_id:int}`` in many routes): they are the same closures, and small ones add up.
@cache
def _multi_converter(
    names: tuple[str, ...], converters: tuple[Callable[[str], Any], ...]
) -> Callable[[list[str]], dict[str, Any] | None]:
    def convert_all(raw: list[str]) -> dict[str, Any] | None:
        try:
            return {name: convert(value) for name, convert, value in zip(names, converters, raw, strict=True)}
        except Exception:  # noqa: BLE001
            return None

    return convert_all


@cache
def _single_converter(
    name: str, convert: Callable[[str], Any]
) -> Callable[[list[str]], dict[str, Any] | None]:
    def convert_one(raw: list[str]) -> dict[str, Any] | None:
        try:
            return {name: convert(raw[0])}
        except Exception:  # noqa: BLE001
            return None

    return convert_one


class Leaf:
    """The end of a path: endpoints per HTTP method, or an ASGI/WebSocket endpoint."""

    __slots__ = ("allow", "asgi", "http", "is_mount", "options_source", "path", "websocket")

    def __init__(self, path: str) -> None:
        self.path = path
        self.http: dict[str, Endpoint] = {}
        self.asgi: Endpoint | None = None
        self.websocket: Endpoint | None = None
        self.is_mount = False
        self.allow = ""
        self.options_source: Any = None
        """``(route, handler, params)`` to build the automatic OPTIONS endpoint from, on demand."""

    def finish(self) -> None:
        """Recompute derived values after endpoints were added."""
        self.allow = ", ".join(sorted(set(self.http) | ({"OPTIONS"} if self.http else set())))


class _Node:
    __slots__ = ("leaf", "mount", "param", "rest", "static")

    def __init__(self) -> None:
        self.static: dict[str, _Node] = {}
        self.param: _Node | None = None
        self.rest: Leaf | None = None
        self.leaf: Leaf | None = None
        self.mount: Leaf | None = None


class RouteTable:
    """Maps request paths to leaves."""

    __slots__ = ("_root", "has_mounts", "static")

    def __init__(self) -> None:
        self.static: dict[str, Leaf] = {}
        self._root = _Node()
        self.has_mounts = False

    def existing_leaf(self, components: list[str | PathParameter], *, mount: bool = False) -> Leaf | None:
        """Return the leaf (or mount) of a parsed path template if it exists, creating nothing."""
        node: _Node | None = self._root
        for component in components:
            if node is None:
                return None
            if isinstance(component, PathParameter):
                if component.type_name == "path":
                    return None if mount else node.rest
                node = node.param
            else:
                node = node.static.get(component)
        if node is None:
            return None
        return node.mount if mount else node.leaf

    def leaf_for(self, path: str, components: list[str | PathParameter], *, mount: bool = False) -> Leaf:
        """Return (creating it) the leaf for a parsed path template."""
        node = self._root
        for index, component in enumerate(components):
            if isinstance(component, PathParameter):
                if component.type_name == "path":
                    if index != len(components) - 1:
                        raise ImproperlyConfiguredException(f"'path' parameters must come last in {path!r}")
                    if node.rest is None:
                        node.rest = Leaf(path)
                    return node.rest
                if node.param is None:
                    node.param = _Node()
                node = node.param
            else:
                child = node.static.get(component)
                if child is None:
                    child = node.static[component] = _Node()
                node = child
        if mount:
            if node.mount is None:
                node.mount = Leaf(path)
                node.mount.is_mount = True
            self.has_mounts = True
            return node.mount
        if node.leaf is None:
            node.leaf = Leaf(path)
            if not any(isinstance(c, PathParameter) for c in components):
                self.static[path] = node.leaf
        return node.leaf

    def match(self, path: str) -> tuple[Leaf | None, list[str]]:
        """Find the leaf for a request path; the list holds raw parameter segments."""
        segments = path[1:].split("/") if path else [""]
        if len(segments) > 1 and segments[-1] == "":
            segments.pop()
        if segments == [""]:
            segments = []
        # PERF: walk greedily (static child first, else the parameter child); only a
        # dead end needs the backtracking search, which would find the same leaf first.
        node = self._root
        values: list[str] = []
        for segment in segments:
            child = node.static.get(segment)
            if child is None:
                child = node.param
                if child is None or not segment:
                    break
                values.append(segment)
            node = child
        else:
            if node.leaf is not None:
                return node.leaf, values
        values = []
        leaf = _walk(self._root, segments, 0, values)
        return leaf, values

    def match_mount(self, path: str) -> tuple[Leaf | None, str]:
        """Find the deepest mount whose prefix matches; return it and the remaining path."""
        node = self._root
        found: tuple[Leaf | None, str] = (None, "")
        segments = [s for s in path.split("/") if s]
        if node.mount is not None:
            found = (node.mount, _remainder(segments, 0))
        for index, segment in enumerate(segments):
            child = node.static.get(segment)
            if child is None:
                break
            node = child
            if node.mount is not None:
                found = (node.mount, _remainder(segments, index + 1))
        return found


def _remainder(segments: list[str], start: int) -> str:
    rest = segments[start:]
    return "/" + "/".join(rest) + "/" if rest else "/"


def _walk(node: _Node, segments: list[str], index: int, values: list[str]) -> Leaf | None:
    if index == len(segments):
        return node.leaf
    segment = segments[index]
    child = node.static.get(segment)
    if child is not None:
        found = _walk(child, segments, index + 1, values)
        if found is not None:
            return found
    if node.param is not None and segment:
        values.append(segment)
        found = _walk(node.param, segments, index + 1, values)
        if found is not None:
            return found
        values.pop()
    if node.rest is not None:
        values.append("/" + "/".join(segments[index:]))
        return node.rest
    return None
