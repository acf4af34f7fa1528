"""Exception handlers that raise, that return Response vs raise HTTPException, status-code vs class
handlers on app / router / controller / handler layers in conflict, and app handlers for 404 / 405."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Litestar, MediaType, Request, Response, Router, get, post
from litestar.exceptions import (
    HTTPException,
    MethodNotAllowedException,
    NotFoundException,
    PermissionDeniedException,
    ValidationException,
)


class DomainError(Exception):
    """Base domain error."""


class Conflict(DomainError):
    """A domain error mapped by class on several layers."""


class CodedError(HTTPException):
    status_code = 409
    detail = "coded conflict"


def handler_raises_http(request: Request, exc: Exception) -> Response:
    raise HTTPException(status_code=418, detail=f"re-raised from {type(exc).__name__}", headers={"X-R": "1"})


def handler_raises_plain(request: Request, exc: Exception) -> Response:
    raise RuntimeError("exception handler crashed")


def handler_returns_text(request: Request, exc: Exception) -> Response:
    return Response(
        f"text for {type(exc).__name__}: {exc}",
        status_code=299,
        media_type=MediaType.TEXT,
        headers={"X-H": "t"},
    )


def handler_returns_none_body(request: Request, exc: Exception) -> Response:
    return Response(None, status_code=204)


def layer(name: str, status: int) -> Any:
    def handle(request: Request, exc: Exception) -> Response:
        detail = getattr(exc, "detail", str(exc))
        return Response({"layer": name, "exc": type(exc).__name__, "detail": detail}, status_code=status)

    return handle


async def async_handler(request: Request, exc: Exception) -> Response:
    return Response({"async": True, "path": request.url.path, "method": request.method}, status_code=400)


def app_404(request: Request, exc: NotFoundException) -> Response:
    return Response(
        {
            "app404": exc.detail,
            "path": request.url.path,
            "handler": request.scope.get("route_handler") is not None,
        },
        status_code=404,
    )


def app_405(request: Request, exc: Exception) -> Response:
    return Response(
        # NOTE: `exc.headers` is left out: our routing 405 carries `Allow` (an intended difference).
        {"app405": type(exc).__name__, "detail": getattr(exc, "detail", "")},
        status_code=405,
    )


@get("/raise-http-in-handler", exception_handlers={DomainError: handler_raises_http})
async def r1() -> None:
    raise Conflict("c1")


@get("/raise-plain-in-handler", exception_handlers={DomainError: handler_raises_plain})
async def r2() -> None:
    raise Conflict("c2")


@get("/text-handler", exception_handlers={KeyError: handler_returns_text})
async def r3() -> None:
    raise KeyError("missing-key")


@get("/none-body", exception_handlers={DomainError: handler_returns_none_body})
async def r4() -> None:
    raise DomainError("no body")


@get("/async-handler", exception_handlers={ValueError: async_handler})
async def r5() -> None:
    raise ValueError("v")


@get(
    "/status-vs-class",
    exception_handlers={409: layer("handler-409", 400), CodedError: layer("handler-class", 401)},
)
async def status_vs_class() -> None:
    raise CodedError()


@get(
    "/status-vs-base-class",
    exception_handlers={HTTPException: layer("handler-http", 402), 409: layer("handler-409", 403)},
)
async def status_vs_base_class() -> None:
    raise CodedError("specific")


@get("/handler-404-class", exception_handlers={NotFoundException: layer("handler-nf", 410)})
async def handler_404_class() -> None:
    raise NotFoundException("raised by handler")


@get("/validation-handler", exception_handlers={ValidationException: layer("handler-validation", 422)})
async def validation_handler(n: int) -> int:
    return n


@get("/app-class")
async def app_class() -> None:
    raise Conflict("to app")


@get("/app-status-500")
async def app_status_500() -> None:
    raise ZeroDivisionError("zero")


@get("/app-403")
async def app_403() -> None:
    raise PermissionDeniedException("forbidden by handler")


@post("/post-only")
async def post_only() -> None:
    return None


@get("/raise-405")
async def raise_405() -> None:
    raise MethodNotAllowedException("raised 405", headers={"Allow": "PUT"})


class Ctl(Controller):
    path = "/ctl"
    exception_handlers = {DomainError: layer("controller-domain", 420), 500: layer("controller-500", 520)}

    @get("/domain")
    async def domain(self) -> None:
        raise Conflict("ctl")

    @get("/plain")
    async def plain(self) -> None:
        raise OSError("ctl os")

    @get("/handler-wins", exception_handlers={Conflict: layer("handler-conflict", 421)})
    async def handler_wins(self) -> None:
        raise Conflict("h")

    @get("/http-500")
    async def http_500(self) -> None:
        raise HTTPException("explicit 500")

    @get("/forbidden")
    async def forbidden(self) -> None:
        raise PermissionDeniedException("ctl forbidden")


router = Router(
    "/rt",
    route_handlers=[Ctl],
    exception_handlers={Conflict: layer("router-conflict", 430), 403: layer("router-403", 431)},
)


app = Litestar(
    route_handlers=[
        r1,
        r2,
        r3,
        r4,
        r5,
        status_vs_class,
        status_vs_base_class,
        handler_404_class,
        validation_handler,
        app_class,
        app_status_500,
        app_403,
        post_only,
        raise_405,
        router,
    ],
    exception_handlers={
        DomainError: layer("app-domain", 440),
        500: layer("app-500", 541),
        404: app_404,
        MethodNotAllowedException: app_405,
        403: layer("app-403", 442),
    },
)

REQUESTS = [
    {"method": "GET", "url": "/raise-http-in-handler"},
    {"method": "GET", "url": "/raise-plain-in-handler"},
    {"method": "GET", "url": "/text-handler"},
    {"method": "GET", "url": "/none-body"},
    {"method": "GET", "url": "/async-handler"},
    {"method": "GET", "url": "/status-vs-class"},
    {"method": "GET", "url": "/status-vs-base-class"},
    {"method": "GET", "url": "/handler-404-class"},
    {"method": "GET", "url": "/validation-handler?n=x"},
    {"method": "GET", "url": "/validation-handler"},
    {"method": "GET", "url": "/app-class"},
    {"method": "GET", "url": "/app-status-500"},
    {"method": "GET", "url": "/app-403"},
    {"method": "GET", "url": "/post-only", "name": "405 -> app class handler"},
    {"method": "DELETE", "url": "/post-only", "name": "405 DELETE"},
    {"method": "GET", "url": "/raise-405"},
    {"method": "GET", "url": "/nowhere", "name": "404 -> app status handler"},
    {"method": "HEAD", "url": "/nowhere", "name": "HEAD 404 -> app status handler"},
    {"method": "HEAD", "url": "/post-only", "name": "HEAD 405 -> app handler"},
    {"method": "GET", "url": "/rt/ctl/domain"},
    {"method": "GET", "url": "/rt/ctl/plain"},
    {"method": "GET", "url": "/rt/ctl/handler-wins"},
    {"method": "GET", "url": "/rt/ctl/http-500"},
    {"method": "GET", "url": "/rt/ctl/forbidden"},
    {"method": "GET", "url": "/rt/ctl/nowhere", "name": "404 under router prefix"},
    {"method": "POST", "url": "/rt/ctl/domain", "name": "405 under router"},
]
