"""A DI-heavy order service: a DB-session-like async generator (commit / rollback seen by later requests),
use_cache singletons, providers reading headers / query / path / cookies, class providers, sync providers
in and out of threads, Dependency(default=...), the same key overridden on router, controller and handler."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass
from typing import Annotated, Any

from litestar import Controller, Litestar, Request, Router, delete, get, post
from litestar.datastructures import State
from litestar.di import Provide
from litestar.exceptions import ClientException, NotFoundException
from litestar.params import Dependency, Parameter


class Session:
    def __init__(self, state: State) -> None:
        self.state = state
        self.pending: dict[int, dict[str, Any]] = {}
        self.deleted: list[int] = []

    def add(self, order_id: int, order: dict[str, Any]) -> None:
        self.pending[order_id] = order

    def get(self, order_id: int) -> dict[str, Any] | None:
        if order_id in self.deleted:
            return None
        return self.pending.get(order_id) or self.state.db.get(order_id)


async def provide_session(state: State) -> AsyncGenerator[Session, None]:
    session = Session(state)
    state.journal.append("open")
    try:
        yield session
    except ClientException as exc:
        state.journal.append(f"rollback:{type(exc).__name__}")
        raise
    except Exception as exc:
        state.journal.append(f"rollback:{type(exc).__name__}")
        raise
    else:
        state.db.update(session.pending)
        for order_id in session.deleted:
            state.db.pop(order_id, None)
        state.journal.append(f"commit:{len(session.pending)}+{len(session.deleted)}")
    finally:
        state.journal.append("close")


class AuditLog:
    def __init__(self) -> None:
        self.entries: list[str] = []

    def append(self, entry: str) -> None:
        self.entries.append(entry)


def provide_audit(state: State) -> Generator[AuditLog, None, None]:
    log = AuditLog()
    try:
        yield log
    finally:
        state.audit.extend(log.entries)


class Settings:
    instances = 0

    def __init__(self) -> None:
        Settings.instances += 1
        self.currency = "EUR"
        self.max_items = 3


class Pricing:
    def __init__(self, settings: Settings, discount: int = 0) -> None:
        self.settings = settings
        self.discount = discount

    def total(self, items: list[dict[str, Any]]) -> str:
        cents = sum(item["price"] * item["qty"] for item in items) * (100 - self.discount) // 100
        return f"{cents / 100:.2f} {self.settings.currency}"


async def provide_tenant(
    tenant_id: Annotated[str, Parameter(header="X-Tenant")],
    locale: Annotated[str, Parameter(query="locale", default="en")],
) -> dict[str, str]:
    return {"tenant": tenant_id, "locale": locale}


def provide_discount(promo: Annotated[str | None, Parameter(query="promo")] = None) -> int:
    return {"TEN": 10, "HALF": 50}.get(promo or "", 0)


def provide_user(request: Request) -> str:
    return request.cookies.get("user", "anonymous")


def provide_scope_app(state: State) -> str:
    return "app"


def provide_scope_router() -> str:
    return "router"


def provide_scope_controller() -> str:
    return "controller"


def provide_scope_handler(order_id: int) -> str:
    return f"handler:{order_id}"


async def provide_order(order_id: int, session: Session) -> dict[str, Any]:
    order = session.get(order_id)
    if order is None:
        raise NotFoundException(f"order {order_id} not found")
    return order


@dataclass
class ItemIn:
    sku: str
    qty: int
    price: int


@dataclass
class OrderIn:
    items: list[ItemIn]
    note: str | None = None


class Orders(Controller):
    path = "/orders"
    dependencies = {
        "scope_name": Provide(provide_scope_controller, sync_to_thread=True),
        "order": Provide(provide_order),
    }

    @get("/")
    async def list_orders(self, session: Session, scope_name: str, tenant: dict[str, str]) -> dict[str, Any]:
        return {"ids": sorted(session.state.db), "scope": scope_name, "tenant": tenant}

    @post("/{order_id:int}")
    async def create_order(
        self,
        order_id: int,
        data: OrderIn,
        session: Session,
        pricing: Pricing,
        settings: Settings,
        audit: AuditLog,
        user: str,
    ) -> dict[str, Any]:
        if len(data.items) > settings.max_items:
            raise ClientException(f"at most {settings.max_items} items")
        items = [{"sku": i.sku, "qty": i.qty, "price": i.price} for i in data.items]
        session.add(order_id, {"id": order_id, "items": items, "by": user})
        audit.append(f"create:{order_id}:{user}")
        if data.note == "explode":
            raise RuntimeError("storage failed")
        return {"id": order_id, "total": pricing.total(items), "discount": pricing.discount}

    @get("/{order_id:int}", dependencies={"scope_name": Provide(provide_scope_handler, sync_to_thread=False)})
    async def get_order(self, order: dict[str, Any], scope_name: str) -> dict[str, Any]:
        return {"order": order, "scope": scope_name}

    @delete("/{order_id:int}", status_code=200)
    async def delete_order(self, order: dict[str, Any], session: Session, order_id: int) -> dict[str, Any]:
        session.deleted.append(order_id)
        return {"deleted": order["id"]}


@get("/scope")
async def router_scope(scope_name: str, settings: Settings) -> dict[str, Any]:
    return {"scope": scope_name, "settings_instances": Settings.instances}


@get("/defaults")
async def defaults(
    limit: Annotated[int, Dependency(default=25)],
    flag: bool = Dependency(default=False),
    maybe: Annotated[str | None, Dependency()] = None,
) -> dict[str, Any]:
    return {"limit": limit, "flag": flag, "maybe": maybe}


@get("/defaults-provided", dependencies={"limit": Provide(lambda: 5, sync_to_thread=False)})
async def defaults_provided(limit: Annotated[int, Dependency(default=25)]) -> dict[str, Any]:
    return {"limit": limit}


@get("/journal")
async def journal(state: State) -> dict[str, Any]:
    return {
        "journal": list(state.journal),
        "audit": list(state.audit),
        "db": {str(k): v["by"] for k, v in sorted(state.db.items())},
    }


@get("/app-scope")
async def app_scope(scope_name: str) -> dict[str, str]:
    return {"scope": scope_name}


def provide_greeting(name: str, user: str) -> str:
    return f"{name}/{user}"


@get("/whoami/{name:str}", dependencies={"greeting": Provide(provide_greeting, sync_to_thread=False)})
async def whoami(greeting: str) -> dict[str, str]:
    return {"greeting": greeting}


api = Router(
    path="/api/v1",
    route_handlers=[Orders, router_scope],
    dependencies={
        "scope_name": Provide(provide_scope_router, sync_to_thread=False),
        "tenant": Provide(provide_tenant),
        "pricing": Provide(Pricing, sync_to_thread=False),
        "discount": Provide(provide_discount, sync_to_thread=True),
    },
)


def on_startup(app: Litestar) -> None:
    app.state.db = {}
    app.state.journal = []
    app.state.audit = []
    Settings.instances = 0


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[api, defaults, defaults_provided, journal, app_scope, whoami],
        on_startup=[on_startup],
        dependencies={
            "session": Provide(provide_session),
            "audit": Provide(provide_audit, sync_to_thread=False),
            "settings": Provide(Settings, use_cache=True, sync_to_thread=False),
            "user": Provide(provide_user, sync_to_thread=False),
            "scope_name": Provide(provide_scope_app, sync_to_thread=False),
        },
    )


T = {"X-Tenant": "acme"}
ORDER = {"items": [{"sku": "a", "qty": 2, "price": 250}, {"sku": "b", "qty": 1, "price": 100}]}

REQUESTS = [
    {"method": "GET", "url": "/api/v1/orders", "headers": T},
    {"method": "GET", "url": "/api/v1/orders", "name": "missing tenant header"},
    {"method": "GET", "url": "/api/v1/orders?locale=de", "headers": T},
    {"method": "POST", "url": "/api/v1/orders/1", "json": ORDER, "headers": T},
    {
        "method": "POST",
        "url": "/api/v1/orders/2?promo=TEN",
        "json": ORDER,
        "headers": T,
        "cookies": {"user": "ann"},
    },
    {
        "method": "POST",
        "url": "/api/v1/orders/3?promo=HALF",
        "json": {**ORDER, "note": "explode"},
        "headers": T,
        "name": "handler raises -> rollback",
    },
    {
        "method": "POST",
        "url": "/api/v1/orders/4",
        "json": {"items": [ORDER["items"][0]] * 4},
        "headers": T,
        "name": "client error -> rollback",
    },
    {"method": "POST", "url": "/api/v1/orders/x", "json": ORDER, "headers": T, "name": "bad path param"},
    {"method": "GET", "url": "/journal", "name": "journal after creates"},
    {"method": "GET", "url": "/api/v1/orders", "headers": T, "name": "only committed orders"},
    {
        "method": "GET",
        "url": "/api/v1/orders/2",
        "headers": T,
        "name": "handler-level override uses path param",
    },
    {
        "method": "GET",
        "url": "/api/v1/orders/3",
        "headers": T,
        "name": "rolled back order is 404 from dependency",
    },
    {"method": "DELETE", "url": "/api/v1/orders/1", "headers": T},
    {"method": "DELETE", "url": "/api/v1/orders/1", "headers": T, "name": "delete twice"},
    {"method": "GET", "url": "/journal", "name": "journal after deletes"},
    {"method": "GET", "url": "/api/v1/scope", "headers": T, "name": "router-level override"},
    {"method": "GET", "url": "/api/v1/scope", "name": "router scope needs no tenant"},
    {"method": "GET", "url": "/app-scope"},
    {"method": "GET", "url": "/defaults"},
    {"method": "GET", "url": "/defaults-provided"},
    {"method": "GET", "url": "/whoami/zed", "name": "lambda dependency with path param and nested dep"},
    {"method": "GET", "url": "/whoami/zed", "cookies": {"user": "kim"}},
    {"method": "GET", "url": "/api/v1/scope", "headers": T, "name": "settings singleton constructed once"},
]
