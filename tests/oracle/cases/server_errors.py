"""500 responses without custom handlers never leak the exception message; HTTPException fields."""

from __future__ import annotations

from litestar import Litestar, get
from litestar.exceptions import (
    ClientException,
    HTTPException,
    NotAuthorizedException,
    PermissionDeniedException,
    ServiceUnavailableException,
    TooManyRequestsException,
)


@get("/boom")
async def boom() -> None:
    raise RuntimeError("secret token abc123")


@get("/zero", sync_to_thread=False)
def zero() -> int:
    return 1 // 0


@get("/client")
async def client() -> None:
    raise ClientException("client side")


@get("/http-500")
async def http_500() -> None:
    raise HTTPException("explicit server error detail")


@get("/http-503")
async def http_503() -> None:
    raise ServiceUnavailableException(headers={"Retry-After": "30"})


@get("/http-429")
async def http_429() -> None:
    raise TooManyRequestsException(detail="slow down", extra={"retry": 30})


@get("/401")
async def unauthorized() -> None:
    raise NotAuthorizedException()


@get("/403")
async def forbidden() -> None:
    raise PermissionDeniedException(detail="nope")


@get("/http-kwargs")
async def http_kwargs() -> None:
    raise HTTPException(status_code=400, detail="positional ignored?", headers={"X-A": "a", "X-B": "b"})


@get("/bad-return")
async def bad_return() -> dict:
    return object()  # type: ignore[return-value]


app = Litestar(
    route_handlers=[
        boom,
        zero,
        client,
        http_500,
        http_503,
        http_429,
        unauthorized,
        forbidden,
        http_kwargs,
        bad_return,
    ]
)

REQUESTS = [
    {"method": "GET", "url": "/boom"},
    {"method": "GET", "url": "/zero"},
    {"method": "GET", "url": "/client"},
    {"method": "GET", "url": "/http-500"},
    {"method": "GET", "url": "/http-503"},
    {"method": "GET", "url": "/http-429"},
    {"method": "GET", "url": "/401"},
    {"method": "GET", "url": "/403"},
    {"method": "GET", "url": "/http-kwargs"},
    {"method": "GET", "url": "/bad-return", "name": "unserialisable return value"},
]
