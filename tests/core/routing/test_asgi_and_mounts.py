"""``@asgi`` handlers: plain ASGI routes, guards, copy_scope and mounts."""

from __future__ import annotations

import json
from typing import Any

import pytest
from litestar import Litestar, Router, get
from litestar.exceptions import ImproperlyConfiguredException, NotAuthorizedException
from litestar.handlers import ASGIRouteHandler, asgi
from litestar.testing import TestClient
from litestar.types import Receive, Scope, Send


async def _send_json(send: Send, data: Any) -> None:
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
    )
    await send({"type": "http.response.body", "body": json.dumps(data).encode()})


def _describe(scope: Scope) -> dict[str, Any]:
    return {
        "path": scope["path"],
        "raw_path": scope["raw_path"].decode(),
        "root_path": scope.get("root_path"),
        "path_params": scope.get("path_params"),
        "handler": scope["route_handler"].handler_name,
    }


@asgi("/mount", is_mount=True, copy_scope=True)
async def mounted(scope: Scope, receive: Receive, send: Send) -> None:
    await _send_json(send, _describe(scope))


@get("/mount/inner")
async def inner() -> str:
    return "inner"


@pytest.mark.parametrize(
    ("method", "url", "path"),
    [
        ("GET", "/mount", "/"),
        ("GET", "/mount/", "/"),
        ("GET", "/mount/a/b", "/a/b/"),
        ("POST", "/mount/a/b/", "/a/b/"),
    ],
)
def test_mount_receives_the_remaining_path(method: str, url: str, path: str) -> None:
    with TestClient(Litestar([mounted, inner])) as client:
        response = client.request(method, url)
    assert response.json() == {
        "path": path,
        "raw_path": url,
        "root_path": "",
        "path_params": {},
        "handler": "mounted",
    }


def test_routes_below_a_mount_win_and_siblings_are_404() -> None:
    with TestClient(Litestar([mounted, inner])) as client:
        assert client.get("/mount/inner").text == "inner"
        assert client.get("/mountain").status_code == 404
        assert client.get("/elsewhere").status_code == 404


def test_mount_on_root_catches_everything_else() -> None:
    @asgi("/", is_mount=True, copy_scope=False)
    async def catch_all(scope: Scope, receive: Receive, send: Send) -> None:
        await _send_json(send, {"path": scope["path"]})

    @get("/x")
    async def x() -> str:
        return "x"

    with TestClient(Litestar([catch_all, x])) as client:
        assert client.get("/").json() == {"path": "/"}
        assert client.get("/x").text == "x"
        assert client.get("/y/z").json() == {"path": "/y/z/"}


def test_mount_below_a_router_and_with_root_path() -> None:
    with TestClient(Litestar([Router("/r", route_handlers=[mounted])]), root_path="/api") as client:
        body = client.get("/api/r/mount/z").json()
    assert body["path"] == "/z/"
    assert body["root_path"] == "/api"


def test_mount_exception_goes_to_the_exception_handlers() -> None:
    @asgi("/boom", is_mount=True, copy_scope=True)
    async def boom(scope: Scope, receive: Receive, send: Send) -> None:
        raise NotAuthorizedException("mount says no")

    with TestClient(Litestar([boom])) as client:
        response = client.get("/boom/x")
    assert response.status_code == 401
    assert response.json()["detail"] == "mount says no"


def test_plain_asgi_handler_serves_every_method_with_path_params() -> None:
    @asgi("/plain/{x:int}", copy_scope=False)
    async def plain(scope: Scope, receive: Receive, send: Send) -> None:
        await _send_json(send, {"method": scope["method"], "path_params": scope["path_params"]})

    with TestClient(Litestar([plain])) as client:
        assert client.get("/plain/3").json() == {"method": "GET", "path_params": {"x": 3}}
        assert client.delete("/plain/3").json() == {"method": "DELETE", "path_params": {"x": 3}}
        assert client.get("/plain/x").status_code == 404


def _deny_without_header(connection: Any, handler: Any) -> None:
    if connection.headers.get("x-ok") != "1":
        raise NotAuthorizedException("nope")


async def _async_guard(connection: Any, handler: Any) -> None:
    connection.scope["guarded_by"] = handler.fn.__name__


@pytest.mark.parametrize("copy_scope", [True, False])
def test_asgi_handler_guards_and_copy_scope(copy_scope: bool) -> None:
    seen: list[Any] = []

    @asgi("/guarded", guards=[_deny_without_header, _async_guard], copy_scope=copy_scope)
    async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
        scope["mutated"] = True  # type: ignore[typeddict-unknown-key]
        await _send_json(send, {"by": scope.get("guarded_by")})

    async def record(message: Any, scope: Any) -> None:
        if message["type"] == "http.response.body":
            seen.append(scope.get("mutated"))

    with TestClient(Litestar([guarded], before_send=[record])) as client:
        assert client.get("/guarded").status_code == 401
        assert client.get("/guarded", headers={"x-ok": "1"}).json() == {"by": "guarded"}
    assert seen[-1] is (None if copy_scope else True)


def test_asgi_guard_uses_the_app_request_class() -> None:
    from litestar import Request

    class MyRequest(Request[Any, Any, Any]):
        pass

    classes: list[type] = []

    def guard(connection: Any, handler: Any) -> None:
        classes.append(type(connection))

    @asgi("/g", guards=[guard], copy_scope=True)
    async def handler(scope: Scope, receive: Receive, send: Send) -> None:
        await _send_json(send, {})

    with TestClient(Litestar([handler], request_class=MyRequest)) as client:
        client.get("/g")
    assert classes == [MyRequest]


def test_mount_without_copy_scope_warns_when_registered() -> None:
    """As 2.17: the DeprecationWarning comes when the app is built, not at decoration."""

    @asgi("/m", is_mount=True)
    async def m(scope: Scope, receive: Receive, send: Send) -> None:
        pass

    with pytest.warns(DeprecationWarning, match="'copy_scope' not set for ASGI handler"):
        Litestar([m])


def test_asgi_handler_must_be_an_async_callable_with_asgi_parameters() -> None:
    def sync_app(scope: Scope, receive: Receive, send: Send) -> None:
        pass

    async def wrong(scope: Scope, receive: Receive) -> None:
        pass

    with pytest.raises(ImproperlyConfiguredException, match="must be an async callable"):
        asgi("/x")(sync_app)  # type: ignore[arg-type]
    with pytest.raises(ImproperlyConfiguredException, match=r"missing: send"):
        asgi("/x")(wrong)  # type: ignore[arg-type]


def test_asgi_handler_may_be_a_callable_object() -> None:
    class App:
        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            await _send_json(send, {"object": True})

    handler = ASGIRouteHandler("/obj", copy_scope=True)(App())
    assert handler.is_mount is False
    assert handler.is_static is False
    with TestClient(Litestar([handler])) as client:
        assert client.get("/obj").json() == {"object": True}


def test_static_asgi_handler_is_a_mount() -> None:
    handler = asgi("/static", is_static=True, copy_scope=True)(mounted.fn)
    assert handler.is_mount is True
    assert handler.is_static is True


def test_duplicate_asgi_route_is_an_error() -> None:
    @asgi("/a", copy_scope=True)
    async def first(scope: Scope, receive: Receive, send: Send) -> None:
        pass

    @asgi("/a", copy_scope=True)
    async def second(scope: Scope, receive: Receive, send: Send) -> None:
        pass

    with pytest.raises(ImproperlyConfiguredException, match="Duplicate ASGI route on '/a'"):
        Litestar([first, second])
