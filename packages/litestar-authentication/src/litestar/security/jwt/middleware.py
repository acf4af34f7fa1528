"""The JWT authentication middlewares: token from a header, or from a header or a cookie.

Per request: read the header (or cookie), verify the token (:meth:`Token.decode`), load
the user with ``retrieve_user_handler``, ask ``revoked_token_handler`` (if any), and
store user and token in the scope. Every failure is a ``NotAuthorizedException``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from litestar.exceptions import NotAuthorizedException
from litestar.middleware.authentication import AbstractAuthenticationMiddleware, AuthenticationResult
from litestar.security.jwt._cache import VerifiedClaims
from litestar.security.jwt._keys import KeyRing
from litestar.security.jwt.token import Token
from litestar.utils.sync import AsyncCallable, ensure_async_callable

if TYPE_CHECKING:
    from litestar.connection import ASGIConnection
    from litestar.types import ASGIApp, Method, Scopes

__all__ = ("JWTAuthenticationMiddleware", "JWTCookieAuthenticationMiddleware")


def _uses_default_decoding(token_cls: type[Token]) -> bool:
    """Tell whether ``token_cls`` decodes exactly like :class:`Token` (so results may be cached)."""
    return all(
        getattr(getattr(token_cls, name), "__func__", None) is getattr(Token, name).__func__
        for name in ("decode", "decode_payload", "_verified_claims", "_from_claims", "_init_arguments")
    )


def _as_async(handler: Callable[..., Any]) -> Callable[..., Awaitable[Any]]:
    """Make ``handler`` awaitable once; the configs may already have wrapped it."""
    if isinstance(handler, AsyncCallable):
        return handler
    return ensure_async_callable(handler)


class JWTAuthenticationMiddleware(AbstractAuthenticationMiddleware):
    """Authenticate with a JWT sent in a header (``Authorization: Bearer <token>``)."""

    __slots__ = (
        "_cache",
        "_keys",
        "algorithm",
        "auth_header",
        "require_claims",
        "retrieve_user_handler",
        "revoked_token_handler",
        "strict_audience",
        "token_audience",
        "token_cls",
        "token_issuer",
        "token_secret",
        "verify_expiry",
        "verify_not_before",
    )

    def __init__(
        self,
        algorithm: str,
        app: ASGIApp,
        auth_header: str,
        exclude: str | list[str] | None,
        exclude_http_methods: Sequence[Method] | None,
        exclude_opt_key: str,
        retrieve_user_handler: Callable[[Token, ASGIConnection[Any, Any, Any, Any]], Awaitable[Any]],
        scopes: Scopes,
        token_secret: str,
        token_cls: type[Token] = Token,
        token_audience: Sequence[str] | None = None,
        token_issuer: Sequence[str] | None = None,
        require_claims: Sequence[str] | None = None,
        verify_expiry: bool = True,
        verify_not_before: bool = True,
        strict_audience: bool = False,
        revoked_token_handler: Callable[[Token, ASGIConnection[Any, Any, Any, Any]], Awaitable[Any]]
        | None = None,
        *,
        verification_keys: Mapping[str, str] | None = None,
    ) -> None:
        """Initialise the middleware.

        Args:
            algorithm: The JWT algorithm tokens must use.
            app: The next ASGI app in the stack.
            auth_header: The header carrying the token.
            exclude: Path patterns that skip authentication.
            exclude_http_methods: HTTP methods that skip authentication.
            exclude_opt_key: Route handler ``opt`` key that skips authentication.
            retrieve_user_handler: Loads the user for a token (sync or async).
            scopes: Scope types to authenticate.
            token_secret: The key tokens are signed with.
            token_cls: The token class (a :class:`Token` subclass).
            token_audience: Accepted audiences.
            token_issuer: Accepted issuers.
            require_claims: Claims every token must carry.
            verify_expiry: Reject expired tokens.
            verify_not_before: Reject tokens used before their ``nbf`` time.
            strict_audience: Require ``aud`` to equal the single accepted audience.
            revoked_token_handler: Returns ``True`` for a revoked token (sync or async).
            verification_keys: Extra keys by ``kid`` (key rotation).
        """
        super().__init__(
            app=app,
            exclude=exclude,
            exclude_from_auth_key=exclude_opt_key,
            exclude_http_methods=exclude_http_methods,
            scopes=scopes,
        )
        self.algorithm = algorithm
        self.auth_header = auth_header
        self.retrieve_user_handler = _as_async(retrieve_user_handler)
        self.revoked_token_handler = (
            _as_async(revoked_token_handler) if revoked_token_handler is not None else None
        )
        self.token_secret = token_secret
        self.token_cls = token_cls
        self.token_audience = token_audience
        self.token_issuer = token_issuer
        self.require_claims = require_claims
        self.verify_expiry = verify_expiry
        self.verify_not_before = verify_not_before
        self.strict_audience = strict_audience
        self._keys = KeyRing(token_secret, algorithm, verification_keys)
        self._cache = (
            VerifiedClaims(verify_expiry=verify_expiry, verify_not_before=verify_not_before)
            if _uses_default_decoding(token_cls)
            else None
        )

    async def authenticate_request(
        self, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> AuthenticationResult:
        """Authenticate with the token of the configured header.

        Args:
            connection: The connection.

        Returns:
            The user and the decoded token.

        Raises:
            NotAuthorizedException: If the header is missing or the token is not accepted.
        """
        auth_header = connection.headers.get(self.auth_header)
        if not auth_header:
            raise NotAuthorizedException("No JWT token found in request header")
        return await self.authenticate_token(auth_header.partition(" ")[-1], connection)

    async def authenticate_token(
        self, encoded_token: str, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> AuthenticationResult:
        """Verify ``encoded_token``, load its user and check it is not revoked.

        Args:
            encoded_token: The compact JWS.
            connection: The connection.

        Returns:
            The user and the decoded token.

        Raises:
            NotAuthorizedException: If the token is invalid or revoked, or has no user.
        """
        token = self._cached_token(encoded_token) if self._cache is not None else None
        if token is None:
            token = self.token_cls.decode(
                encoded_token=encoded_token,
                secret=self._keys.key_for(encoded_token),
                algorithm=self.algorithm,
                audience=self.token_audience,
                issuer=self.token_issuer,
                require_claims=self.require_claims,
                verify_exp=self.verify_expiry,
                verify_nbf=self.verify_not_before,
                strict_audience=self.strict_audience,
            )
        user = await self.retrieve_user_handler(token, connection)
        revoked_token_handler = self.revoked_token_handler
        if not user or (revoked_token_handler is not None and await revoked_token_handler(token, connection)):
            raise NotAuthorizedException()
        return AuthenticationResult(user=user, auth=token)

    def _cached_token(self, encoded_token: str) -> Token:
        """Build the token from cached claims, verifying (and caching) them on a miss.

        Only used when :attr:`token_cls` keeps the default decoding, whose result is a pure
        function of the token string and the middleware's settings.
        """
        cache = self._cache
        assert cache is not None
        token_cls = self.token_cls
        try:
            cached = cache.get(encoded_token)
            if cached is None:
                claims = token_cls._verified_claims(
                    encoded_token,
                    self._keys.key_for(encoded_token),
                    self.algorithm,
                    audience=self.token_audience,
                    issuer=self.token_issuer,
                    require_claims=self.require_claims,
                    verify_exp=self.verify_expiry,
                    verify_nbf=self.verify_not_before,
                    strict_audience=self.strict_audience,
                )
                values, extras = token_cls._init_arguments(claims)
                token = token_cls(**values, extras=dict(extras))
                cache.put(encoded_token, claims, values, extras)
                return token
            values, extras = cached
            return token_cls(**values, extras=dict(extras))
        except Exception as exc:
            raise NotAuthorizedException("Invalid token") from exc


class JWTCookieAuthenticationMiddleware(JWTAuthenticationMiddleware):
    """Authenticate with a JWT sent in a header or, failing that, in a cookie."""

    __slots__ = ("auth_cookie_key",)

    def __init__(
        self,
        algorithm: str,
        app: ASGIApp,
        auth_cookie_key: str,
        auth_header: str,
        exclude: str | list[str] | None,
        exclude_opt_key: str,
        exclude_http_methods: Sequence[Method] | None,
        retrieve_user_handler: Callable[[Token, ASGIConnection[Any, Any, Any, Any]], Awaitable[Any]],
        scopes: Scopes,
        token_secret: str,
        token_cls: type[Token] = Token,
        token_audience: Sequence[str] | None = None,
        token_issuer: Sequence[str] | None = None,
        require_claims: Sequence[str] | None = None,
        verify_expiry: bool = True,
        verify_not_before: bool = True,
        strict_audience: bool = False,
        revoked_token_handler: Callable[[Token, ASGIConnection[Any, Any, Any, Any]], Awaitable[Any]]
        | None = None,
        *,
        verification_keys: Mapping[str, str] | None = None,
    ) -> None:
        """Initialise the middleware.

        Args:
            algorithm: The JWT algorithm tokens must use.
            app: The next ASGI app in the stack.
            auth_cookie_key: The cookie carrying the token (``Bearer <token>``).
            auth_header: The header carrying the token; it wins over the cookie.
            exclude: Path patterns that skip authentication.
            exclude_opt_key: Route handler ``opt`` key that skips authentication.
            exclude_http_methods: HTTP methods that skip authentication.
            retrieve_user_handler: Loads the user for a token (sync or async).
            scopes: Scope types to authenticate.
            token_secret: The key tokens are signed with.
            token_cls: The token class (a :class:`Token` subclass).
            token_audience: Accepted audiences.
            token_issuer: Accepted issuers.
            require_claims: Claims every token must carry.
            verify_expiry: Reject expired tokens.
            verify_not_before: Reject tokens used before their ``nbf`` time.
            strict_audience: Require ``aud`` to equal the single accepted audience.
            revoked_token_handler: Returns ``True`` for a revoked token (sync or async).
            verification_keys: Extra keys by ``kid`` (key rotation).
        """
        super().__init__(
            algorithm=algorithm,
            app=app,
            auth_header=auth_header,
            exclude=exclude,
            exclude_http_methods=exclude_http_methods,
            exclude_opt_key=exclude_opt_key,
            retrieve_user_handler=retrieve_user_handler,
            scopes=scopes,
            token_secret=token_secret,
            token_cls=token_cls,
            token_audience=token_audience,
            token_issuer=token_issuer,
            require_claims=require_claims,
            verify_expiry=verify_expiry,
            verify_not_before=verify_not_before,
            strict_audience=strict_audience,
            revoked_token_handler=revoked_token_handler,
            verification_keys=verification_keys,
        )
        self.auth_cookie_key = auth_cookie_key

    async def authenticate_request(
        self, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> AuthenticationResult:
        """Authenticate with the token of the header, else of the cookie.

        Args:
            connection: The connection.

        Returns:
            The user and the decoded token.

        Raises:
            NotAuthorizedException: If neither carries a token or the token is not accepted.
        """
        auth_value = connection.headers.get(self.auth_header) or connection.cookies.get(self.auth_cookie_key)
        if not auth_value:
            raise NotAuthorizedException("No JWT token found in request header or cookies")
        return await self.authenticate_token(auth_value.partition(" ")[-1], connection)
