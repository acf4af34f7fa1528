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
