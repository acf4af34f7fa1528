"""Sessions kept in the cookie itself, encrypted and authenticated with AES-GCM.

The session is JSON, encrypted with the configured secret and a random 96-bit nonce;
the expiry time travels as authenticated (not encrypted) data, so an expired or
tampered cookie is rejected before it is decrypted. Values longer than what a
browser keeps in one cookie are split over ``<key>-0``, ``<key>-1``, ...
"""

from __future__ import annotations

import binascii
import re
import time
from base64 import b64decode, b64encode
from dataclasses import dataclass, field
from os import urandom
from typing import TYPE_CHECKING, Any, Literal

from litestar.datastructures import Cookie, MutableScopeHeaders
from litestar.enums import ScopeType
from litestar.exceptions import ImproperlyConfiguredException, MissingDependencyException
from litestar.middleware.session.base import ONE_DAY_IN_SECONDS, BaseBackendConfig, BaseSessionBackend
from litestar.serialization import decode_json, encode_json
from litestar.types.empty import Empty

try:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
except ImportError as exc:  # pragma: no cover - exercised by the install tests
    raise MissingDependencyException("cryptography") from exc

if TYPE_CHECKING:
    from litestar.connection import ASGIConnection
    from litestar.middleware.session.base import ScopeSession
    from litestar.types import Message, Scope, Scopes

__all__ = ("ClientSideSessionBackend", "CookieBackendConfig")

NONCE_SIZE = 12
CHUNK_SIZE = 4096 - 64
AAD = b"additional_authenticated_data="


class ClientSideSessionBackend(BaseSessionBackend["CookieBackendConfig"]):
    """Stores the session, encrypted, in the cookie(s) of the response."""

    __slots__ = ("aesgcm", "cookie_re")

    def __init__(self, config: CookieBackendConfig) -> None:
        """Initialise the backend.

        Args:
            config: Its configuration.
        """
        super().__init__(config)
        self.aesgcm = AESGCM(config.secret)
        """The cipher, keyed with the configured secret."""
        self.cookie_re = re.compile(rf"{re.escape(config.key)}(?:-\d+)?")
        """Matches the names of the session cookie and of its chunks."""

    def dump_data(self, data: Any, scope: Scope | None = None) -> list[bytes]:
        """Encrypt the session and cut it into cookie-sized chunks.

        Args:
            data: The session data.
            scope: The connection scope (for the route's type encoders).

        Returns:
            The base64 chunks.
        """
        serialized = self.serialize_data(data, scope)
        associated = AAD + encode_json({"expires_at": round(time.time()) + self.config.max_age})
        nonce = urandom(NONCE_SIZE)
        encrypted = self.aesgcm.encrypt(nonce, serialized, associated_data=associated)
        encoded = b64encode(nonce + encrypted + associated)
        return [encoded[i : i + CHUNK_SIZE] for i in range(0, len(encoded), CHUNK_SIZE)]

    def load_data(self, data: list[bytes]) -> dict[str, Any]:
        """Decrypt chunks written by :meth:`dump_data`.

        Args:
            data: The chunks, in order.

        Returns:
            The session data; empty if the cookie expired, was tampered with or is garbage.
        """
        try:
            decoded = b64decode(b"".join(data))
        except (binascii.Error, ValueError):
            return {}
        start = decoded.find(AAD)
        if start < NONCE_SIZE:
            return {}
        nonce, encrypted, associated = decoded[:NONCE_SIZE], decoded[NONCE_SIZE:start], decoded[start:]
        try:
            expires_at = decode_json(associated[len(AAD) :])["expires_at"]
        except Exception:  # noqa: BLE001  (anything unreadable is no session)
            return {}
        if not isinstance(expires_at, int) or expires_at <= round(time.time()):
            return {}
        try:
            return self.deserialize_data(self.aesgcm.decrypt(nonce, encrypted, associated_data=associated))
        except (InvalidTag, ValueError, TypeError):
            return {}

    def get_cookie_keys(self, connection: ASGIConnection[Any, Any, Any, Any]) -> list[str]:
        """Return the names of the session cookies the request carries, chunks in order.

        Args:
            connection: The connection.

        Returns:
            The cookie names.
        """
        keys = [key for key in connection.cookies if self.cookie_re.fullmatch(key)]
        base = self.config.key
        return sorted(keys, key=lambda k: (k == base, 0 if k == base else int(k.rpartition("-")[2])))

    def get_cookie_key_set(self, connection: ASGIConnection[Any, Any, Any, Any]) -> set[str]:
        """Return the names of the session cookies the request carries.

        Args:
            connection: The connection.

        Returns:
            The cookie names.
        """
        return set(self.get_cookie_keys(connection))

    async def store_in_message(
        self, scope_session: ScopeSession, message: Message, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> None:
        """Set the session cookie(s) on the response, or delete them when the session is empty.

        Args:
            scope_session: The session data (``Empty``/empty: no session).
            message: The ``http.response.start`` message.
            connection: The connection.
        """
        config = self.config
        scope = connection.scope
        headers = MutableScopeHeaders.from_message(message)
        params = config._cookie_params()
        existing = self.get_cookie_keys(connection)
        keep: set[str] = set()
        if scope_session and scope_session is not Empty:
            chunks = self.dump_data(scope_session, scope=scope)
            names = [config.key] if len(chunks) == 1 else [f"{config.key}-{i}" for i in range(len(chunks))]
            for name, chunk in zip(names, chunks, strict=True):
                cookie = Cookie(value=chunk.decode("utf-8"), key=name, max_age=config.max_age, **params)
                headers.add("Set-Cookie", cookie.to_header(header=""))
            keep.update(names)
        for name in existing:
            if name not in keep:
                cookie = Cookie(value="null", key=name, expires=0, **params)
                headers.add("Set-Cookie", cookie.to_header(header=""))

    async def load_from_connection(self, connection: ASGIConnection[Any, Any, Any, Any]) -> dict[str, Any]:
        """Load the session from the request's cookies.

        Args:
            connection: The connection.

        Returns:
            The session data (empty without a valid cookie).
        """
        keys = self.get_cookie_keys(connection)
        if not keys:
            return {}
        cookies = connection.cookies
        if len(keys) > 1 and keys[-1] == self.config.key:
            keys = keys[:-1]
        return self.load_data([cookies[key].encode("utf-8") for key in keys])

    def get_session_id(self, connection: ASGIConnection[Any, Any, Any, Any]) -> str | None:
        """Cookie sessions have no id.

        Returns:
            ``None``.
        """
        return None


@dataclass
class CookieBackendConfig(BaseBackendConfig[ClientSideSessionBackend]):
    """Configuration of encrypted cookie sessions."""

    _backend_class = ClientSideSessionBackend

    secret: bytes
    """The AES key: 16, 24 or 32 random bytes (e.g. ``os.urandom(32)``)."""
    key: str = field(default="session")
    """The cookie name (chunks are ``<key>-0``, ``<key>-1``, ...)."""
    max_age: int = field(default=ONE_DAY_IN_SECONDS * 14)
    """Lifetime of the cookie and of the session, in seconds."""
    scopes: Scopes = field(default_factory=lambda: {ScopeType.HTTP, ScopeType.WEBSOCKET})
    """The scope types the middleware handles."""
    path: str = field(default="/")
    """The cookie path."""
    domain: str | None = field(default=None)
    """The cookie domain."""
    secure: bool = field(default=False)
    """Send the cookie over HTTPS only."""
    httponly: bool = field(default=True)
    """Hide the cookie from JavaScript."""
    samesite: Literal["lax", "strict", "none"] = field(default="lax")
    """The cookie's ``SameSite`` policy."""
    exclude: str | list[str] | None = field(default=None)
    """Path patterns the middleware skips."""
    exclude_opt_key: str = field(default="skip_session")
    """Route ``opt`` key that, when truthy, skips the middleware."""

    def __post_init__(self) -> None:
        """Validate the secret and the cookie settings.

        Raises:
            ImproperlyConfiguredException: For a secret of the wrong length, an empty or
                overlong key, or a ``max_age`` below one second.
        """
        if len(self.secret) not in {16, 24, 32}:
            raise ImproperlyConfiguredException(
                "secret length must be 16 (128 bit), 24 (192 bit) or 32 (256 bit)"
            )
        self._validate_cookie()
