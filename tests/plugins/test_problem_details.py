"""ProblemDetailsPlugin beyond the oracle case: custom handlers and the default configuration."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, Request, Response, get
from litestar.exceptions import NotFoundException
from litestar.plugins.problem_details import (
    ProblemDetailsConfig,
    ProblemDetailsException,
    ProblemDetailsPlugin,
)
from litestar.testing import TestClient


@get("/problem")
async def problem() -> None:
    raise ProblemDetailsException(detail="nope", status_code=422, title="Unprocessable")


@get("/missing")
async def missing() -> None:
    raise NotFoundException("gone")


def test_default_config_handles_only_problem_details_exceptions() -> None:
    with TestClient(Litestar([problem, missing], plugins=[ProblemDetailsPlugin()])) as client:
        response = client.get("/problem")
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json() == {"title": "Unprocessable", "status": 422, "detail": "nope"}
        response = client.get("/missing")
        assert response.headers["content-type"] == "application/json"
        assert response.json() == {"status_code": 404, "detail": "gone"}


def test_a_custom_exception_handler_renders_the_problem() -> None:
    def handler(request: Request[Any, Any, Any], exc: ProblemDetailsException) -> Response[Any]:
        response = exc.to_response(request)
        response.headers["x-path"] = request.url.path
        return response

    plugin = ProblemDetailsPlugin(ProblemDetailsConfig(exception_handler=handler))
    with TestClient(Litestar([problem], plugins=[plugin])) as client:
        response = client.get("/problem")
        assert response.headers["x-path"] == "/problem"
        assert response.json()["detail"] == "nope"
