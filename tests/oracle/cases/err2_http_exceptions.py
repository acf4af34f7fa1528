"""Every HTTPException subclass raised with / without detail, extra (dict/list/str/None), headers,
positional args, custom subclasses with class-level status_code / detail, ValidationException."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, get
from litestar.exceptions import (
    ClientException,
    HTTPException,
    ImproperlyConfiguredException,
    InternalServerException,
    MethodNotAllowedException,
    NoRouteMatchFoundException,
    NotAuthorizedException,
    NotFoundException,
    PermissionDeniedException,
    ServiceUnavailableException,
    TooManyRequestsException,
    ValidationException,
)

CLASSES: dict[str, type[HTTPException]] = {
    "http": HTTPException,
    "client": ClientException,
    "validation": ValidationException,
    "unauthorized": NotAuthorizedException,
    "forbidden": PermissionDeniedException,
    "notfound": NotFoundException,
    "notallowed": MethodNotAllowedException,
    "toomany": TooManyRequestsException,
    "internal": InternalServerException,
    "unavailable": ServiceUnavailableException,
    "improper": ImproperlyConfiguredException,
    "noroute": NoRouteMatchFoundException,
}


class Teapot(HTTPException):
    status_code = 418
    detail = "I am a teapot"


class PaymentRequired(ClientException):
    status_code = 402


class Quiet(HTTPException):
    detail = "class-level detail only"


class Overridden(NotFoundException):
    status_code = 410
    detail = "gone for good"


CUSTOM: dict[str, type[HTTPException]] = {
    "teapot": Teapot,
    "payment": PaymentRequired,
    "quiet": Quiet,
    "overridden": Overridden,
}


@get("/bare/{kind:str}")
async def bare(kind: str) -> None:
    raise CLASSES[kind]()


@get("/detail/{kind:str}")
async def with_detail(kind: str) -> None:
    raise CLASSES[kind](detail=f"{kind} detail")


@get("/positional/{kind:str}")
async def positional(kind: str) -> None:
    raise CLASSES[kind](f"{kind} positional", "second arg")


@get("/extra-dict/{kind:str}")
async def extra_dict(kind: str) -> None:
    raise CLASSES[kind](detail="d", extra={"a": 1, "nested": {"b": [1, 2]}})


@get("/extra-list/{kind:str}")
async def extra_list(kind: str) -> None:
    raise CLASSES[kind](extra=[{"key": "k", "message": "m"}, "x", 3])


@get("/extra-str")
async def extra_str() -> None:
    raise ClientException(detail="str extra", extra="just a string")  # type: ignore[arg-type]


@get("/extra-none")
async def extra_none() -> None:
    raise ClientException(detail="none extra", extra=None)


@get("/extra-empty")
async def extra_empty() -> None:
    raise ClientException(detail="empty extra", extra={})


@get("/headers/{kind:str}")
async def with_headers(kind: str) -> None:
    raise CLASSES[kind](detail="h", headers={"X-Custom": "yes", "Retry-After": "5"})


@get("/status-override/{code:int}")
async def status_override(code: int) -> None:
    raise HTTPException(status_code=code, detail=f"code {code}")


@get("/status-override-sub/{code:int}")
async def status_override_sub(code: int) -> None:
    raise NotFoundException(status_code=code)


@get("/custom/{kind:str}")
async def custom(kind: str) -> None:
    raise CUSTOM[kind]()


@get("/custom-detail/{kind:str}")
async def custom_detail(kind: str) -> None:
    raise CUSTOM[kind]("given detail", extra={"k": kind})


@get("/validation-list")
async def validation_list() -> None:
    raise ValidationException(
        detail="Validation failed for GET /validation-list",
        extra=[{"message": "bad", "key": "q", "source": "query"}],
    )


@get("/validation-positional")
async def validation_positional() -> None:
    raise ValidationException("only positional")


@get("/non-str-detail")
async def non_str_detail() -> None:
    raise ClientException(detail=123)  # type: ignore[arg-type]


@get("/unicode")
async def unicode_detail() -> None:
    raise ClientException(detail="bad — ünïcode ✓", headers={"X-Note": "ascii"})


@get("/http-in-dict-return")
async def returns_dict() -> dict[str, Any]:
    return {"ok": True}


app = Litestar(
    route_handlers=[
        bare,
        with_detail,
        positional,
        extra_dict,
        extra_list,
        extra_str,
        extra_none,
        extra_empty,
        with_headers,
        status_override,
        status_override_sub,
        custom,
        custom_detail,
        validation_list,
        validation_positional,
        non_str_detail,
        unicode_detail,
        returns_dict,
    ]
)

REQUESTS: list[dict[str, Any]] = (
    [{"method": "GET", "url": f"/bare/{kind}"} for kind in CLASSES]
    + [{"method": "GET", "url": f"/detail/{kind}"} for kind in CLASSES]
    + [
        {"method": "GET", "url": f"/positional/{kind}"}
        for kind in ("http", "notfound", "internal", "validation")
    ]
    + [
        {"method": "GET", "url": f"/extra-dict/{kind}"}
        for kind in ("http", "client", "internal", "unavailable")
    ]
    + [{"method": "GET", "url": f"/extra-list/{kind}"} for kind in ("validation", "forbidden", "internal")]
    + [
        {"method": "GET", "url": "/extra-str"},
        {"method": "GET", "url": "/extra-none"},
        {"method": "GET", "url": "/extra-empty"},
    ]
    + [
        {"method": "GET", "url": f"/headers/{kind}"}
        for kind in ("http", "unauthorized", "toomany", "internal")
    ]
    + [{"method": "GET", "url": f"/status-override/{code}"} for code in (400, 404, 422, 451, 502, 599, 299)]
    + [{"method": "GET", "url": f"/status-override-sub/{code}"} for code in (409, 503)]
    + [{"method": "GET", "url": f"/custom/{kind}"} for kind in CUSTOM]
    + [{"method": "GET", "url": f"/custom-detail/{kind}"} for kind in CUSTOM]
    + [
        {"method": "GET", "url": "/validation-list"},
        {"method": "GET", "url": "/validation-positional"},
        {"method": "GET", "url": "/non-str-detail"},
        {"method": "GET", "url": "/unicode"},
        {"method": "HEAD", "url": "/detail/notfound", "name": "HEAD of a raising handler"},
        {"method": "HEAD", "url": "/headers/unauthorized", "name": "HEAD keeps exception headers"},
    ]
)
