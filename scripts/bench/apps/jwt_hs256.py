"""A minimal HS256 JWT check for the peers without a JWT integration (stdlib only).

The (l) scenario times JWT header authentication. Litestar (ours and 2.17) use their
``JWTAuth``; FastAPI, Starlette, BlackSheep and the raw floor call :func:`user_for` with
the ``Authorization`` header: signature (constant time), ``alg`` and ``exp`` checks, then
the user lookup. This is a floor for the peers, not a full JWT implementation.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

import payloads

__all__ = ("user_for",)

_KEY = payloads.JWT_SECRET.encode()
_decode = json.loads


def _b64decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def user_for(authorization: str | None) -> dict[str, Any] | None:
    """Return the user of a valid ``Bearer <token>`` header value, else ``None``."""
    if not authorization:
        return None
    token = authorization.partition(" ")[2]
    try:
        header, payload, signature = token.split(".")
        expected = hmac.new(_KEY, f"{header}.{payload}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _b64decode(signature)):
            return None
        jose = _decode(_b64decode(header))
        if not isinstance(jose, dict) or jose.get("alg") != "HS256":
            return None
        claims = _decode(_b64decode(payload))
    except ValueError:
        return None
    if not isinstance(claims, dict) or not claims.get("exp", 0) > time.time():
        return None
    return payloads.JWT_USERS.get(claims.get("sub"))
