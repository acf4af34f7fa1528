"""Request routing: a static-path map plus a segment trie, built at startup."""

from __future__ import annotations

from litestar._routing._path import PATH_PARAM_TYPES, PathParameter, parse_path_template
from litestar._routing._table import Endpoint, Leaf, RouteTable

__all__ = ("PATH_PARAM_TYPES", "Endpoint", "Leaf", "PathParameter", "RouteTable", "parse_path_template")
