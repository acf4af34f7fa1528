"""The JWT security configs: header, cookie and OAuth2 password bearer backends.

Each config builds its middleware once (:attr:`BaseJWTAuth.middleware`), issues tokens
(:meth:`BaseJWTAuth.create_token`) and answers logins (:meth:`BaseJWTAuth.login`).

Beyond litestar 2.17, every config accepts ``verification_keys`` (``kid`` -> key) and
``signing_key_id``: tokens are signed with ``token_secret`` and carry ``kid =
signing_key_id``; tokens are verified with the key registered for their ``kid``, so a key
can be rolled without logging everyone out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Generic, Literal

from litestar.datastructures import Cookie
from litestar.enums import MediaType
from litestar.middleware.base import DefineMiddleware
from litestar.security._openapi import openapi_spec
from litestar.security.base import AbstractSecurityConfig
from litestar.security.jwt.middleware import JWTAuthenticationMiddleware, JWTCookieAuthenticationMiddleware
from litestar.security.jwt.token import Token
from litestar.status_codes import HTTP_201_CREATED
from litestar.types.empty import Empty
from litestar.utils import ensure_async_callable
from typing_extensions import TypeVar

if TYPE_CHECKING:
    from litestar.connection import ASGIConnection
    from litestar.response import Response
    from litestar.types import (
        ControllerRouterHandler,
        Guard,
        Method,
        Scopes,
        SyncOrAsyncUnion,
        TypeEncodersMap,
    )

__all__ = ("BaseJWTAuth", "JWTAuth", "JWTCookieAuth", "OAuth2Login", "OAuth2PasswordBearerAuth")

UserType = TypeVar("UserType")
TokenT = TypeVar("TokenT", bound=Token, default=Token)

_TOKEN_PREFIX = "Bearer"


def _default_exclude_http_methods() -> list[Method]:
    return ["OPTIONS", "HEAD"]


def _one_day() -> timedelta:
    return timedelta(days=1)


def _login_cookie(
    config: JWTCookieAuth[Any, Any] | OAuth2PasswordBearerAuth[Any, Any],
    encoded_token: str,
    lifetime: timedelta,
) -> Cookie:
    """The ``HttpOnly`` cookie carrying ``Bearer <token>``, with the config's flags."""
    return Cookie(
        key=config.key,
        path=config.path,
        httponly=True,
        value=config.format_auth_header(encoded_token),
        max_age=int(lifetime.total_seconds()),
        secure=config.secure,
        samesite=config.samesite,
        domain=config.domain,
    )


@dataclass
class OAuth2Login:
    """The body of an OAuth2 password-flow login response (RFC 6749 section 5.1)."""

    access_token: str
    """The issued token."""
    token_type: str
    """The token type (``bearer``)."""
    refresh_token: str | None = None
    """A refresh token, if any."""
    expires_in: int | None = None
    """Seconds until the token expires."""


class BaseJWTAuth(AbstractSecurityConfig[UserType, TokenT], Generic[UserType, TokenT]):
    """The shared behaviour of the JWT configs: middleware, token issuing, login responses."""

    token_secret: str
    """The key tokens are signed with (an HMAC secret, or a PEM private key)."""
    retrieve_user_handler: Callable[[Any, ASGIConnection[Any, Any, Any, Any]], SyncOrAsyncUnion[Any | None]]
    """Loads the user for a decoded token; a falsy result rejects the request."""
    revoked_token_handler: (
        Callable[[Any, ASGIConnection[Any, Any, Any, Any]], SyncOrAsyncUnion[bool]] | None
    ) = field(default=None)
    """Returns ``True`` when a token is revoked (e.g. its ``jti`` is on a deny list)."""
    algorithm: str
    """The signing algorithm."""
    auth_header: str
    """The request header carrying the token."""
    default_token_expiration: timedelta
    """Lifetime of the issued tokens."""
    openapi_security_scheme_name: str
    """Name of the OpenAPI security scheme."""
    description: str
    """Description of the OpenAPI security scheme."""
    authentication_middleware_class: type[JWTAuthenticationMiddleware]
    """The middleware class."""
    token_cls: type[Token] = Token
    """The token class."""
    accepted_audiences: Sequence[str] | None = None
    """Audiences accepted when decoding; ``aud`` is checked only when set."""
    accepted_issuers: Sequence[str] | None = None
    """Issuers accepted when decoding; ``iss`` is checked only when set."""
    require_claims: Sequence[str] | None = None
    """Claims every token must carry."""
    verify_expiry: bool = True
    """Reject expired tokens."""
    verify_not_before: bool = True
    """Reject tokens used before their ``nbf`` time."""
    strict_audience: bool = False
    """Require ``aud`` to equal the single accepted audience."""
    verification_keys: Mapping[str, str] | None = None
    """Keys by ``kid`` accepted besides ``token_secret`` (key rotation)."""
    signing_key_id: str | None = None
    """The ``kid`` written to the header of the tokens signed with ``token_secret``."""

    def _prepare(self) -> None:
        """Wrap the user handlers once, at construction."""
        self.retrieve_user_handler = ensure_async_callable(self.retrieve_user_handler)

    @property
    def openapi_components(self) -> Any:
        """The OpenAPI ``Components`` with the bearer security scheme."""
        spec = openapi_spec()
        return spec.Components(
            security_schemes={
                self.openapi_security_scheme_name: spec.SecurityScheme(
                    type="http",
                    scheme=_TOKEN_PREFIX,
                    name=self.auth_header,
                    bearer_format="JWT",
                    description=self.description,
                )
            }
        )

    @property
    def security_requirement(self) -> Any:
        """The OpenAPI security requirement: ``{scheme name: []}``."""
        return {self.openapi_security_scheme_name: []}

    def _middleware_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "algorithm": self.algorithm,
            "auth_header": self.auth_header,
            "exclude": self.exclude,
            "exclude_opt_key": self.exclude_opt_key,
            "exclude_http_methods": self.exclude_http_methods,
            "retrieve_user_handler": self.retrieve_user_handler,
            "revoked_token_handler": self.revoked_token_handler,
            "scopes": self.scopes,
            "token_secret": self.token_secret,
            "token_cls": self.token_cls,
            "token_issuer": self.accepted_issuers,
            "token_audience": self.accepted_audiences,
            "require_claims": self.require_claims,
            "verify_expiry": self.verify_expiry,
            "verify_not_before": self.verify_not_before,
            "strict_audience": self.strict_audience,
        }
        if self.verification_keys:
            kwargs["verification_keys"] = self.verification_keys
        return kwargs

    @property
    def middleware(self) -> DefineMiddleware:
        """The middleware definition installed by ``on_app_init``."""
        return DefineMiddleware(self.authentication_middleware_class, **self._middleware_kwargs())

    def login(
        self,
        identifier: str,
        *,
        response_body: Any = Empty,
        response_media_type: str | MediaType = MediaType.JSON,
        response_status_code: int = HTTP_201_CREATED,
        token_expiration: timedelta | None = None,
        token_issuer: str | None = None,
        token_audience: str | None = None,
        token_unique_jwt_id: str | None = None,
        token_extras: dict[str, Any] | None = None,
        send_token_as_response_body: bool = False,
    ) -> Response[Any]:
        """Issue a token for ``identifier`` and return it in the ``Authorization`` header.

        Args:
            identifier: The token subject (``sub``), e.g. the user id.
            response_body: The response body; by default nothing, or ``{"token": ...}``
                with ``send_token_as_response_body``.
            response_media_type: The response media type.
            response_status_code: The response status code.
            token_expiration: Token lifetime; :attr:`default_token_expiration` if omitted.
            token_issuer: The ``iss`` claim.
            token_audience: The ``aud`` claim.
            token_unique_jwt_id: The ``jti`` claim.
            token_extras: Extra claims.
            send_token_as_response_body: Send ``{"token": ...}`` as the body.

        Returns:
            The response.
        """
        encoded_token = self.create_token(
            identifier=identifier,
            token_expiration=token_expiration,
            token_issuer=token_issuer,
            token_audience=token_audience,
            token_unique_jwt_id=token_unique_jwt_id,
            token_extras=token_extras,
        )
        if response_body is not Empty:
            body = response_body
        elif send_token_as_response_body:
            body = {"token": encoded_token}
        else:
            body = None
        return self.create_response(
            content=body,
            headers={self.auth_header: self.format_auth_header(encoded_token)},
            media_type=response_media_type,
            status_code=response_status_code,
        )

    def create_token(
        self,
        identifier: str,
        token_expiration: timedelta | None = None,
        token_issuer: str | None = None,
        token_audience: str | None = None,
        token_unique_jwt_id: str | None = None,
        token_extras: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> str:
        """Issue a signed token.

        Args:
            identifier: The token subject (``sub``).
            token_expiration: Token lifetime; :attr:`default_token_expiration` if omitted.
            token_issuer: The ``iss`` claim.
            token_audience: The ``aud`` claim.
            token_unique_jwt_id: The ``jti`` claim.
            token_extras: Extra claims.
            **kwargs: Values of the fields a :attr:`token_cls` subclass adds.

        Returns:
            The compact JWS.
        """
        token = self.token_cls(
            sub=identifier,
            exp=datetime.now(UTC) + (token_expiration or self.default_token_expiration),
            iss=token_issuer,
            aud=token_audience,
            jti=token_unique_jwt_id,
            extras=token_extras or {},
            **kwargs,
        )
        if self.signing_key_id is not None:
            return token.encode(self.token_secret, self.algorithm, headers={"kid": self.signing_key_id})
        return token.encode(self.token_secret, self.algorithm)

    def format_auth_header(self, encoded_token: str) -> str:
        """Return the header value for ``encoded_token``: ``Bearer <token>``.

        Args:
            encoded_token: The compact JWS.

        Returns:
            The header value.
        """
        return f"{_TOKEN_PREFIX} {encoded_token}"


@dataclass
class JWTAuth(BaseJWTAuth[UserType, TokenT], Generic[UserType, TokenT]):
    """JWT authentication with the token in a request header."""

    token_secret: str
    retrieve_user_handler: Callable[[Any, ASGIConnection[Any, Any, Any, Any]], SyncOrAsyncUnion[Any | None]]
    revoked_token_handler: (
        Callable[[Any, ASGIConnection[Any, Any, Any, Any]], SyncOrAsyncUnion[bool]] | None
    ) = None
    guards: Iterable[Guard] | None = None
    exclude: str | list[str] | None = None
    exclude_opt_key: str = "exclude_from_auth"
    exclude_http_methods: Sequence[Method] | None = field(default_factory=_default_exclude_http_methods)
    scopes: Scopes | None = None
    route_handlers: Iterable[ControllerRouterHandler] | None = None
    dependencies: dict[str, Any] | None = None
    type_encoders: TypeEncodersMap | None = None
    algorithm: str = "HS256"
    auth_header: str = "Authorization"
    default_token_expiration: timedelta = field(default_factory=_one_day)
    openapi_security_scheme_name: str = "BearerToken"
    description: str = "JWT api-key authentication and authorization."
    authentication_middleware_class: type[JWTAuthenticationMiddleware] = JWTAuthenticationMiddleware
    token_cls: type[Token] = Token
    accepted_audiences: Sequence[str] | None = None
    accepted_issuers: Sequence[str] | None = None
    require_claims: Sequence[str] | None = None
    verify_expiry: bool = True
    verify_not_before: bool = True
    strict_audience: bool = False
    verification_keys: Mapping[str, str] | None = None
    signing_key_id: str | None = None

    def __post_init__(self) -> None:
        self._prepare()


@dataclass
class JWTCookieAuth(BaseJWTAuth[UserType, TokenT], Generic[UserType, TokenT]):
    """JWT authentication with the token in a request header or a cookie."""

    token_secret: str
    retrieve_user_handler: Callable[[Any, ASGIConnection[Any, Any, Any, Any]], SyncOrAsyncUnion[Any | None]]
    revoked_token_handler: (
        Callable[[Any, ASGIConnection[Any, Any, Any, Any]], SyncOrAsyncUnion[bool]] | None
    ) = None
    guards: Iterable[Guard] | None = None
    exclude: str | list[str] | None = None
    exclude_opt_key: str = "exclude_from_auth"
    scopes: Scopes | None = None
    exclude_http_methods: Sequence[Method] | None = field(default_factory=_default_exclude_http_methods)
    route_handlers: Iterable[ControllerRouterHandler] | None = None
    dependencies: dict[str, Any] | None = None
    type_encoders: TypeEncodersMap | None = None
    algorithm: str = "HS256"
    auth_header: str = "Authorization"
    default_token_expiration: timedelta = field(default_factory=_one_day)
    openapi_security_scheme_name: str = "BearerToken"
    key: str = "token"
    """The cookie name."""
    path: str = "/"
    """The cookie path."""
    domain: str | None = None
    """The cookie domain."""
    secure: bool | None = None
    """Send the cookie over HTTPS only."""
    samesite: Literal["lax", "strict", "none"] = "lax"
    """The cookie's ``SameSite`` policy."""
    description: str = "JWT cookie-based authentication and authorization."
    authentication_middleware_class: type[JWTCookieAuthenticationMiddleware] = (
        JWTCookieAuthenticationMiddleware
    )
    token_cls: type[Token] = Token
    accepted_audiences: Sequence[str] | None = None
    accepted_issuers: Sequence[str] | None = None
    require_claims: Sequence[str] | None = None
    verify_expiry: bool = True
    verify_not_before: bool = True
    strict_audience: bool = False
    verification_keys: Mapping[str, str] | None = None
    signing_key_id: str | None = None

    def __post_init__(self) -> None:
        self._prepare()

    @property
    def openapi_components(self) -> Any:
        """The OpenAPI ``Components`` with the cookie security scheme."""
        spec = openapi_spec()
        return spec.Components(
            security_schemes={
                self.openapi_security_scheme_name: spec.SecurityScheme(
                    type="http",
                    scheme=_TOKEN_PREFIX,
                    name=self.key,
                    security_scheme_in="cookie",
                    bearer_format="JWT",
                    description=self.description,
                )
            }
        )

    @property
    def middleware(self) -> DefineMiddleware:
        """The middleware definition installed by ``on_app_init``."""
        return DefineMiddleware(
            self.authentication_middleware_class, auth_cookie_key=self.key, **self._middleware_kwargs()
        )

    def login(
        self,
        identifier: str,
        *,
        response_body: Any = Empty,
        response_media_type: str | MediaType = MediaType.JSON,
        response_status_code: int = HTTP_201_CREATED,
        token_expiration: timedelta | None = None,
        token_issuer: str | None = None,
        token_audience: str | None = None,
        token_unique_jwt_id: str | None = None,
        token_extras: dict[str, Any] | None = None,
        send_token_as_response_body: bool = False,
    ) -> Response[Any]:
        """Issue a token; return it in the ``Authorization`` header and an ``HttpOnly`` cookie.

        Args:
            identifier: The token subject (``sub``), e.g. the user id.
            response_body: The response body; by default nothing, or ``{"token": ...}``
                with ``send_token_as_response_body``.
            response_media_type: The response media type.
            response_status_code: The response status code.
            token_expiration: Token lifetime; :attr:`default_token_expiration` if omitted.
            token_issuer: The ``iss`` claim.
            token_audience: The ``aud`` claim.
            token_unique_jwt_id: The ``jti`` claim.
            token_extras: Extra claims.
            send_token_as_response_body: Send ``{"token": ...}`` as the body.

        Returns:
            The response.
        """
        lifetime = token_expiration or self.default_token_expiration
        encoded_token = self.create_token(
            identifier=identifier,
            token_expiration=lifetime,
            token_issuer=token_issuer,
            token_audience=token_audience,
            token_unique_jwt_id=token_unique_jwt_id,
            token_extras=token_extras,
        )
        if response_body is not Empty:
            body = response_body
        elif send_token_as_response_body:
            body = {"token": encoded_token}
        else:
            body = None
        return self.create_response(
            content=body,
            headers={self.auth_header: self.format_auth_header(encoded_token)},
            cookies=[_login_cookie(self, encoded_token, lifetime)],
            media_type=response_media_type,
            status_code=response_status_code,
        )


@dataclass
class OAuth2PasswordBearerAuth(BaseJWTAuth[UserType, TokenT], Generic[UserType, TokenT]):
    """OAuth2 password-flow bearer authentication: the token in a header or a cookie."""

    token_secret: str
    token_url: str
    """The URL of the login (token) endpoint, shown in the OpenAPI flow."""
    retrieve_user_handler: Callable[[Any, ASGIConnection[Any, Any, Any, Any]], SyncOrAsyncUnion[Any | None]]
    revoked_token_handler: (
        Callable[[Any, ASGIConnection[Any, Any, Any, Any]], SyncOrAsyncUnion[bool]] | None
    ) = None
    guards: Iterable[Guard] | None = None
    exclude: str | list[str] | None = None
    exclude_opt_key: str = "exclude_from_auth"
    exclude_http_methods: Sequence[Method] | None = field(default_factory=_default_exclude_http_methods)
    scopes: Scopes | None = None
    route_handlers: Iterable[ControllerRouterHandler] | None = None
    dependencies: dict[str, Any] | None = None
    type_encoders: TypeEncodersMap | None = None
    algorithm: str = "HS256"
    auth_header: str = "Authorization"
    default_token_expiration: timedelta = field(default_factory=_one_day)
    openapi_security_scheme_name: str = "BearerToken"
    oauth_scopes: dict[str, str] | None = None
    """The OAuth2 scopes offered, ``{name: description}``."""
    key: str = "token"
    """The cookie name."""
    path: str = "/"
    """The cookie path."""
    domain: str | None = None
    """The cookie domain."""
    secure: bool | None = None
    """Send the cookie over HTTPS only."""
    samesite: Literal["lax", "strict", "none"] = "lax"
    """The cookie's ``SameSite`` policy."""
    description: str = "OAUTH2 password bearer authentication and authorization."
    authentication_middleware_class: type[JWTCookieAuthenticationMiddleware] = (
        JWTCookieAuthenticationMiddleware
    )
    token_cls: type[Token] = Token
    accepted_audiences: Sequence[str] | None = None
    accepted_issuers: Sequence[str] | None = None
    require_claims: Sequence[str] | None = None
    verify_expiry: bool = True
    verify_not_before: bool = True
    strict_audience: bool = False
    verification_keys: Mapping[str, str] | None = None
    signing_key_id: str | None = None

    def __post_init__(self) -> None:
        self._prepare()

    @property
    def middleware(self) -> DefineMiddleware:
        """The middleware definition installed by ``on_app_init``."""
        return DefineMiddleware(
            self.authentication_middleware_class, auth_cookie_key=self.key, **self._middleware_kwargs()
        )

    @property
    def oauth_flow(self) -> Any:
        """The OpenAPI ``OAuthFlow`` of the password flow."""
        return openapi_spec().OAuthFlow(token_url=self.token_url, scopes=self.oauth_scopes)

    @property
    def openapi_components(self) -> Any:
        """The OpenAPI ``Components`` with the OAuth2 password security scheme."""
        spec = openapi_spec()
        return spec.Components(
            security_schemes={
                self.openapi_security_scheme_name: spec.SecurityScheme(
                    type="oauth2",
                    scheme=_TOKEN_PREFIX,
                    name=self.auth_header,
                    security_scheme_in="header",
                    flows=spec.OAuthFlows(password=self.oauth_flow),
                    bearer_format="JWT",
                    description=self.description,
                )
            }
        )

    def login(
        self,
        identifier: str,
        *,
        response_body: Any = Empty,
        response_media_type: str | MediaType = MediaType.JSON,
        response_status_code: int = HTTP_201_CREATED,
        token_expiration: timedelta | None = None,
        token_issuer: str | None = None,
        token_audience: str | None = None,
        token_unique_jwt_id: str | None = None,
        token_extras: dict[str, Any] | None = None,
        send_token_as_response_body: bool = True,
    ) -> Response[Any]:
        """Issue a token; return an OAuth2 login body, the header and an ``HttpOnly`` cookie.

        Args:
            identifier: The token subject (``sub``), e.g. the user id.
            response_body: The response body; by default an :class:`OAuth2Login`
                (with ``send_token_as_response_body``) or nothing.
            response_media_type: The response media type.
            response_status_code: The response status code.
            token_expiration: Token lifetime; :attr:`default_token_expiration` if omitted.
            token_issuer: The ``iss`` claim.
            token_audience: The ``aud`` claim.
            token_unique_jwt_id: The ``jti`` claim.
            token_extras: Extra claims.
            send_token_as_response_body: Send an :class:`OAuth2Login` as the body.

        Returns:
            The response.
        """
        lifetime = token_expiration or self.default_token_expiration
        encoded_token = self.create_token(
            identifier=identifier,
            token_expiration=lifetime,
            token_issuer=token_issuer,
            token_audience=token_audience,
            token_unique_jwt_id=token_unique_jwt_id,
            token_extras=token_extras,
        )
        if response_body is not Empty:
            body = response_body
        elif send_token_as_response_body:
            body = asdict(
                OAuth2Login(
                    access_token=encoded_token,
                    token_type="bearer",
                    expires_in=int(lifetime.total_seconds()),
                )
            )
        else:
            body = None
        return self.create_response(
            content=body,
            headers={self.auth_header: self.format_auth_header(encoded_token)},
            cookies=[_login_cookie(self, encoded_token, lifetime)],
            media_type=response_media_type,
            status_code=response_status_code,
        )
