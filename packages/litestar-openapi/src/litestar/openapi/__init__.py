"""OpenAPI 3.1 for litestar: the document of every app, served with its documentation pages.

Names are imported on first access (PEP 562), so constructing an app with the default
configuration loads the plugin and the configuration, not the schema generator or the
whole spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar.openapi._lazy import lazy_names

if TYPE_CHECKING:
    from litestar.openapi._plugin import OpenAPIPlugin
    from litestar.openapi.config import OpenAPIConfig
    from litestar.openapi.controller import OpenAPIController
    from litestar.openapi.datastructures import ResponseSpec

__all__ = ("OpenAPIConfig", "OpenAPIController", "OpenAPIPlugin", "ResponseSpec")

_LAZY: dict[str, tuple[str, str]] = {
    "OpenAPIConfig": ("litestar.openapi.config", "OpenAPIConfig"),
    "OpenAPIController": ("litestar.openapi.controller", "OpenAPIController"),
    "OpenAPIPlugin": ("litestar.openapi._plugin", "OpenAPIPlugin"),
    "ResponseSpec": ("litestar.openapi.datastructures", "ResponseSpec"),
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, __all__)
