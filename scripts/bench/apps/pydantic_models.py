"""pydantic models for the FastAPI and BlackSheep apps."""

from __future__ import annotations

from pydantic import BaseModel

__all__ = ("Address", "Line", "Order", "Thing")


class Address(BaseModel):
    """Shipping address of an order."""

    street: str
    city: str
    postcode: str
    country: str


class Line(BaseModel):
    """One line of an order."""

    sku: str
    name: str
    quantity: int
    unit_price: float


class Order(BaseModel):
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


class Thing(BaseModel):
    """One of the 100 objects of scenario (f)."""

    id: int
    name: str
    price: float
    active: bool
    tags: list[str]
    rating: int
