"""Shared payloads for every benchmark app (stdlib only, imported in every venv)."""

from __future__ import annotations

from typing import Any

__all__ = (
    "BIG_MIDDLE",
    "BIG_RESOURCES",
    "CHAIN_RESULT",
    "INDEPENDENT_RESULT",
    "JSON_MESSAGE",
    "MIDDLEWARE_COUNT",
    "MIDDLEWARE_SCOPE_KEY",
    "OBJECTS",
    "ORDER",
    "PLAINTEXT",
    "chain_a",
    "chain_b",
    "chain_c",
    "independent_x",
    "independent_y",
    "independent_z",
)

PLAINTEXT = "Hello, World!"
"""Body of scenario (a)."""

JSON_MESSAGE: dict[str, str] = {"message": "Hello, World!"}
"""Body of scenario (b)."""

MIDDLEWARE_COUNT = 5
"""Number of route-scoped pass-through middlewares in scenario (h)."""

MIDDLEWARE_SCOPE_KEY = "bench_middlewares"
"""Scope key each (h) middleware increments, so the handler proves they all ran."""

BIG_RESOURCES = 100
"""Resources under ``/big``; each has index, detail and edit routes (300 routes)."""

BIG_MIDDLE = BIG_RESOURCES // 2
"""The resource scenario (j) requests: one in the middle of the router."""

ORDER: dict[str, Any] = {
    "id": 1001,
    "customer": "Ada Lovelace",
    "email": "ada.lovelace@example.com",
    "status": "pending",
    "currency": "EUR",
    "total": 259.91,
    "paid": False,
    "tags": ["priority", "gift", "fragile", "express"],
    "shipping": {
        "street": "12 Analytical Engine Way",
        "city": "London",
        "postcode": "N1 9GU",
        "country": "GB",
    },
    "items": [
        {
            "sku": f"SKU-{n:04d}",
            "name": f"Difference engine part number {n}",
            "quantity": n % 3 + 1,
            "unit_price": round(9.99 + n * 4.5, 2),
        }
        for n in range(1, 8)
    ],
    "note": "Leave the parcel with the neighbour at number 14 if nobody answers the door.",
}
"""Body posted and echoed by scenario (e): about 1 KB of JSON with nested objects."""

OBJECTS: list[dict[str, Any]] = [
    {
        "id": n,
        "name": f"object-{n:03d}",
        "price": round(1.5 + n * 0.25, 2),
        "active": n % 2 == 0,
        "tags": ["red", "blue"] if n % 3 else ["green"],
        "rating": n % 5,
    }
    for n in range(100)
]
"""The 100 objects scenario (f) returns, as plain data (apps build typed objects from it)."""


async def chain_a() -> int:
    """First of the chained dependencies of scenario (g)."""
    return 1


async def chain_b(a: int) -> int:
    """Second chained dependency: depends on the first."""
    return a * 10 + 2


async def chain_c(b: int) -> int:
    """Third chained dependency: depends on the second."""
    return b * 10 + 3


CHAIN_RESULT = 123
"""What the (g) handler returns under ``"result"``."""


async def independent_x() -> int:
    """First independent dependency of scenario (k)."""
    return 1


async def independent_y() -> int:
    """Second independent dependency of scenario (k)."""
    return 20


async def independent_z() -> int:
    """Third independent dependency of scenario (k)."""
    return 300


INDEPENDENT_RESULT = 321
"""What the (k) handler returns under ``"result"``."""


JWT_SECRET = "bench-jwt-secret-0123456789abcdef0123456789abcdef"
"""HS256 secret of the (l) JWT header auth scenario."""
JWT_USERS = {"alice": {"id": 1, "name": "alice"}}
"""The users the (l) handlers look up by the token's ``sub``."""


def _b64url(data: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def hs256_token(claims: dict[str, Any], secret: str = JWT_SECRET) -> str:
    """A compact HS256 JWS over ``claims`` (stdlib only: every venv can build it)."""
    import hashlib
    import hmac
    import json as _json

    header = _b64url(_json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = _b64url(_json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64url(signature)}"


JWT_TOKEN = hs256_token({"sub": "alice", "iat": 1577836800, "exp": 4102444800})
"""A valid token for ``alice`` (issued 2020, expires 2100)."""
JWT_FORGED = hs256_token({"sub": "alice", "iat": 1577836800, "exp": 4102444800}, secret="another-secret-" * 3)
"""The same claims signed with another key: must be refused."""
JWT_EXPIRED = hs256_token({"sub": "alice", "iat": 1577836800, "exp": 1577840400})
"""A token that expired in 2020: must be refused."""
