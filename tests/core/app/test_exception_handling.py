"""Exception handlers on every layer, after_exception hooks, debug output and pdb."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from litestar import Controller, Litestar, Request, Response, Router, get, head
from litestar.exceptions import (
    HTTPException,
    LitestarWarning,
    MethodNotAllowedException,
    NotAuthorizedException,
    NotFoundException,
    ValidationException,
)
from litestar.testing import TestClient


def _by(name: str) -> Any:
    def handler(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
        return Response({"by": name, "type": type(exc).__name__}, status_code=418)

    return handler


class Layered(Controller):
    path = "/c"
    exception_handlers = {ValueError: _by("controller")}

    @get("/value")
    async def value(self) -> None:
        raise ValueError("v")

    @get("/handler", exception_handlers={ValueError: _by("handler")})
    async def handler(self) -> None:
        raise ValueError("v")

    @get("/key")
    async def key(self) -> None:
        raise KeyError("k")

    @get("/lookup")
    async def lookup(self) -> None:
        raise LookupError("l")

    @get("/status")
    async def status(self) -> None:
        raise NotAuthorizedException()

    @get("/plain")
    async def plain(self) -> None:
        raise TypeError("t")


def _layered_app(**kwargs: Any) -> Litestar:
    router = Router(
        "/r",
        route_handlers=[Layered],
        exception_handlers={KeyError: _by("router"), 401: _by("router-401")},
    )
    return Litestar([router], exception_handlers={LookupError: _by("app"), KeyError: _by("app")}, **kwargs)


@pytest.mark.parametrize(
    ("path", "by", "exc_type"),
    [
        ("/r/c/value", "controller", "ValueError"),
        ("/r/c/handler", "handler", "ValueError"),
        ("/r/c/key", "router", "KeyError"),
        ("/r/c/lookup", "app", "LookupError"),
        ("/r/c/status", "router-401", "NotAuthorizedException"),
    ],
)
def test_innermost_layer_handler_wins(path: str, by: str, exc_type: str) -> None:
    with TestClient(_layered_app()) as client:
        response = client.get(path)
    assert response.status_code == 418
    assert response.json() == {"by": by, "type": exc_type}


def test_status_code_handler_takes_precedence_over_class() -> None:
    @get("/")
    async def index() -> None:
        raise NotAuthorizedException("no")

    app = Litestar([index], exception_handlers={NotAuthorizedException: _by("class"), 401: _by("status")})
    with TestClient(app) as client:
        assert client.get("/").json()["by"] == "status"


def test_500_handler_catches_unexpected_exceptions() -> None:
    @get("/")
    async def index() -> None:
        raise TypeError("t")

    with TestClient(Litestar([index], exception_handlers={500: _by("500")})) as client:
        assert client.get("/").json() == {"by": "500", "type": "TypeError"}


def test_async_exception_handler() -> None:
    async def handler(request: Request[Any, Any, Any], exc: Exception) -> Response[str]:
        return Response(f"async {exc}", status_code=400, media_type="text/plain")

    @get("/")
    async def index() -> None:
        raise ValueError("oops")

    with TestClient(Litestar([index], exception_handlers={ValueError: handler})) as client:
        response = client.get("/")
    assert (response.status_code, response.text) == (400, "async oops")


def test_failing_exception_handler_gives_500() -> None:
    def broken(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
        raise RuntimeError("handler broke")

    @get("/")
    async def index() -> None:
        raise ValueError("oops")

    with TestClient(
        Litestar([index], exception_handlers={ValueError: broken}), raise_server_exceptions=False
    ) as c:
        response = c.get("/")
    assert response.json() == {"status_code": 500, "detail": "Internal Server Error"}


def test_http_exception_without_handler_keeps_status_detail_and_extra() -> None:
    @get("/")
    async def index() -> None:
        raise HTTPException(status_code=409, detail="conflict", extra={"a": 1}, headers={"x-err": "1"})

    with TestClient(Litestar([index])) as client:
        response = client.get("/")
    assert response.status_code == 409
    assert response.json() == {"status_code": 409, "detail": "conflict", "extra": {"a": 1}}
    assert response.headers["x-err"] == "1"


@pytest.mark.parametrize("debug", [False, True])
def test_unexpected_error_shows_internals_only_in_debug(debug: bool) -> None:
    @get("/")
    async def index() -> None:
        raise RuntimeError("secret-internal")

    with TestClient(Litestar([index], debug=debug, logging_config=None)) as client:
        response = client.get("/", headers={"accept": "application/json"})
    assert response.status_code == 500
    assert ("secret-internal" in response.text) is debug
    if not debug:
        assert response.json() == {"status_code": 500, "detail": "Internal Server Error"}


def test_custom_404_and_405_handlers_on_the_app() -> None:
    @get("/only-get")
    async def only_get() -> None:
        return None

    app = Litestar(
        [only_get],
        exception_handlers={NotFoundException: _by("404"), MethodNotAllowedException: _by("405")},
    )
    with TestClient(app) as client:
        assert client.get("/missing").json() == {"by": "404", "type": "NotFoundException"}
        assert client.post("/only-get").json() == {"by": "405", "type": "MethodNotAllowedException"}


def test_after_exception_hooks_run_for_handler_errors_and_routing_misses() -> None:
    seen: list[tuple[str, str]] = []

    async def async_hook(exc: Exception, scope: Any) -> None:
        seen.append((type(exc).__name__, scope["type"]))

    def sync_hook(exc: Exception, scope: Any) -> None:
        seen.append(("sync", type(exc).__name__))

    @get("/")
    async def index() -> None:
        raise ValidationException("bad")

    with TestClient(Litestar([index], after_exception=[async_hook, sync_hook])) as client:
        assert client.get("/").status_code == 400
        assert client.get("/missing").status_code == 404
        assert client.delete("/").status_code == 405
    assert seen == [
        ("ValidationException", "http"),
        ("sync", "ValidationException"),
        ("NotFoundException", "http"),
        ("sync", "NotFoundException"),
        ("MethodNotAllowedException", "http"),
        ("sync", "MethodNotAllowedException"),
    ]


def test_pdb_on_exception_calls_the_debugger_module() -> None:
    calls: list[Any] = []
    debugger = SimpleNamespace(post_mortem=lambda tb=None: calls.append(tb))

    @get("/")
    async def index() -> None:
        raise RuntimeError("x")

    with pytest.warns(LitestarWarning, match="Python Debugger on exception enabled"):
        app = Litestar([index], pdb_on_exception=True, debugger_module=debugger, logging_config=None)
    assert app.pdb_on_exception is True
    assert app.debugger_module is debugger
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/").status_code == 500
        assert client.get("/missing").status_code == 404
    assert len(calls) == 2
    assert calls[0] is not None


def test_pdb_is_off_by_default() -> None:
    calls: list[Any] = []

    @get("/")
    async def index() -> None:
        raise RuntimeError("x")

    app = Litestar([index], debugger_module=SimpleNamespace(post_mortem=calls.append), logging_config=None)
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/").status_code == 500
    assert calls == []


def test_routing_misses_for_head_have_no_body() -> None:
    @head("/h")
    async def only_head() -> None:
        return None

    @get("/g")
    async def only_get() -> None:
        return None

    with TestClient(Litestar([only_head, only_get])) as client:
        missing = client.head("/missing")
        not_allowed = client.head("/g")
        served = client.head("/h")
    assert (missing.status_code, missing.content) == (404, b"")
    assert (not_allowed.status_code, not_allowed.content) == (405, b"")
    assert not_allowed.headers["allow"] == "GET, OPTIONS"
    assert served.status_code == 200


def test_path_value_that_does_not_convert_is_404() -> None:
    @get("/items/{item_id:int}")
    async def item(item_id: int) -> int:
        return item_id

    with TestClient(Litestar([item])) as client:
        assert client.get("/items/x").status_code == 404
        assert client.get("/items/7").json() == 7


def test_websocket_to_unknown_path_is_closed_with_4500() -> None:
    from litestar.exceptions import WebSocketDisconnect

    @get("/")
    async def index() -> None:
        return None

    with TestClient(Litestar([index])) as client, pytest.raises(WebSocketDisconnect) as info:  # noqa: SIM117
        with client.websocket_connect("/nope") as ws:
            ws.receive_text()
    assert (info.value.code, info.value.detail) == (4500, "Not Found")


def test_routing_405_sets_scope_app_for_after_exception_hooks() -> None:
    seen: list[str] = []

    async def hook(exc: Exception, scope: Any) -> None:
        seen.append(f"{type(exc).__name__}:{scope['app'] is app}")

    @head("/only-head")
    async def only_head() -> None:
        return None

    app = Litestar([only_head], after_exception=[hook])
    with TestClient(app) as client:
        response = client.get("/only-head")
    assert response.status_code == 405
    assert seen == ["MethodNotAllowedException:True"]
