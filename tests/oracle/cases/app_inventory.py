"""An inventory service: layered parameters=, a custom Money type (encoders/decoders), Response[...] returns,
background tasks observed by later requests, lifespan-managed state."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any

from litestar import Controller, Litestar, Request, Response, Router, delete, get, post
from litestar.background_tasks import BackgroundTask, BackgroundTasks
from litestar.datastructures import Cookie, State
from litestar.exceptions import NotFoundException
from litestar.params import Parameter
from litestar.status_codes import HTTP_202_ACCEPTED


class Money:
    def __init__(self, cents: int, currency: str = "EUR") -> None:
        self.cents = cents
        self.currency = currency


def encode_money(m: Money) -> str:
    return f"{m.cents / 100:.2f} {m.currency}"


def decode_money(tp: type, value: Any) -> Money:
    if isinstance(value, str):
        amount, _, currency = value.partition(" ")
        return Money(int(Decimal(amount) * 100), currency or "EUR")
    if isinstance(value, int):
        return Money(value)
    raise ValueError(f"cannot read money from {value!r}")


@dataclass
class Item:
    sku: str
    name: str
    price: Money
    qty: int = 0


@asynccontextmanager
async def warehouse(app: Litestar) -> AsyncIterator[None]:
    app.state.stock = {
        "A1": Item("A1", "anvil", Money(4999), 3),
        "B2": Item("B2", "bolt", Money(25, "USD"), 100),
    }
    app.state.audit = []
    yield
    app.state.stock.clear()


def on_startup(app: Litestar) -> None:
    app.state.started = True


async def record(state: State, action: str, sku: str) -> None:
    state.audit.append(f"{action}:{sku}")


class ItemController(Controller):
    path = "/items"
    parameters = {"x_store": Parameter(header="X-Store", default="main")}

    @get()
    async def list_items(self, state: State, x_store: str, currency: str | None = None) -> dict:
        items = [i for i in state.stock.values() if currency is None or i.price.currency == currency]
        return {"store": x_store, "items": items}

    @get("/{sku:str}")
    async def get_item(self, state: State, sku: str, x_tenant: str) -> Response[Item]:
        if sku not in state.stock:
            raise NotFoundException(f"unknown sku {sku}")
        return Response(
            state.stock[sku], headers={"X-Tenant": x_tenant}, cookies=[Cookie(key="last_sku", value=sku)]
        )

    @post()
    async def add_item(self, state: State, data: Item, x_tenant: str) -> Response[dict]:
        state.stock[data.sku] = data
        return Response(
            {"created": data.sku, "price": data.price, "tenant": x_tenant},
            status_code=HTTP_202_ACCEPTED,
            background=BackgroundTask(record, state, "add", data.sku),
        )

    @delete("/{sku:str}", status_code=200)
    async def remove_item(self, state: State, sku: str) -> Response[str]:
        if state.stock.pop(sku, None) is None:
            raise NotFoundException()
        return Response(
            f"removed {sku}",
            media_type="text/plain",
            background=BackgroundTasks(
                [BackgroundTask(record, state, "remove", sku), BackgroundTask(record, state, "tidy", sku)]
            ),
        )


@get("/audit")
async def audit(state: State, request: Request, limit: int) -> dict:
    return {"audit": state.audit[-limit:], "started": state.started, "last": request.cookies.get("last_sku")}


@get("/price/{amount:str}", type_decoders=[])
async def price_check(amount: str, min_price: Annotated[Money, Parameter(query="min")]) -> dict:
    return {"amount": amount, "min": min_price}


shop = Router(
    path="/shop",
    route_handlers=[ItemController, audit, price_check],
    parameters={
        "x_tenant": Parameter(header="X-Tenant", min_length=2),
        "limit": Parameter(int, query="limit", default=5, le=10),
    },
)


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[shop],
        lifespan=[warehouse],
        on_startup=[on_startup],
        type_encoders={Money: encode_money},
        type_decoders=[(lambda tp: tp is Money, decode_money)],
    )


T = {"X-Tenant": "acme"}

REQUESTS = [
    {"method": "GET", "url": "/shop/items"},
    {"method": "GET", "url": "/shop/items", "headers": {"X-Store": "north"}, "params": {"currency": "USD"}},
    {"method": "GET", "url": "/shop/items/A1", "headers": T},
    {"method": "GET", "url": "/shop/items/A1", "name": "missing router-level header"},
    {"method": "GET", "url": "/shop/items/A1", "headers": {"X-Tenant": "a"}, "name": "header too short"},
    {"method": "GET", "url": "/shop/items/ZZ", "headers": T},
    {
        "method": "POST",
        "url": "/shop/items",
        "headers": T,
        "json": {"sku": "C3", "name": "clamp", "price": "12.50 GBP", "qty": 2},
    },
    {"method": "GET", "url": "/shop/audit", "name": "background task ran"},
    {
        "method": "POST",
        "url": "/shop/items",
        "headers": T,
        "json": {"sku": "D4", "name": "drill", "price": 1999},
    },
    {
        "method": "POST",
        "url": "/shop/items",
        "headers": T,
        "json": {"sku": "E5", "name": "x", "price": [1]},
        "name": "decoder fails",
    },
    {
        "method": "POST",
        "url": "/shop/items",
        "headers": T,
        "json": {"sku": "E5", "name": "x"},
        "name": "missing price",
    },
    {"method": "GET", "url": "/shop/items/C3", "headers": T},
    {"method": "DELETE", "url": "/shop/items/C3"},
    {"method": "DELETE", "url": "/shop/items/C3", "name": "already gone"},
    {"method": "GET", "url": "/shop/audit", "params": {"limit": "2"}},
    {"method": "GET", "url": "/shop/audit", "params": {"limit": "20"}, "name": "limit above le"},
    {"method": "GET", "url": "/shop/audit", "params": {"limit": "x"}},
    {"method": "GET", "url": "/shop/items", "params": {"currency": "GBP"}},
    {
        "method": "GET",
        "url": "/shop/price/10",
        "params": {"min": "3.20 CHF"},
        "name": "query decoded by type_decoders",
    },
    {"method": "GET", "url": "/shop/price/10", "name": "missing required query"},
]
