"""dishka's Litestar integration: ``@inject``, ``DishkaRouter`` and WebSocket listeners.

``DishkaRouter`` injects into what is registered on it without ``@inject``: HTTP handlers,
controllers, listener functions and ``WebsocketListener`` classes (it re-decorates them).
"""

from __future__ import annotations

import itertools

from dishka import FromDishka, Provider, Scope, make_async_container, provide
from dishka.integrations.litestar import (
    DishkaRouter,
    LitestarProvider,
    inject,
    inject_websocket,
    setup_dishka,
)
from litestar import Controller, Litestar, Request, WebSocket, get, websocket_listener
from litestar.handlers import WebsocketListener
from litestar.testing import TestClient


class Settings:
    greeting = "Hello"


class Greeter:
    """A request-scoped service that knows the request it serves."""

    def __init__(self, settings: Settings, request: Request, serial: int) -> None:
        self.settings = settings
        self.path = request.url.path
        self.serial = serial

    def greet(self, name: str) -> str:
        return f"{self.settings.greeting}, {name}"


class AppProvider(Provider):
    _serials = itertools.count(1)

    @provide(scope=Scope.APP)
    def settings(self) -> Settings:
        return Settings()

    @provide(scope=Scope.REQUEST)
    def greeter(self, settings: Settings, request: Request) -> Greeter:
        return Greeter(settings, request, next(self._serials))


@get("/greet/{name:str}")
@inject
async def greet(name: str, greeter: FromDishka[Greeter]) -> dict[str, object]:
    return {"message": greeter.greet(name), "path": greeter.path, "serial": greeter.serial}


@get("/settings")
async def settings_view(settings: FromDishka[Settings]) -> dict[str, str]:
    return {"greeting": settings.greeting}


@websocket_listener("/ws")
@inject_websocket
async def echo(data: str, settings: FromDishka[Settings]) -> str:
    return f"{settings.greeting} {data}"


class GreetingController(Controller):
    path = "/controller"

    @get("/{name:str}")
    async def greet(self, name: str, greeter: FromDishka[Greeter]) -> str:
        return greeter.greet(name)


@websocket_listener("/ws")
async def auto_echo(data: str, settings: FromDishka[Settings]) -> str:
    return f"{settings.greeting} auto {data}"


class ShoutListener(WebsocketListener):
    path = "/shout"

    async def on_receive(self, data: str, socket: WebSocket, settings: FromDishka[Settings]) -> str:
        return f"{settings.greeting.upper()} {data.upper()} {socket.url.path}"


def create_app() -> Litestar:
    router = DishkaRouter(
        "/auto", route_handlers=[settings_view, GreetingController, auto_echo, ShoutListener]
    )
    app = Litestar(route_handlers=[greet, router, echo])
    setup_dishka(make_async_container(AppProvider(), LitestarProvider()), app)
    return app


def main() -> None:
    with TestClient(create_app()) as client:
        first = client.get("/greet/Ada")
        assert first.status_code == 200, first.text
        assert first.json() == {"message": "Hello, Ada", "path": "/greet/Ada", "serial": 1}
        second = client.get("/greet/Grace").json()
        assert second["serial"] == 2, "a request-scoped provider runs once per request"
        auto = client.get("/auto/settings")
        assert auto.status_code == 200, auto.text
        assert auto.json() == {"greeting": "Hello"}
        controller = client.get("/auto/controller/Lin")
        assert controller.status_code == 200, controller.text
        assert controller.text == "Hello, Lin"
        with client.websocket_connect("/auto/ws") as ws:
            ws.send_text("one")
            assert ws.receive_text() == "Hello auto one"
            ws.send_text("two")
            assert ws.receive_text() == "Hello auto two"
        with client.websocket_connect("/auto/shout") as ws:
            ws.send_text("hey")
            assert ws.receive_text() == "HELLO HEY /auto/shout"
        with client.websocket_connect("/ws") as ws:
            ws.send_text("socket")
            assert ws.receive_text() == "Hello socket"
    print("OK")


if __name__ == "__main__":
    main()
