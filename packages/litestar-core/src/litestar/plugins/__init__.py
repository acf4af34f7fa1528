from litestar._split_package import extend_path

__path__ = extend_path(__path__, __name__)

# The plugin protocols (core). Concrete integrations (pydantic, attrs, structlog, ...)
# are submodules contributed by ``litestar-plugins``.

from litestar.plugins.base import (
    CLIPlugin,
    CLIPluginProtocol,
    DIPlugin,
    InitPlugin,
    InitPluginProtocol,
    OpenAPISchemaPlugin,
    OpenAPISchemaPluginProtocol,
    PluginProtocol,
    PluginRegistry,
    ReceiveRoutePlugin,
    SerializationPlugin,
    SerializationPluginProtocol,
)

__all__ = (
    "CLIPlugin",
    "CLIPluginProtocol",
    "DIPlugin",
    "InitPlugin",
    "InitPluginProtocol",
    "OpenAPISchemaPlugin",
    "OpenAPISchemaPluginProtocol",
    "PluginProtocol",
    "PluginRegistry",
    "ReceiveRoutePlugin",
    "SerializationPlugin",
    "SerializationPluginProtocol",
)
