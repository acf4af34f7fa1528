"""A bounded cache of verified claims, so a token is verified once, not on every request.

PERF: verifying a JWT with PyJWT (base64, JSON, HMAC, claim checks) costs more than the
rest of an authenticated request. Clients send the same token many times, so the
middleware keeps the claims of tokens it has verified, keyed by the exact token string
(signature included: a tampered token is a different key and is verified in full).
Nothing about a cached token is trusted beyond its signature and static claims: the time
claims (``exp``, ``nbf``) are checked again on every hit, and the user lookup and the
revocation check still run per request. Only successfully verified tokens are stored,
so junk tokens cannot fill the cache; when it is full the oldest entry is dropped.
"""

from __future__ import annotations

import time
from typing import Any

__all__ = ("VerifiedClaims",)

_Entry = tuple[float, float, dict[str, Any], dict[str, Any]]
"""``exp``, ``nbf`` (0 when absent), the token's field values and its ``extras``."""


class VerifiedClaims:
    """Verified claims by token string, at most ``max_size`` of them."""

    __slots__ = ("_entries", "max_size", "verify_expiry", "verify_not_before")

    def __init__(self, *, verify_expiry: bool, verify_not_before: bool, max_size: int = 4096) -> None:
        """Initialise an empty cache.

        Args:
            verify_expiry: Whether a hit must still be before its ``exp``.
            verify_not_before: Whether a hit must be past its ``nbf``.
            max_size: The most tokens kept.
        """
        self._entries: dict[str, _Entry] = {}
        self.max_size = max_size
        self.verify_expiry = verify_expiry
        self.verify_not_before = verify_not_before

    def get(self, encoded_token: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """Return the init arguments of a verified token still within its time window.

        Args:
            encoded_token: The compact JWS.

        Returns:
            The token's field values and extras (copy them before use), or ``None`` when
            the token must be verified (again).
        """
        entry = self._entries.get(encoded_token)
        if entry is None:
            return None
        now = time.time()
        if (self.verify_expiry and not entry[0] > now) or (self.verify_not_before and entry[1] > now):
            self._entries.pop(encoded_token, None)
            return None
        return entry[2], entry[3]

    def put(
        self, encoded_token: str, claims: dict[str, Any], values: dict[str, Any], extras: dict[str, Any]
    ) -> None:
        """Remember a token that passed full verification.

        Args:
            encoded_token: The compact JWS.
            claims: Its verified claims.
            values: The token's field values built from them.
            extras: Its other claims.
        """
        entries = self._entries
        if len(entries) >= self.max_size:
            del entries[next(iter(entries))]
        nbf = claims.get("nbf", 0)
        entries[encoded_token] = (
            float(claims["exp"]),
            float(nbf) if isinstance(nbf, (int, float)) else 0.0,
            values,
            extras,
        )
