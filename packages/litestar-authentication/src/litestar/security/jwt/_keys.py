"""Verification keys: pick the key for a token's ``kid``, derive public keys from private ones.

Key rotation: a deployment signs with its current key (``signing_key_id`` names it and is
written to the token header as ``kid``) and verifies with any key of
``verification_keys``, so tokens signed with the previous key keep working until they
expire while new tokens use the new key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from litestar.exceptions import ImproperlyConfiguredException
from litestar.security.jwt import _pyjwt

__all__ = ("KeyRing",)

_ASYMMETRIC_PREFIXES = ("RS", "PS", "ES", "Ed")


def _verification_key(secret: Any, algorithm: str) -> Any:
    """Return what verifies tokens signed with ``secret``: the public half of a private key.

    HMAC secrets (and public keys) are returned unchanged.
    """
    if not algorithm.startswith(_ASYMMETRIC_PREFIXES) or not isinstance(secret, (str, bytes)):
        return secret
    text = secret.decode() if isinstance(secret, bytes) else secret
    if "PRIVATE KEY" not in text:
        return secret
    algorithms = _pyjwt.jwt.algorithms.get_default_algorithms()
    if algorithm not in algorithms:
        raise ImproperlyConfiguredException(
            f"JWT algorithm {algorithm!r} needs the cryptography package: pip install cryptography"
        )
    return algorithms[algorithm].prepare_key(secret).public_key()


class KeyRing:
    """The keys a middleware verifies with, looked up by the token's ``kid`` header."""

    __slots__ = ("by_kid", "default")

    def __init__(self, secret: Any, algorithm: str, verification_keys: Mapping[str, Any] | None) -> None:
        """Prepare the keys once, at startup.

        Args:
            secret: The signing secret; it (or its public half) verifies tokens without a
                known ``kid``.
            algorithm: The configured algorithm.
            verification_keys: ``kid`` -> key (HMAC secret, public or private PEM).
        """
        self.default = _verification_key(secret, algorithm)
        self.by_kid = {
            kid: _verification_key(key, algorithm) for kid, key in (verification_keys or {}).items()
        }

    def key_for(self, encoded_token: str) -> Any:
        """Return the key that must verify ``encoded_token``.

        Args:
            encoded_token: The compact JWS (its header is read, not trusted).

        Returns:
            The key registered for the header's ``kid``, else the default key.
        """
        if not self.by_kid:
            return self.default
        try:
            kid = _pyjwt.jwt.get_unverified_header(encoded_token).get("kid")
        except _pyjwt.jwt.PyJWTError:
            return self.default
        if isinstance(kid, str):
            return self.by_kid.get(kid, self.default)
        return self.default
