"""modern-di-litestar: ``ModernDIPlugin`` wires a container; ``FromDI`` injects providers."""

from __future__ import annotations

import dataclasses
import itertools

import litestar
from litestar import Litestar, get
from litestar.di import Provide
from litestar.testing import TestClient
from modern_di import Container, Group, Scope, providers
from modern_di_litestar import FromDI, ModernDIPlugin, litestar_request_provider

_serials = itertools.count(1)


@dataclasses.dataclass(kw_only=True, slots=True)
class Settings:
    greeting: str = "Hello"


@dataclasses.dataclass(kw_only=True, slots=True)
class RequestInfo:
    path: str
    serial: int


def make_request_info(request: litestar.Request) -> RequestInfo:  # type: ignore[type-arg]
    return RequestInfo(path=request.url.path, serial=next(_serials))


class Dependencies(Group):
    settings = providers.Factory(creator=Settings, scope=Scope.APP, cache=True)
    request_info = providers.Factory(
        creator=make_request_info, scope=Scope.REQUEST, kwargs={"request": litestar_request_provider}
    )


@get("/greet/{name:str}")
async def greet(name: str, settings: Settings, request_info: RequestInfo) -> dict[str, object]:
    return {
        "message": f"{settings.greeting}, {name}",
        "path": request_info.path,
        "serial": request_info.serial,
    }


@get("/settings-id", dependencies={"explicit": FromDI(Settings)})
async def settings_id(settings: Settings, explicit: Settings) -> dict[str, int]:
    return {"autowired": id(settings), "explicit": id(explicit)}


@get("/plain", dependencies={"number": Provide(lambda: 42, sync_to_thread=False)})
async def plain(number: int) -> dict[str, int]:
    return {"number": number}


def create_app() -> Litestar:
    container = Container(groups=[Dependencies])
    return Litestar(
        route_handlers=[greet, settings_id, plain],
        plugins=[ModernDIPlugin(container, autowired_groups=[Dependencies])],
    )


def main() -> None:
    with TestClient(create_app()) as client:
        first = client.get("/greet/Ada")
        assert first.status_code == 200, first.text
        assert first.json() == {"message": "Hello, Ada", "path": "/greet/Ada", "serial": 1}
        assert client.get("/greet/Grace").json()["serial"] == 2
        ids = [client.get("/settings-id").json() for _ in range(2)]
        assert ids[0] == ids[1], "an APP-scoped cached provider is shared between requests"
        assert ids[0]["autowired"] == ids[0]["explicit"], "FromDI(type) resolves the same provider"
        assert client.get("/plain").json() == {"number": 42}
    print("OK")


if __name__ == "__main__":
    main()
