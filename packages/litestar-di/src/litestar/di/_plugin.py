"""The entry point object core loads to compile dependency graphs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from litestar.di._graph import DependencyGraph, compile_dependencies

__all__ = ("DIPlugin",)


class DIPlugin:
    """Advertises litestar-di to core (entry point ``di`` in group ``litestar.plugins``)."""

    name = "litestar-di"

    @staticmethod
    def compile_dependencies(
        names: Iterable[str],
        providers: Mapping[str, Any],
        parse: Callable[[Callable[..., Any]], Any],
        make_check: Callable[[Any], Callable[[Any], Any] | None] | None = None,
        consumer: Mapping[str, Any] | None = None,
    ) -> DependencyGraph:
        """Compile the providers needed by ``names``: see :func:`compile_dependencies`."""
        return compile_dependencies(names, providers, parse, make_check, consumer)
