"""ProblemDetailsPlugin: RFC 9457 bodies for ProblemDetailsException and mapped exceptions."""

from __future__ import annotations

from litestar import Litestar, get, post
from litestar.exceptions import HTTPException, NotFoundException, ValidationException
from litestar.plugins.problem_details import (
    ProblemDetailsConfig,
    ProblemDetailsException,
    ProblemDetailsPlugin,
)


class PaymentError(Exception):
    pass


@get("/problem")
async def problem() -> None:
    raise ProblemDetailsException(
        type_="https://example.com/probs/out-of-credit",
        title="You do not have enough credit.",
        detail="Your current balance is 30, but that costs 50.",
        instance="/account/12345/msgs/abc",
        extra={"balance": 30, "accounts": ["/account/12345", "/account/67890"]},
        status_code=403,
        headers={"x-reason": "credit"},
    )


@get("/minimal")
async def minimal() -> None:
    raise ProblemDetailsException()


@get("/list-extra")
async def list_extra() -> None:
    raise ProblemDetailsException(detail="bad", extra=["a", "b"], status_code=409)


@get("/not-found")
async def not_found() -> None:
    raise NotFoundException(detail="no such thing")


@get("/http")
async def http() -> None:
    raise HTTPException(status_code=418, detail="teapot", extra={"k": "v"})


@get("/payment")
async def payment() -> None:
    raise PaymentError("card declined")


@post("/validate")
async def validate(data: dict[str, int]) -> dict[str, int]:
    return data


@get("/validation")
async def validation() -> None:
    raise ValidationException(detail="invalid", extra=[{"key": "a", "message": "m"}])


def create_app() -> Litestar:
    config = ProblemDetailsConfig(
        enable_for_all_http_exceptions=True,
        exception_to_problem_detail_map={
            PaymentError: lambda exc: ProblemDetailsException(
                type_="payment", detail=str(exc), status_code=402
            )
        },
    )
    return Litestar(
        [problem, minimal, list_extra, not_found, http, payment, validate, validation],
        plugins=[ProblemDetailsPlugin(config)],
    )


REQUESTS = [
    {"method": "GET", "url": "/problem"},
    {"method": "GET", "url": "/minimal"},
    {"method": "GET", "url": "/list-extra"},
    {"method": "GET", "url": "/not-found"},
    {"method": "GET", "url": "/http"},
    {"method": "GET", "url": "/payment"},
    {"method": "POST", "url": "/validate", "json": {"a": "x"}},
    {"method": "GET", "url": "/validation"},
    {"method": "GET", "url": "/missing-route"},
    {"method": "DELETE", "url": "/problem"},
]
