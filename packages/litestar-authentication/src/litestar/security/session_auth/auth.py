"""The session auth config: session middleware plus session authentication, in one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from litestar.middleware.base import DefineMiddleware
from litestar.security._openapi import openapi_spec
from litestar.security.base import AbstractSecurityConfig, UserType
from litestar.security.session_auth.middleware import MiddlewareWrapper, SessionAuthMiddleware
from litestar.utils.sync import ensure_async_callable

if TYPE_CHECKING:
    from litestar.connection import ASGIConnection
    from litestar.types import (
        ControllerRouterHandler,
        Guard,
        Method,
        Scopes,
        SyncOrAsyncUnion,
        TypeEncodersMap,
    )

__all__ = ("SessionAuth",)

BaseSessionBackendT = TypeVar("BaseSessionBackendT")


def _default_exclude_http_methods() -> list[Method]:
    return ["OPTIONS", "HEAD"]


@dataclass
class SessionAuth(Generic[UserType, BaseSessionBackendT], AbstractSecurityConfig[UserType, dict[str, Any]]):
    """Session authentication: a login stores the user id in the session, later requests read it.

    Installs the session middleware of ``session_backend_config`` (cookie or server-side)
    and the authentication middleware behind it; with ``litestar-openapi`` it documents
    the ``sessionCookie`` security scheme.
    """

    session_backend_config: Any
    """The session backend config (``CookieBackendConfig`` or ``ServerSideSessionConfig``)."""
    retrieve_user_handler: Callable[[Any, ASGIConnection[Any, Any, Any, Any]], SyncOrAsyncUnion[Any | None]]
    """Loads the user for the session data; a falsy result rejects the request."""
    authentication_middleware_class: type[SessionAuthMiddleware] = field(default=SessionAuthMiddleware)
    """The authentication middleware class."""
    guards: Iterable[Guard] | None = None
    """Guards added to the app."""
    exclude: str | list[str] | None = None
    """Path patterns that skip authentication."""
    exclude_opt_key: str = "exclude_from_auth"
    """Route handler ``opt`` key that, when truthy, skips authentication."""
    exclude_http_methods: Sequence[Method] | None = field(default_factory=_default_exclude_http_methods)
    """HTTP methods that skip authentication."""
    scopes: Scopes | None = None
    """Scope types to authenticate."""
    route_handlers: Iterable[ControllerRouterHandler] | None = None
    """Route handlers added to the app."""
    dependencies: dict[str, Any] | None = None
    """Dependencies added to the app."""
    type_encoders: TypeEncodersMap | None = None
    """Type encoders of the responses built by ``create_response``."""

    def __post_init__(self) -> None:
        self.retrieve_user_handler = ensure_async_callable(self.retrieve_user_handler)

    @property
    def middleware(self) -> DefineMiddleware:
        """The middleware definition installed by ``on_app_init``: sessions plus authentication."""
        return DefineMiddleware(MiddlewareWrapper, config=self)

    @property
    def session_backend(self) -> BaseSessionBackendT:
        """A backend instance for :attr:`session_backend_config`."""
        backend: BaseSessionBackendT = self.session_backend_config._backend_class(
            config=self.session_backend_config
        )
        return backend

    @property
    def openapi_components(self) -> Any:
        """The OpenAPI ``Components`` with the ``sessionCookie`` security scheme."""
        spec = openapi_spec()
        return spec.Components(
            security_schemes={
                "sessionCookie": spec.SecurityScheme(
                    type="apiKey",
                    name=self.session_backend_config.key,
                    security_scheme_in="cookie",
                    description="Session cookie authentication.",
                )
            }
        )

    @property
    def security_requirement(self) -> Any:
        """The OpenAPI security requirement: ``{"sessionCookie": []}``."""
        return {"sessionCookie": []}
