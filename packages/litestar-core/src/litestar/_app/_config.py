"""``Litestar(...)`` arguments -> the keyword arguments of ``AppConfig`` (startup only).

``Litestar.__init__`` declares its options once, in its signature; this module shapes
them for :class:`~litestar.config.app.AppConfig` (sequences into lists, mappings into
dicts), so no option is listed a second time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from litestar._discovery import default_plugins

__all__ = ("config_kwargs_from_arguments",)

_LISTS = frozenset(
    {
        "after_exception",
        "before_send",
        "guards",
        "lifespan",
        "listeners",
        "middleware",
        "on_shutdown",
        "on_startup",
        "plugins",
        "route_handlers",
        "security",
        "signature_types",
        "static_files_config",
        "tags",
    }
)
"""Options given as any sequence (or a single item) and kept as a list."""

_DICTS = frozenset({"dependencies", "exception_handlers", "opt", "parameters", "signature_namespace"})
"""Options given as any mapping (or ``None``) and kept as a dict."""


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def config_kwargs_from_arguments(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """Shape the arguments of ``Litestar.__init__`` into ``AppConfig(**kwargs)`` keywords."""
    values = dict(arguments)
    for name, value in values.items():
        if name in _LISTS:
            values[name] = _as_list(value)
        elif name in _DICTS:
            values[name] = dict(value or {})
    values["debug"] = bool(values["debug"])
    values["pdb_on_exception"] = bool(values["pdb_on_exception"])
    values["path"] = values["path"] or ""
    values["response_cookies"] = values["response_cookies"] or []
    values["response_headers"] = values["response_headers"] or []
    values["plugins"] = default_plugins(values["plugins"])
    values["experimental_features"] = list(values["experimental_features"] or [])
    if values["state"] is None:
        del values["state"]  # the config's default factory makes a fresh State
    return values
