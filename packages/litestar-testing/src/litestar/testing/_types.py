"""Aliases for annotations naming types of optional distributions.

``create_test_client`` accepts configuration objects shipped by other distributions
(litestar-middleware, litestar-openapi, litestar-dto, ...). They are not importable from
core, so their names are kept readable here as ``Any`` aliases.
"""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = (
    "AbstractDTO",
    "AllowedHostsConfig",
    "BaseBackendConfig",
    "BaseSessionBackend",
    "CORSConfig",
    "CSRFConfig",
    "CompressionConfig",
    "OpenAPIConfig",
    "ResponseCacheConfig",
    "SecurityRequirement",
    "StaticFilesConfig",
    "Store",
    "StoreRegistry",
    "TemplateConfig",
)

AbstractDTO: TypeAlias = Any
AllowedHostsConfig: TypeAlias = Any
BaseBackendConfig: TypeAlias = Any
BaseSessionBackend: TypeAlias = Any
CORSConfig: TypeAlias = Any
CSRFConfig: TypeAlias = Any
CompressionConfig: TypeAlias = Any
OpenAPIConfig: TypeAlias = Any
ResponseCacheConfig: TypeAlias = Any
SecurityRequirement: TypeAlias = Any
StaticFilesConfig: TypeAlias = Any
Store: TypeAlias = Any
StoreRegistry: TypeAlias = Any
TemplateConfig: TypeAlias = Any
