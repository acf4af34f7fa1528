"""Flash messages: messages stored in the session by one request, shown by the next.

``flash(request, message, category)`` appends to the session; templates call
``get_flashes()`` to read (and clear) them. The plugin checks at startup that the app has
a session middleware and registers ``get_flashes`` with the template engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from litestar.exceptions import ImproperlyConfiguredException
from litestar.plugins import InitPlugin

if TYPE_CHECKING:
    from collections.abc import Mapping

    from litestar.config.app import AppConfig
    from litestar.connection import ASGIConnection
    from litestar.template import TemplateConfig

__all__ = ("FlashConfig", "FlashPlugin", "flash", "get_flashes")

_SESSION_KEY = "_messages"


def _is_session_middleware(middleware: Any) -> bool:
    """Recognise a session middleware by its base class, wherever it comes from.

    The session middleware ships with another distribution, so it is recognised by the
    name of its base class (``SessionMiddleware``) rather than imported.
    """
    target = getattr(middleware, "middleware", middleware)
    return any(cls.__name__ == "SessionMiddleware" for cls in getattr(target, "__mro__", ()))


@dataclass
class FlashConfig:
    """Options of :class:`FlashPlugin`."""

    template_config: TemplateConfig[Any]
    """The template configuration whose engine gets the ``get_flashes`` callable."""


class FlashPlugin(InitPlugin):
    """Register ``get_flashes`` with the template engine; require a session middleware."""

    def __init__(self, config: FlashConfig) -> None:
        """Initialise the plugin.

        Args:
            config: The options.
        """
        self.config = config

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Check for a session middleware and register ``get_flashes``.

        Args:
            app_config: The app's configuration.

        Returns:
            The configuration, unchanged.

        Raises:
            ImproperlyConfiguredException: If the app has no session middleware.
        """
        if not any(_is_session_middleware(middleware) for middleware in app_config.middleware):
            raise ImproperlyConfiguredException("Flash messages require a session middleware.")
        engine = self.config.template_config.engine_instance
        engine.register_template_callable("get_flashes", get_flashes)
        return app_config


def flash(request: ASGIConnection[Any, Any, Any, Any], message: Any, category: str) -> None:
    """Store a message in the session, for the next rendered page.

    Args:
        request: The current request (its session is used).
        message: The message (any value the session can store).
        category: A label such as ``"info"`` or ``"error"``.
    """
    request.session.setdefault(_SESSION_KEY, []).append({"message": message, "category": category})


def get_flashes(context: Mapping[str, Any]) -> Any:
    """Return the stored messages and remove them from the session (a template callable).

    Args:
        context: The template context (holds the request), or MiniJinja's render state.

    Returns:
        The messages, as ``{"message", "category"}`` mappings, oldest first.
    """
    lookup = getattr(context, "lookup", None)
    request = lookup("request") if lookup is not None else context["request"]
    return request.session.pop(_SESSION_KEY, [])
