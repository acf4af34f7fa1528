"""Names of a package imported on first access (PEP 562), for this distribution's packages.

An app with the default configuration touches only a few OpenAPI names until its
document is generated; importing each on first use keeps the rest (the schema generator,
most of the spec) off start-up.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

__all__ = ("lazy_names",)


def lazy_names(
    package: str, names: Mapping[str, tuple[str, str]], public: tuple[str, ...]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The module ``__getattr__`` and ``__dir__`` of ``package``.

    Args:
        package: The package's ``__name__``.
        names: ``name -> (module, attribute)``: where each name lives.
        public: The package's ``__all__``, listed by ``dir()`` before first access.

    Returns:
        ``(__getattr__, __dir__)``; a resolved name is stored in the package, so each is
        looked up once.
    """

    def __getattr__(name: str) -> Any:
        target = names.get(name)
        if target is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(target[0]), target[1])
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *public})

    return __getattr__, __dir__
