"""Exception handlers by class and by status code on app / router / controller / handler layers."""

from __future__ import annotations

from litestar import Controller, Litestar, MediaType, Request, Response, Router, get
from litestar.exceptions import (
    HTTPException,
    InternalServerException,
    NotFoundException,
    ValidationException,
)


class AppError(Exception):
    """A domain error handled at the app layer."""


class RouterError(AppError):
    """A subclass: the closest handler by MRO wins."""


class TeapotError(HTTPException):
    status_code = 418
    detail = "I am a teapot"


def app_error_handler(request: Request, exc: AppError) -> Response:
    return Response({"layer": "app", "type": type(exc).__name__, "msg": str(exc)}, status_code=409)


def router_error_handler(request: Request, exc: RouterError) -> Response:
    return Response({"layer": "router", "msg": str(exc)}, status_code=410)


def app_404_handler(request: Request, exc: Exception) -> Response:
    return Response({"layer": "app-404", "path": request.url.path}, status_code=404)


def router_404_handler(request: Request, exc: Exception) -> Response:
    return Response(f"router 404: {exc}", status_code=404, media_type=MediaType.TEXT)


def controller_value_handler(request: Request, exc: ValueError) -> Response:
    return Response({"layer": "controller", "msg": str(exc)}, status_code=422)


def handler_value_handler(request: Request, exc: ValueError) -> Response:
    return Response({"layer": "handler", "msg": str(exc)}, status_code=400)


def status_500_handler(request: Request, exc: Exception) -> Response:
    return Response({"layer": "app-500", "type": type(exc).__name__}, status_code=500)


@get("/app-error")
async def raise_app_error() -> None:
    raise AppError("boom")


@get("/http-extra")
async def http_extra() -> None:
    raise HTTPException(
        status_code=422, detail="custom detail", extra={"field": "x", "n": [1]}, headers={"X-Err": "1"}
    )


@get("/http-extra-list")
async def http_extra_list() -> None:
    raise HTTPException(detail="listed", extra=["a", "b"], status_code=400)


@get("/teapot")
async def teapot() -> None:
    raise TeapotError()


@get("/not-found-raise")
async def not_found_raise() -> None:
    raise NotFoundException("thing 7 missing")


@get("/plain-500")
async def plain_500() -> None:
    raise RuntimeError("secret database password in message")


@get("/internal")
async def internal() -> None:
    raise InternalServerException(detail="internal detail")


@get("/validation")
async def validation() -> None:
    raise ValidationException(detail="bad input", extra=[{"key": "k", "message": "m"}])


@get("/router-error")
async def raise_router_error() -> None:
    raise RouterError("in router")


@get("/router-app-error")
async def raise_router_app_error() -> None:
    raise AppError("app error inside router")


@get("/router-404")
async def router_404() -> None:
    raise NotFoundException("router level")


@get("/value", exception_handlers={ValueError: handler_value_handler})
async def handler_level_value() -> None:
    raise ValueError("handler wins")


class Things(Controller):
    path = "/things"
    exception_handlers = {ValueError: controller_value_handler}

    @get("/value")
    async def controller_value(self) -> None:
        raise ValueError("controller wins")

    @get("/value-handler", exception_handlers={ValueError: handler_value_handler})
    async def handler_beats_controller(self) -> None:
        raise ValueError("handler beats controller")

    @get("/key")
    async def key_error(self) -> None:
        raise KeyError("k")


router = Router(
    path="/r",
    route_handlers=[raise_router_error, raise_router_app_error, router_404, Things],
    exception_handlers={RouterError: router_error_handler, 404: router_404_handler},
)


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[
            raise_app_error,
            http_extra,
            http_extra_list,
            teapot,
            not_found_raise,
            plain_500,
            internal,
            validation,
            handler_level_value,
            router,
        ],
        exception_handlers={AppError: app_error_handler, 404: app_404_handler, 500: status_500_handler},
    )


REQUESTS = [
    {"method": "GET", "url": "/app-error"},
    {"method": "GET", "url": "/http-extra"},
    {"method": "GET", "url": "/http-extra-list"},
    {"method": "GET", "url": "/teapot"},
    {"method": "GET", "url": "/not-found-raise", "name": "404 raised -> app status handler"},
    {"method": "GET", "url": "/missing-route", "name": "404 no route -> app status handler"},
    {"method": "GET", "url": "/plain-500", "name": "unhandled -> app 500 handler"},
    {"method": "GET", "url": "/internal", "name": "InternalServerException -> app 500 handler"},
    {"method": "GET", "url": "/validation"},
    {"method": "GET", "url": "/r/router-error", "name": "router class handler"},
    {"method": "GET", "url": "/r/router-app-error", "name": "app class handler from router"},
    {"method": "GET", "url": "/r/router-404", "name": "router status handler"},
    {"method": "GET", "url": "/value", "name": "handler-level handler"},
    {"method": "GET", "url": "/r/things/value", "name": "controller handler"},
    {"method": "GET", "url": "/r/things/value-handler", "name": "handler beats controller"},
    {"method": "GET", "url": "/r/things/key", "name": "unhandled in controller -> 500 handler"},
    {"method": "POST", "url": "/app-error", "name": "405 not routed through handlers"},
]
