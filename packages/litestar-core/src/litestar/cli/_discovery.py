"""Find the app the CLI works on: ``--app``, ``LITESTAR_APP`` or a canonical module.

A value ``module.path:name`` names an app instance or a factory (a callable returning
one). Without it the current directory (or ``--app-dir``) is searched for the canonical
modules ``app.py``, ``asgi.py``, ``application.py`` and ``app/__init__.py``; in the first
that exists, an attribute holding a :class:`~litestar.Litestar` instance wins (``app``
and ``application`` first), then a ``create_app`` function, then any function annotated
to return ``Litestar``.
"""

from __future__ import annotations

import importlib
import inspect
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from litestar.exceptions.base_exceptions import LitestarException

if TYPE_CHECKING:
    from litestar.app import Litestar

__all__ = ("AppDiscoveryError", "LoadedApp", "discover_app", "load_app")

AUTODISCOVERY_MODULES = ("app", "asgi", "application")
"""Module names tried in the app directory, in this order."""

_PREFERRED_NAMES = ("app", "application")


class AppDiscoveryError(LitestarException):
    """No app was found where the options or the canonical modules point."""


@dataclass
class LoadedApp:
    """The app found, and how a server process can import it again."""

    app: Litestar
    """The app instance (created, if ``import_path`` names a factory)."""
    import_path: str
    """``module:name`` of the instance or factory."""
    is_factory: bool
    """Whether ``import_path`` names a factory."""


def _is_litestar(value: Any) -> bool:
    from litestar.app import Litestar

    return isinstance(value, Litestar)


def _returns_litestar(value: Any) -> bool:
    if not inspect.isfunction(value):
        return False
    annotation = inspect.signature(value, eval_str=False).return_annotation
    if isinstance(annotation, str):
        return annotation.rsplit(".", 1)[-1] == "Litestar"
    return getattr(annotation, "__name__", None) == "Litestar"


def _add_to_path(app_dir: Path) -> None:
    path = str(app_dir)
    if path not in sys.path:
        sys.path.insert(0, path)


def load_app(import_path: str, app_dir: Path) -> LoadedApp:
    """Load the app named by ``module:name`` (an instance or a factory).

    Args:
        import_path: ``module.path:name``; ``module.path`` alone is searched like a
            canonical module.
        app_dir: The directory put on ``sys.path`` first.

    Returns:
        The app.

    Raises:
        AppDiscoveryError: If the module or the name does not exist.
    """
    _add_to_path(app_dir)
    module_name, _, name = import_path.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            raise AppDiscoveryError(
                f"Invalid argument passed --app {import_path!r}: Module not found"
            ) from exc
        raise
    if not name:
        found = _find_in_module(module)
        if found is None:
            raise AppDiscoveryError(f"Could not find Litestar instance or factory in module {module_name!r}")
        return found
    try:
        value = getattr(module, name)
    except AttributeError as exc:
        raise AppDiscoveryError(
            f"Invalid argument passed --app {import_path!r}: module {module_name!r} has no attribute {name!r}"
        ) from exc
    if _is_litestar(value):
        return LoadedApp(app=value, import_path=import_path, is_factory=False)
    if callable(value):
        app = value()
        if _is_litestar(app):
            return LoadedApp(app=app, import_path=import_path, is_factory=True)
    raise AppDiscoveryError(f"{import_path!r} is neither a Litestar instance nor a factory returning one")


def _find_in_module(module: Any) -> LoadedApp | None:
    module_name = module.__name__
    names = [*_PREFERRED_NAMES, *(n for n in vars(module) if n not in _PREFERRED_NAMES)]
    for name in names:
        if _is_litestar(getattr(module, name, None)):
            return LoadedApp(app=getattr(module, name), import_path=f"{module_name}:{name}", is_factory=False)
    factory = getattr(module, "create_app", None)
    candidates = [("create_app", factory)] if callable(factory) else []
    candidates += [(n, v) for n, v in vars(module).items() if n != "create_app" and _returns_litestar(v)]
    for name, candidate in candidates:
        app = candidate()
        if _is_litestar(app):
            return LoadedApp(app=app, import_path=f"{module_name}:{name}", is_factory=True)
    return None


def discover_app(app_path: str | None, app_dir: Path | None) -> LoadedApp:
    """Find the app: explicit path, then ``LITESTAR_APP``, then the canonical modules.

    Args:
        app_path: The ``--app`` value.
        app_dir: The ``--app-dir`` value (default: the current directory).

    Returns:
        The app.

    Raises:
        AppDiscoveryError: If no app is found.
    """
    directory = (app_dir or Path.cwd()).resolve()
    explicit = app_path or os.environ.get("LITESTAR_APP")
    if explicit:
        return load_app(explicit, directory)
    _add_to_path(directory)
    for name in AUTODISCOVERY_MODULES:
        if (directory / f"{name}.py").is_file() or (directory / name / "__init__.py").is_file():
            found = _find_in_module(importlib.import_module(name))
            if found is not None:
                return found
    raise AppDiscoveryError("Could not find Litestar instance or factory")
