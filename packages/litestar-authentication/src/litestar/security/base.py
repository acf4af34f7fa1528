"""The base of every security config (JWT, session auth, or your own).

A config bundles an authentication middleware with what the app needs around it:
guards, dependencies, route handlers (e.g. a login route), and the OpenAPI security
scheme. Pass ``config.on_app_init`` to ``Litestar(on_app_init=[...])`` to install it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from litestar.response import Response
from litestar.security._openapi import add_security_to_openapi

if TYPE_CHECKING:
    from litestar.config.app import AppConfig
    from litestar.connection import ASGIConnection
    from litestar.enums import MediaType, OpenAPIMediaType
    from litestar.middleware.authentication import AbstractAuthenticationMiddleware
    from litestar.middleware.base import DefineMiddleware
    from litestar.types import (
        ControllerRouterHandler,
        Guard,
        Method,
        ResponseCookies,
        Scopes,
        SyncOrAsyncUnion,
        TypeEncodersMap,
    )

__all__ = ("AbstractSecurityConfig",)

UserType = TypeVar("UserType")
AuthType = TypeVar("AuthType")


def _default_exclude_http_methods() -> list[Method]:
    return ["OPTIONS", "HEAD"]


class AbstractSecurityConfig(ABC, Generic[UserType, AuthType]):
    """A security backend: its middleware plus the guards, handlers and OpenAPI it brings.

    Concrete configs are dataclasses setting the attributes below.
    """

    authentication_middleware_class: type[AbstractAuthenticationMiddleware]
    """The middleware class the config installs."""
    guards: Iterable[Guard] | None = None
    """Guards added to the app."""
    exclude: str | list[str] | None = None
    """Path patterns that skip authentication."""
    exclude_opt_key: str = "exclude_from_auth"
    """Route handler ``opt`` key that, when truthy, skips authentication."""
    exclude_http_methods: Sequence[Method] | None = field(default_factory=_default_exclude_http_methods)
    """HTTP methods that skip authentication (``OPTIONS`` and ``HEAD`` by default)."""
    scopes: Scopes | None = None
    """Scope types to authenticate; HTTP and WebSocket by default."""
    route_handlers: Iterable[ControllerRouterHandler] | None = None
    """Route handlers added to the app (e.g. login and logout)."""
    dependencies: dict[str, Any] | None = None
    """Dependencies added to the app."""
    retrieve_user_handler: Callable[[Any, ASGIConnection[Any, Any, Any, Any]], SyncOrAsyncUnion[Any | None]]
    """Loads the user for the credentials; returning ``None`` rejects the connection."""
    type_encoders: TypeEncodersMap | None = None
    """Type encoders of the responses built by :meth:`create_response`."""

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Install the config: middleware first, then guards, dependencies, handlers, OpenAPI.

        Args:
            app_config: The app's configuration.

        Returns:
            The same configuration, updated.
        """
        app_config.middleware.insert(0, self.middleware)
        openapi_config = getattr(app_config, "openapi_config", None)
        if openapi_config is not None:
            app_config.openapi_config = add_security_to_openapi(
                openapi_config, lambda: self.openapi_components, lambda: self.security_requirement
            )
        if self.guards:
            app_config.guards.extend(self.guards)
        if self.dependencies:
            app_config.dependencies.update(self.dependencies)
        if self.route_handlers:
            app_config.route_handlers.extend(self.route_handlers)
        return app_config

    def create_response(
        self,
        content: Any | None,
        status_code: int,
        media_type: MediaType | OpenAPIMediaType | str,
        headers: dict[str, Any] | None = None,
        cookies: ResponseCookies | None = None,
    ) -> Response[Any]:
        """Build a response with the config's type encoders (used by the login helpers).

        Args:
            content: The response content.
            status_code: The status code.
            media_type: The media type.
            headers: Response headers.
            cookies: Response cookies.

        Returns:
            The response.
        """
        return Response(
            content=content,
            headers=headers,
            cookies=cookies,
            media_type=media_type,
            status_code=status_code,
            type_encoders=self.type_encoders,
        )

    @property
    @abstractmethod
    def openapi_components(self) -> Any:
        """The OpenAPI ``Components`` holding the config's security scheme."""
        raise NotImplementedError

    @property
    @abstractmethod
    def security_requirement(self) -> Any:
        """The OpenAPI ``SecurityRequirement`` of the config's scheme."""
        raise NotImplementedError

    @property
    @abstractmethod
    def middleware(self) -> DefineMiddleware:
        """The middleware definition installed by :meth:`on_app_init`."""
        raise NotImplementedError
