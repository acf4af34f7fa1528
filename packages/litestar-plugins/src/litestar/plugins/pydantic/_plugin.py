"""``PydanticPlugin``: the one plugin that switches on every pydantic integration."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.plugins import InitPlugin
from litestar.plugins.pydantic.plugins.di import PydanticDIPlugin
from litestar.plugins.pydantic.plugins.init import PydanticFieldsListType, PydanticInitPlugin
from litestar.plugins.pydantic.plugins.schema import PydanticSchemaPlugin

if TYPE_CHECKING:
    from litestar.config.app import AppConfig

__all__ = ("PydanticPlugin",)


class PydanticPlugin(InitPlugin):
    """Adds the pydantic init, schema and DI plugins to the app, configured alike."""

    __slots__ = (
        "exclude",
        "exclude_defaults",
        "exclude_none",
        "exclude_unset",
        "include",
        "prefer_alias",
        "round_trip",
        "validate_strict",
    )

    def __init__(
        self,
        exclude: PydanticFieldsListType = None,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        exclude_unset: bool = False,
        include: PydanticFieldsListType = None,
        prefer_alias: bool = False,
        validate_strict: bool = False,
        round_trip: bool = False,
    ) -> None:
        """Configure the pydantic integration.

        Args:
            exclude: Fields left out of every dump.
            exclude_defaults: Leave out fields equal to their default.
            exclude_none: Leave out fields that are ``None``.
            exclude_unset: Leave out fields that were not set.
            include: The only fields dumped.
            prefer_alias: Use field aliases on the wire and in schemas.
            validate_strict: Validate in strict mode (no coercion).
            round_trip: Dump so that the output validates back.
        """
        self.exclude = exclude
        self.exclude_defaults = exclude_defaults
        self.exclude_none = exclude_none
        self.exclude_unset = exclude_unset
        self.include = include
        self.prefer_alias = prefer_alias
        self.validate_strict = validate_strict
        self.round_trip = round_trip

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Add the pydantic plugins (replacing others of the same kind) and run the init one.

        Args:
            app_config: The configuration.

        Returns:
            The configuration.
        """
        init = PydanticInitPlugin(
            exclude=self.exclude,
            exclude_defaults=self.exclude_defaults,
            exclude_none=self.exclude_none,
            exclude_unset=self.exclude_unset,
            include=self.include,
            prefer_alias=self.prefer_alias,
            validate_strict=self.validate_strict,
            round_trip=self.round_trip,
        )
        kept: list[Any] = [
            p
            for p in app_config.plugins
            if not isinstance(p, (PydanticInitPlugin, PydanticSchemaPlugin, PydanticDIPlugin))
        ]
        app_config.plugins = [
            *kept,
            init,
            PydanticSchemaPlugin(prefer_alias=self.prefer_alias),
            PydanticDIPlugin(),
        ]
        return init.on_app_init(app_config)
