"""The order in which exception handlers are looked up (as litestar 2.17 does).

The handlers of every layer (app, router, controller, handler) are merged first, inner
layers winning for equal keys; in that merged map the exception's ``status_code`` is
looked up first, then its classes along the MRO, and a ``500`` handler catches any other
exception last. docs/internals.md ("Errors") describes the same order.
"""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar, Request, Response, get
from litestar.exceptions import HTTPException, NotFoundException
from litestar.testing import TestClient


def _by(label: str) -> Any:
    def handler(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, str]]:
        return Response({"by": label}, status_code=418)

    return handler


@get("/not-found", sync_to_thread=False)
def not_found() -> None:
    raise NotFoundException()


@get("/value-error", sync_to_thread=False)
def value_error() -> None:
    raise ValueError("boom")


def _answer(app: Litestar, path: str) -> Any:
    with TestClient(app) as client:
        return client.get(path).json()


def test_the_status_code_is_looked_up_before_the_class() -> None:
    """With handlers for both 404 and NotFoundException, the status code handler runs."""
    app = Litestar([not_found], exception_handlers={NotFoundException: _by("class"), 404: _by("status")})
    assert _answer(app, "/not-found") == {"by": "status"}


def test_the_status_code_wins_across_layers() -> None:
    """The layers are merged first: an app-level 404 handler beats a handler-level class handler."""

    @get("/inner", sync_to_thread=False, exception_handlers={NotFoundException: _by("class")})
    def inner() -> None:
        raise NotFoundException()

    assert _answer(Litestar([inner], exception_handlers={404: _by("status")}), "/inner") == {"by": "status"}


@pytest.mark.parametrize(
    ("handlers", "expected"),
    [
        ({HTTPException: _by("base"), NotFoundException: _by("class")}, {"by": "class"}),
        ({HTTPException: _by("base")}, {"by": "base"}),
    ],
)
def test_classes_are_looked_up_along_the_mro(handlers: dict[Any, Any], expected: dict[str, str]) -> None:
    """Without a status code handler, the nearest class of the MRO wins."""
    assert _answer(Litestar([not_found], exception_handlers=handlers), "/not-found") == expected


def test_a_class_handler_beats_the_500_fallback() -> None:
    """An exception without a status code reaches a 500 handler only when no class matches."""
    handlers = {500: _by("500"), Exception: _by("class")}
    assert _answer(Litestar([value_error], exception_handlers=handlers), "/value-error") == {"by": "class"}
    assert _answer(Litestar([value_error], exception_handlers={500: _by("500")}), "/value-error") == {
        "by": "500"
    }
