"""Reach ``litestar-openapi`` lazily: the security configs work without it installed.

A config's ``openapi_components`` / ``security_requirement`` need the OpenAPI spec classes;
``on_app_init`` adds them to the app's OpenAPI config only when there is one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from copy import copy
from typing import Any

from litestar.exceptions import MissingDependencyException

__all__ = ("add_security_to_openapi", "openapi_spec")

_DEFAULT_TITLE = "Litestar API"
_DEFAULT_VERSION = "1.0.0"


def openapi_spec() -> Any:
    """Return the ``litestar.openapi.spec`` module.

    Raises:
        MissingDependencyException: If ``litestar-openapi`` is not installed.
    """
    try:
        return importlib.import_module("litestar.openapi.spec")
    except ImportError as exc:
        if exc.name not in {"litestar.openapi", "litestar.openapi.spec"}:
            raise
        missing = MissingDependencyException("litestar.openapi", "litestar-openapi")
        missing.detail = (
            "The OpenAPI security scheme of an authentication config needs the litestar-openapi "
            "distribution: pip install litestar-openapi"
        )
        raise missing from exc


def _materialise(openapi_config: Any) -> Any:
    """Turn core's "default OpenAPI config" marker into a real config, or ``None`` without OpenAPI."""
    if openapi_config is None or hasattr(openapi_config, "components"):
        return openapi_config
    try:
        openapi = importlib.import_module("litestar.openapi")
    except ImportError:
        return None
    config_class = getattr(openapi, "OpenAPIConfig", None)
    if config_class is None:
        return None
    return config_class(title=_DEFAULT_TITLE, version=_DEFAULT_VERSION)


def add_security_to_openapi(
    openapi_config: Any, components: Callable[[], Any], requirement: Callable[[], Any]
) -> Any:
    """Return a copy of ``openapi_config`` that also lists ``components`` and ``requirement``.

    Args:
        openapi_config: The app's OpenAPI config (or core's default marker, or ``None``).
        components: Returns the config's ``Components`` (its security scheme); called only
            when the app has an OpenAPI config.
        requirement: Returns the config's ``SecurityRequirement``.

    Returns:
        The new OpenAPI config, or the argument unchanged when the app has no OpenAPI.
    """
    config = _materialise(openapi_config)
    if config is None:
        return openapi_config
    config = copy(config)
    new_components = components()
    existing = config.components
    if isinstance(existing, list):
        config.components = [*existing, new_components]
    elif existing:
        config.components = [new_components, existing]
    else:
        config.components = [new_components]
    new_requirement = requirement()
    security = config.security
    config.security = [*security, new_requirement] if isinstance(security, list) else [new_requirement]
    return config
