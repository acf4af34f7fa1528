"""``CSRFMiddleware``: the double-submit cookie check.

Tokens are ``<64 hex random><64 hex HMAC-SHA256 of it>``: a token the server did not
sign is rejected even if cookie and header agree. The token of a request is kept in
the connection's ``ScopeState.csrf_token`` for templates (``csrf_token()``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING, Any

from litestar.connection import Request
from litestar.datastructures import Cookie
from litestar.enums import RequestEncodingType, ScopeType
from litestar.exceptions import PermissionDeniedException
from litestar.middleware._message import editable_start
from litestar.middleware.base import AbstractMiddleware
from litestar.utils.scope.state import ScopeState

if TYPE_CHECKING:
    from litestar.config.csrf import CSRFConfig
    from litestar.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ("CSRFMiddleware",)

CSRF_SECRET_BYTES = 32
CSRF_SECRET_LENGTH = CSRF_SECRET_BYTES * 2
_FORM_TYPES = (RequestEncodingType.URL_ENCODED.value, RequestEncodingType.MULTI_PART.value)


class CSRFMiddleware(AbstractMiddleware):
    """Check the CSRF token of unsafe requests; hand out a token with safe ones."""

    scopes = {ScopeType.HTTP}  # noqa: RUF012

    def __init__(self, app: ASGIApp, config: CSRFConfig) -> None:
        """Initialise the middleware.

        Args:
            app: The next ASGI app.
            config: The CSRF configuration.
        """
        super().__init__(
            app=app, exclude=config.exclude, exclude_opt_key=config.exclude_from_csrf_key, scopes=self.scopes
        )
        self.config = config
        self._secret = config.secret.encode("utf-8")
        self._safe_methods = frozenset(config.safe_methods)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass safe requests (adding a token cookie), verify the others."""
        request: Request[Any, Any, Any] = Request(scope=scope, receive=receive)
        config = self.config
        cookie_token = request.cookies.get(config.cookie_name)
        existing = self._verified(cookie_token)
        if request.method in self._safe_methods:
            # A request carrying any token cookie keeps it: a new cookie is set only when there is none.
            token = cookie_token or self._generate_token()
            ScopeState.from_scope(scope).csrf_token = token
            await self.app(
                scope, receive, self.create_send_wrapper(send, token, None if cookie_token else token)
            )
            return
        submitted = request.headers.get(config.header_name)
        if not submitted and request.headers.get("content-type", "").split(";")[0].strip() in _FORM_TYPES:
            form = await request.form()
            value = form.get("_csrf_token")
            submitted = value if isinstance(value, str) else None
        if existing is None or not submitted or not hmac.compare_digest(submitted, cookie_token or ""):
            raise PermissionDeniedException("CSRF token verification failed")
        ScopeState.from_scope(scope).csrf_token = existing
        await self.app(scope, receive, send)

    def create_send_wrapper(self, send: Send, token: str, csrf_cookie: str | None) -> Send:
        """Return a ``send`` that sets the token cookie on the response, if one must be set.

        Args:
            send: The ASGI send callable.
            token: The request's token.
            csrf_cookie: The token to put in a new cookie, or ``None`` when the request had one.

        Returns:
            The wrapped ``send`` (``send`` itself when there is nothing to add).
        """
        if csrf_cookie is None:
            return send
        config = self.config
        header = Cookie(
            key=config.cookie_name,
            value=csrf_cookie,
            path=config.cookie_path,
            secure=config.cookie_secure,
            httponly=config.cookie_httponly,
            samesite=config.cookie_samesite,
            domain=config.cookie_domain,
        ).to_header(header="")

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message, headers = editable_start(message)
                headers.add("set-cookie", header)
            await send(message)

        return wrapped

    def _sign(self, token: str) -> str:
        return hmac.new(self._secret, token.encode("utf-8"), hashlib.sha256).hexdigest()

    def _generate_token(self) -> str:
        token = secrets.token_hex(CSRF_SECRET_BYTES)
        return token + self._sign(token)

    def _verified(self, token: str | None) -> str | None:
        if not token or len(token) != CSRF_SECRET_LENGTH * 2:
            return None
        secret, signature = token[:CSRF_SECRET_LENGTH], token[CSRF_SECRET_LENGTH:]
        return token if hmac.compare_digest(self._sign(secret), signature) else None
