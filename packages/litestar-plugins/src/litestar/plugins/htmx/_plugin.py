"""``HTMXPlugin``: make every request an ``HTMXRequest`` and the htmx types resolvable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from litestar.plugins import InitPlugin
from litestar.plugins.htmx._request import HTMXRequest
from litestar.plugins.htmx._response import (
    ClientRedirect,
    ClientRefresh,
    HTMXTemplate,
    HXLocation,
    HXStopPolling,
    PushUrl,
    ReplaceUrl,
    Reswap,
    Retarget,
    TriggerEvent,
)

if TYPE_CHECKING:
    from litestar.config.app import AppConfig

__all__ = ("HTMXConfig", "HTMXPlugin")


@dataclass
class HTMXConfig:
    """Options of :class:`HTMXPlugin`."""

    set_request_class_globally: bool = True
    """Use ``HTMXRequest`` as the app's request class (unless one is already set)."""


class HTMXPlugin(InitPlugin):
    """Set up an app for htmx."""

    def __init__(self, config: HTMXConfig | None = None) -> None:
        """Initialise the plugin.

        Args:
            config: The options; the defaults when ``None``.
        """
        self._config = config or HTMXConfig()

    @property
    def config(self) -> HTMXConfig:
        """The plugin's options."""
        return self._config

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Set the request class and add the htmx names to the signature types.

        Args:
            app_config: The app's configuration.

        Returns:
            The updated configuration.
        """
        if self._config.set_request_class_globally and app_config.request_class is None:
            app_config.request_class = HTMXRequest
        app_config.signature_types = [
            *app_config.signature_types,
            HTMXRequest,
            ClientRedirect,
            ClientRefresh,
            HTMXTemplate,
            HXLocation,
            HXStopPolling,
            PushUrl,
            ReplaceUrl,
            Reswap,
            Retarget,
            TriggerEvent,
        ]
        return app_config
