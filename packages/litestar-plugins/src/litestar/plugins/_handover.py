"""Modules whose names live in a third-party package: resolve them on first access.

The 2.17 SQLAlchemy paths (``litestar.plugins.sqlalchemy``, ``litestar.contrib.sqlalchemy.*``)
hand over to ``advanced-alchemy``. Each such module declares its names and gets a module
``__getattr__`` from :func:`handover`: a name is imported from its source the first time
it is asked for (so importing the path costs nothing until used), with the deprecation
warning 2.17 gives for the names it deprecated.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ("handover",)


def handover(
    module_name: str,
    sources: Mapping[str, str],
    *,
    deprecated: Mapping[str, tuple[str, str]] | None = None,
) -> Callable[[str], Any]:
    """Build the ``__getattr__`` of a hand-over module.

    Args:
        module_name: The module's ``__name__``.
        sources: ``{name: "package.module:attribute"}`` (or ``"package.module"`` for a module).
        deprecated: ``{name: (version, alternative import path)}`` for names that warn.

    Returns:
        The module ``__getattr__``.
    """
    deprecated = deprecated or {}
    namespace = importlib.import_module(module_name).__dict__

    def __getattr__(name: str) -> Any:
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        module_path, _, attribute = source.partition(":")
        try:
            module = importlib.import_module(module_path)
        except ImportError as exc:
            if exc.name is not None and module_path.startswith(exc.name.partition(".")[0]):
                from litestar.exceptions import MissingDependencyException

                raise MissingDependencyException("advanced_alchemy", "sqlalchemy") from exc
            raise
        value = getattr(module, attribute) if attribute else module
        if name in deprecated:
            from litestar.utils.deprecation import warn_deprecation

            version, alternative = deprecated[name]
            warn_deprecation(
                version=version,
                deprecated_name=f"{module_name}.{name}",
                kind="import",
                removal_in="3.0",
                info=f"importing {name} from {module_name!r} is deprecated, please import it from {alternative!r} instead",
            )
        else:
            namespace[name] = value
        return value

    return __getattr__
