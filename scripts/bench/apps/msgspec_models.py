"""msgspec Structs for the hand-written apps (raw ASGI and Starlette)."""

from __future__ import annotations

import msgspec

__all__ = ("Address", "Line", "Order", "Thing")


class Address(msgspec.Struct):
    """Shipping address of an order."""

    street: str
    city: str
    postcode: str
    country: str


class Line(msgspec.Struct):
    """One line of an order."""

    sku: str
    name: str
    quantity: int
    unit_price: float


class Order(msgspec.Struct):
    """The ~1 KB body of scenario (e)."""

    id: int
    customer: str
    email: str
    status: str
    currency: str
    total: float
    paid: bool
    tags: list[str]
    shipping: Address
    items: list[Line]
    note: str


class Thing(msgspec.Struct):
    """One of the 100 objects of scenario (f)."""

    id: int
    name: str
    price: float
    active: bool
    tags: list[str]
    rating: int
