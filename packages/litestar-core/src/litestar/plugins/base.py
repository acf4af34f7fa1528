"""The plugin protocols and the registry the app dispatches them with.

A plugin is any object implementing one (or several) of these protocols:

- :class:`InitPluginProtocol`: edits the :class:`~litestar.config.app.AppConfig` at startup.
- :class:`SerializationPluginProtocol`: supplies a DTO for the types it supports.
- :class:`OpenAPISchemaPluginProtocol`: describes the types it supports in OpenAPI.
- :class:`CLIPluginProtocol`: extends the command line interface.
- :class:`DIPlugin`: tells dependency injection how to build a typed class.
- :class:`ReceiveRoutePlugin`: is shown every route the app registers.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, Union, cast, runtime_checkable

if TYPE_CHECKING:
    from inspect import Signature

    from click import Group

    from litestar.app import Litestar
    from litestar.config.app import AppConfig
    from litestar.routes.base import BaseRoute
    from litestar.types._pieces import DTOProtocol, SchemaProtocol
    from litestar.typing import FieldDefinition

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


@runtime_checkable
class InitPluginProtocol(Protocol):
    """A plugin that may change the application configuration before the app is built."""

    __slots__ = ()

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Receive the app configuration and return it, possibly modified.

        Args:
            app_config: The configuration the app is about to be built from.

        Returns:
            The configuration to use.
        """
        return app_config  # pragma: no cover


class InitPlugin(InitPluginProtocol):
    """Concrete base of init plugins; the default leaves the configuration unchanged."""

    __slots__ = ()

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Return ``app_config`` unchanged.

        Args:
            app_config: The configuration the app is about to be built from.

        Returns:
            The same configuration.
        """
        return app_config


class ReceiveRoutePlugin:
    """A plugin that is shown every route registered on the app."""

    __slots__ = ()

    def receive_route(self, route: BaseRoute) -> None:
        """Receive one route right after it is registered; does nothing by default.

        Args:
            route: The registered route.
        """


@runtime_checkable
class SerializationPluginProtocol(Protocol):
    """A plugin that supplies DTOs for the types it supports."""

    __slots__ = ()

    def supports_type(self, field_definition: FieldDefinition) -> bool:
        """Tell whether the plugin handles the annotated type.

        Args:
            field_definition: The parsed annotation.

        Returns:
            ``True`` if :meth:`create_dto_for_type` can handle it.
        """
        raise NotImplementedError  # pragma: no cover

    def create_dto_for_type(self, field_definition: FieldDefinition) -> type[DTOProtocol]:
        """Create a DTO class for the annotated type.

        Args:
            field_definition: The parsed annotation.

        Returns:
            A DTO class.
        """
        raise NotImplementedError  # pragma: no cover


class SerializationPlugin(SerializationPluginProtocol, abc.ABC):
    """Abstract base of serialization plugins."""

    @abc.abstractmethod
    def supports_type(self, field_definition: FieldDefinition) -> bool:
        """Tell whether the plugin handles the annotated type.

        Args:
            field_definition: The parsed annotation.

        Returns:
            ``True`` if :meth:`create_dto_for_type` can handle it.
        """

    @abc.abstractmethod
    def create_dto_for_type(self, field_definition: FieldDefinition) -> type[DTOProtocol]:
        """Create a DTO class for the annotated type.

        Args:
            field_definition: The parsed annotation.

        Returns:
            A DTO class.
        """


@runtime_checkable
class OpenAPISchemaPluginProtocol(Protocol):
    """A plugin that generates the OpenAPI schema of the types it supports."""

    __slots__ = ()

    @staticmethod
    def is_plugin_supported_type(value: Any) -> bool:
        """Tell whether the plugin describes ``value`` (a type).

        Args:
            value: A type.

        Returns:
            ``True`` if the plugin supports it.
        """
        raise NotImplementedError  # pragma: no cover

    def to_openapi_schema(self, field_definition: FieldDefinition, schema_creator: Any) -> SchemaProtocol:
        """Describe the annotated type as an OpenAPI schema.

        Args:
            field_definition: The parsed annotation.
            schema_creator: The schema creator of the OpenAPI piece.

        Returns:
            The schema.
        """
        raise NotImplementedError  # pragma: no cover


class OpenAPISchemaPlugin(OpenAPISchemaPluginProtocol):
    """Base of OpenAPI schema plugins with field-level defaults."""

    __slots__ = ()

    @staticmethod
    def is_plugin_supported_type(value: Any) -> bool:
        """Tell whether the plugin describes ``value``; subclasses override this.

        Args:
            value: A type.

        Returns:
            ``True`` if the plugin supports it.
        """
        raise NotImplementedError("One of either is_plugin_supported_type or is_plugin_supported_field")

    def is_plugin_supported_field(self, field_definition: FieldDefinition) -> bool:
        """Tell whether the plugin describes the annotated field.

        Args:
            field_definition: The parsed annotation.

        Returns:
            :meth:`is_plugin_supported_type` of the field's annotation.
        """
        return self.is_plugin_supported_type(field_definition.annotation)

    @staticmethod
    def is_undefined_sentinel(value: Any) -> bool:
        """Tell whether ``value`` is the library's "undefined" marker.

        Args:
            value: A default value.

        Returns:
            ``False`` unless a subclass knows such a marker.
        """
        return False

    @staticmethod
    def is_constrained_field(field_definition: FieldDefinition) -> bool:
        """Tell whether the field carries library specific constraints.

        Args:
            field_definition: The parsed annotation.

        Returns:
            ``False`` unless a subclass knows such constraints.
        """
        return False


@runtime_checkable
class CLIPluginProtocol(Protocol):
    """A plugin that extends the ``litestar`` command line interface."""

    __slots__ = ()

    def on_cli_init(self, cli: Group) -> None:
        """Receive the root click group to add commands to it.

        Args:
            cli: The root command group.
        """


class CLIPlugin(CLIPluginProtocol):
    """Base of CLI plugins; may also wrap the server's lifetime."""

    __slots__ = ()

    @contextmanager
    def server_lifespan(self, app: Litestar) -> Iterator[None]:
        """Wrap the lifetime of the server started by ``litestar run``.

        Args:
            app: The application being served.

        Yields:
            Nothing; the server runs while the context is open.
        """
        yield


class DIPlugin(abc.ABC):
    """Tells dependency injection how to build instances of the types it supports."""

    @abc.abstractmethod
    def has_typed_init(self, type_: Any) -> bool:
        """Tell whether the plugin knows the typed signature of ``type_``'s constructor.

        Args:
            type_: A type.

        Returns:
            ``True`` if :meth:`get_typed_init` supports it.
        """

    @abc.abstractmethod
    def get_typed_init(self, type_: Any) -> tuple[Signature, dict[str, Any]]:
        """Return the constructor signature of ``type_`` and its resolved type hints.

        Args:
            type_: A type accepted by :meth:`has_typed_init`.

        Returns:
            The signature and a ``{parameter name: type}`` mapping.
        """


PluginProtocol = Union[  # noqa: UP007
    CLIPlugin,
    CLIPluginProtocol,
    InitPluginProtocol,
    OpenAPISchemaPlugin,
    OpenAPISchemaPluginProtocol,
    ReceiveRoutePlugin,
    SerializationPluginProtocol,
    DIPlugin,
]
"""Any of the plugin kinds accepted by ``Litestar(plugins=...)``."""

PluginT = TypeVar("PluginT", bound=PluginProtocol)


class PluginRegistry:
    """The app's plugins, sorted by kind once, at startup."""

    __slots__ = (
        "_plugins",
        "_plugins_by_type",
        "cli",
        "di",
        "init",
        "openapi",
        "receive_route",
        "serialization",
    )

    def __init__(self, plugins: list[PluginProtocol]) -> None:
        """Sort the plugins by the protocols they implement.

        Args:
            plugins: The plugin instances; the same instance given twice is kept once.
        """
        unique = list({id(plugin): plugin for plugin in plugins}.values())
        self._plugins: tuple[PluginProtocol, ...] = tuple(unique)
        by_type: dict[type[Any], PluginProtocol] = {}
        for plugin in unique:
            by_type.setdefault(type(plugin), plugin)
        self._plugins_by_type = by_type
        self.init: tuple[InitPluginProtocol, ...] = tuple(
            p for p in unique if isinstance(p, InitPluginProtocol)
        )
        """Plugins implementing :class:`InitPluginProtocol`."""
        self.openapi: tuple[OpenAPISchemaPluginProtocol, ...] = tuple(
            p for p in unique if isinstance(p, OpenAPISchemaPluginProtocol)
        )
        """Plugins implementing :class:`OpenAPISchemaPluginProtocol`."""
        self.receive_route: tuple[ReceiveRoutePlugin, ...] = tuple(
            p for p in unique if isinstance(p, ReceiveRoutePlugin)
        )
        """:class:`ReceiveRoutePlugin` instances."""
        self.serialization: tuple[SerializationPluginProtocol, ...] = tuple(
            p for p in unique if isinstance(p, SerializationPluginProtocol)
        )
        """Plugins implementing :class:`SerializationPluginProtocol`."""
        self.cli: tuple[CLIPluginProtocol, ...] = tuple(p for p in unique if isinstance(p, CLIPluginProtocol))
        """Plugins implementing :class:`CLIPluginProtocol`."""
        self.di: tuple[DIPlugin, ...] = tuple(p for p in unique if isinstance(p, DIPlugin))
        """:class:`DIPlugin` instances."""

    def _add_builtin(self, plugin: Any) -> None:
        """List a plugin the app made itself (the OpenAPI plugin), as 2.17 lists it.

        It implements none of the plugin protocols, so no hook sees it; packages that look
        for it among ``app.plugins`` (litestar-vite) find it.
        """
        self._plugins = (*self._plugins, plugin)
        self._plugins_by_type.setdefault(type(plugin), plugin)

    def get(self, type_: type[PluginT] | str) -> PluginT:
        """Return the registered plugin of exactly this class.

        Args:
            type_: The plugin class, its name, or its ``module.QualName``.

        Returns:
            The first registered instance of that class.

        Raises:
            KeyError: If no such plugin is registered.
        """
        if isinstance(type_, str):
            for plugin_type, plugin in self._plugins_by_type.items():
                if type_ in (plugin_type.__name__, f"{plugin_type.__module__}.{plugin_type.__qualname__}"):
                    return cast("PluginT", plugin)
            name = type_
        else:
            found = self._plugins_by_type.get(type_)
            if found is not None:
                return cast("PluginT", found)
            name = type_.__name__
        raise KeyError(f"No plugin of type {name!r} registered")

    def __iter__(self) -> Iterator[PluginProtocol]:
        return iter(self._plugins)

    def __contains__(self, item: object) -> bool:
        return any(plugin is item for plugin in self._plugins)
