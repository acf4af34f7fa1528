"""Find the optional litestar distributions ("pieces") through entry points.

Every distribution advertises itself with an entry point in the ``litestar.plugins``
group, named after its area (``di = "litestar.di:DIPlugin"``). Core reads the group
once, loads an entry only when the app asks for it, and turns a missing piece into a
:class:`~litestar.exceptions.MissingDependencyException` that names the distribution
to install.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from litestar.exceptions.base_exceptions import MissingDependencyException

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint
    from types import ModuleType

__all__ = (
    "ENTRY_POINT_GROUP",
    "FEATURE_AREAS",
    "MODEL_LIBRARIES",
    "PIECE_DISTRIBUTIONS",
    "default_plugins",
    "default_response_cache_config",
    "import_piece_module",
    "installed_pieces",
    "load_piece",
    "missing_piece_error",
    "require_feature",
    "require_piece",
)

ENTRY_POINT_GROUP: Final = "litestar.plugins"
"""The entry point group every piece registers in."""

PIECE_DISTRIBUTIONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "di": "litestar-di",
        "dto": "litestar-dto",
        "middleware": "litestar-middleware",
        "openapi": "litestar-openapi",
        "plugins": "litestar-plugins",
        "security": "litestar-authentication",
        "testing": "litestar-testing",
    }
)
"""Area (entry point name, ``litestar.<area>``) -> distribution that ships it.

NOTE: static on purpose; ``packages_distributions()`` is unreliable for editable installs.
"""

FEATURE_AREAS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "allowed_hosts": "middleware",
        "compression_config": "middleware",
        "cors_config": "middleware",
        "csrf_config": "middleware",
        "dependencies": "di",
        "dto": "dto",
        "openapi_config": "openapi",
        "response_cache_config": "middleware",
        "return_dto": "dto",
    }
)
"""Application/layer parameter -> the area that implements it."""


MODEL_LIBRARIES: Final = ("attr", "attrs", "pydantic")
"""Third-party model libraries integrated by the ``plugins`` piece, as 2.17 does by default."""


_FIRST_PARTY_OBJECTS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "di": "litestar.di:DIPlugin",
        "middleware": "litestar.middleware._piece:MiddlewarePiece",
        "openapi": "litestar.openapi:OpenAPIPlugin",
        "testing": "litestar.testing:TestingPlugin",
    }
)
"""Entry point values of the pieces shipped from this repository.

PERF: ``importlib.metadata`` costs ~50-100 ms to import on a small machine (it pulls
in ``email``, ``zipfile``, ``csv``...), more than the rest of the framework. For pieces
whose entry point value is known, :func:`load_piece` imports the module directly (a
piece is installed exactly when its module imports); the entry point group is read only
for other areas and by :func:`installed_pieces`.
"""


@cache
def _entry_points() -> Mapping[str, EntryPoint]:
    from importlib.metadata import entry_points

    return MappingProxyType({ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)})


def installed_pieces() -> frozenset[str]:
    """Return the areas of the installed pieces (read once, then cached).

    Returns:
        The entry point names found in the ``litestar.plugins`` group.
    """
    return frozenset(_entry_points())


def missing_piece_error(area: str, *, feature: str | None = None) -> MissingDependencyException:
    """Build the error raised when the distribution of ``area`` is not installed.

    Args:
        area: The piece's area, e.g. ``"di"``.
        feature: What the user asked for, e.g. ``"dependencies="``.

    Returns:
        The exception, with a message naming the ``pip install`` line.
    """
    distribution = PIECE_DISTRIBUTIONS.get(area, f"litestar-{area}")
    subject = f"`{feature}`" if feature else f"litestar.{area}"
    exc = MissingDependencyException(f"litestar.{area}", distribution)
    exc.detail = f"{subject} needs the {distribution} distribution: pip install {distribution}"
    exc.name = f"litestar.{area}"
    return exc


def _is_missing(exc: ImportError, module: str) -> bool:
    """Tell whether ``exc`` says that ``module`` itself (or a parent) is absent."""
    name = exc.name
    return (
        isinstance(exc, ModuleNotFoundError)
        and bool(name)
        and (name == module or module.startswith(f"{name}."))
    )


@cache
def load_piece(area: str) -> Any:
    """Load the entry point object of an installed piece (once; cached).

    Args:
        area: The piece's area, e.g. ``"di"``.

    Returns:
        The object the entry point refers to (usually the piece's plugin class).

    Raises:
        MissingDependencyException: If the piece is not installed. An ``ImportError``
            raised from inside an installed piece propagates untouched.
    """
    known = _FIRST_PARTY_OBJECTS.get(area)
    if known is not None:
        module_name, _, attribute = known.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            if _is_missing(exc, module_name):
                raise missing_piece_error(area) from exc
            raise
        return getattr(module, attribute)
    entry_point = _entry_points().get(area)
    if entry_point is None:
        raise missing_piece_error(area)
    try:
        return entry_point.load()
    except ImportError as exc:
        if _is_missing(exc, entry_point.module):
            raise missing_piece_error(area) from exc
        raise


def require_piece(area: str, *, feature: str) -> Any:
    """Load a piece on behalf of a feature, naming both when it is missing.

    Args:
        area: The piece's area, e.g. ``"di"``.
        feature: What the user asked for, e.g. ``"dependencies="``.

    Returns:
        The object the piece's entry point refers to.

    Raises:
        MissingDependencyException: If the piece is not installed.
    """
    try:
        return load_piece(area)
    except MissingDependencyException as exc:
        raise missing_piece_error(area, feature=feature) from exc.__cause__


def require_feature(parameter: str) -> Any:
    """Load the piece implementing an app/layer parameter such as ``cors_config``.

    Args:
        parameter: A key of :data:`FEATURE_AREAS`.

    Returns:
        The object the piece's entry point refers to.
    """
    return require_piece(FEATURE_AREAS[parameter], feature=f"{parameter}=")


def import_piece_module(module: str, area: str) -> ModuleType:
    """Import a module shipped by an optional piece.

    Args:
        module: Dotted module name, e.g. ``"litestar.middleware.authentication"``.
        area: The area of the piece that ships it, e.g. ``"security"``.

    Returns:
        The imported module.

    Raises:
        MissingDependencyException: If ``module`` (or a parent package) does not exist.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if _is_missing(exc, module):
            raise missing_piece_error(area, feature=module) from exc
        raise


def default_plugins(plugins: list[Any]) -> list[Any]:
    """Append the plugins 2.17 adds by default to ``plugins`` (the user's list).

    Those are the integrations of the model libraries (pydantic, attrs), found in the
    ``plugins`` piece. They are looked for only once such a library has been imported:
    no model of it can reach a handler before that, and an app that never meets one pays
    neither for the entry point scan nor for importing the library.

    Args:
        plugins: The plugins given to the app.

    Returns:
        ``plugins`` followed by the default ones the piece provides (none without it).
    """
    import sys

    if not any(name in sys.modules for name in MODEL_LIBRARIES):
        return plugins
    try:
        piece = load_piece("plugins")
    except MissingDependencyException:
        return plugins
    return [*plugins, *piece.default_plugins(plugins)]


def default_response_cache_config() -> Any:
    """The default ``AppConfig.response_cache_config``: a ``ResponseCacheConfig()``.

    ``None`` when litestar-middleware, which ships it, is not installed.
    """
    try:
        module = import_piece_module("litestar.config.response_cache", "middleware")
    except MissingDependencyException:
        return None
    return module.ResponseCacheConfig()
