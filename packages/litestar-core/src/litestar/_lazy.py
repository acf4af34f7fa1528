"""Lazy re-exports for package ``__init__`` modules (PEP 562).

A package lists ``name -> (module, attribute)``; the attribute is imported the first
time it is looked up and then cached in the package namespace. Importing one submodule
of such a package therefore does not load all of its siblings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

__all__ = ("lazy_attributes",)


def lazy_attributes(package: str, names: Mapping[str, tuple[str, str]]) -> Callable[[str], Any]:
    """Return a module ``__getattr__`` resolving ``names`` on first access."""
    import sys

    def __getattr__(name: str) -> Any:
        target = names.get(name)
        if target is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(target[0]), target[1])
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
