"""Tests for ``litestar.connection.base.ASGIConnection``."""

from __future__ import annotations

from typing import Any

import pytest
from _connection_helpers import http_scope
from litestar.connection import ASGIConnection, Request, WebSocket
from litestar.datastructures import URL, Address, State
from litestar.exceptions import ImproperlyConfiguredException
from litestar.types.empty import Empty


class FakeApp:
    """An app stand-in with the methods connections delegate to."""

    multipart_form_part_limit = 1000

    def route_reverse(self, name: str, **params: Any) -> str:
        return f"/{name}/" + "/".join(str(v) for v in params.values())

    def url_for_static_asset(self, name: str, file_path: str) -> str:
        return f"/static/{name}/{file_path}"

    def get_logger(self) -> str:
        return "logger"


def test_exports() -> None:
    import litestar.connection

    assert litestar.connection.__all__ == ("ASGIConnection", "Request", "WebSocket")


def test_generic_subscription() -> None:
    assert Request[Any, Any, Any] is not None
    assert WebSocket[Any, Any, Any] is not None
    assert ASGIConnection[Any, Any, Any, Any] is not None


def test_parsed_properties_are_cached() -> None:
    scope = http_scope(headers=[(b"host", b"example.org"), (b"cookie", b"a=1; b=2")])
    connection = ASGIConnection(scope)  # type: ignore[arg-type]
    assert connection.url == URL("http://example.org/p?a=1&b=&a=2")
    assert connection.url is connection.url
    assert str(connection.base_url) == "http://example.org/"
    assert connection.base_url is connection.base_url
    assert connection.headers is connection.headers
    assert connection.headers["HOST"] == "example.org"
    assert list(connection.query_params.multi_items()) == [("a", "1"), ("b", ""), ("a", "2")]
    assert connection.query_params is connection.query_params
    assert connection.cookies == {"a": "1", "b": "2"}
    assert connection.cookies is connection.cookies
    assert connection.client == Address("1.2.3.4", 55)


def test_base_url_with_root_path_and_no_client() -> None:
    scope = http_scope(root_path="/root", scheme="https", server=("h", 8443), client=None, query_string=b"")
    connection = ASGIConnection(scope)  # type: ignore[arg-type]
    assert str(connection.base_url) == "https://h:8443/root/"
    assert connection.client is None
    assert connection.cookies == {}
    assert len(connection.query_params) == 0


def test_scope_backed_properties() -> None:
    app = FakeApp()
    handler = object()
    scope = http_scope(
        app=app, route_handler=handler, path_params={"x": 1}, user="u", auth="t", session={"s": 1}
    )
    connection = ASGIConnection(scope)  # type: ignore[arg-type]
    assert connection.app is app
    assert connection.route_handler is handler
    assert connection.path_params == {"x": 1}
    assert (connection.user, connection.auth, connection.session) == ("u", "t", {"s": 1})
    assert connection.logger == "logger"
    assert connection.url_for("item", x=5) == "http://testserver/item/5"
    assert connection.url_for_static_asset("assets", "a.css") == "http://testserver/static/assets/a.css"


def test_url_for_without_trailing_slash_join() -> None:
    class App(FakeApp):
        def route_reverse(self, name: str, **params: Any) -> str:
            return "relative"

    connection = ASGIConnection(http_scope(app=App()))  # type: ignore[arg-type]
    assert connection.url_for("x") == "http://testserver/relative"


def test_state_is_created_and_shared_with_scope() -> None:
    scope = http_scope()
    connection = ASGIConnection(scope)  # type: ignore[arg-type]
    state = connection.state
    assert isinstance(state, State)
    state.z = 3
    assert scope["state"] == {"z": 3}
    assert connection.state.z == 3


@pytest.mark.parametrize(
    ("attribute", "message"),
    [
        ("user", "'user' is not defined in scope, install an AuthMiddleware to set it"),
        ("auth", "'auth' is not defined in scope, install an AuthMiddleware to set it"),
        ("session", "'session' is not defined in scope, install a SessionMiddleware to set it"),
    ],
)
def test_missing_middleware_values(attribute: str, message: str) -> None:
    connection = ASGIConnection(http_scope())  # type: ignore[arg-type]
    with pytest.raises(ImproperlyConfiguredException) as exc_info:
        getattr(connection, attribute)
    assert exc_info.value.detail == message
    assert exc_info.value.status_code == 500


def test_missing_scope_keys_raise_key_error() -> None:
    connection = ASGIConnection(http_scope())  # type: ignore[arg-type]
    for attribute in ("app", "route_handler", "path_params"):
        with pytest.raises(KeyError):
            getattr(connection, attribute)


def test_session_helpers() -> None:
    scope = http_scope(_litestar_session_id="sid")
    connection = ASGIConnection(scope)  # type: ignore[arg-type]
    assert connection.get_session_id() == "sid"
    connection.set_session({"a": 1})
    assert scope["session"] == {"a": 1}
    assert connection.session == {"a": 1}
    connection.clear_session()
    assert scope["session"] is Empty
    assert connection.get_session_id() is None


def test_session_id_from_scope_state() -> None:
    from litestar.utils.scope.state import ScopeState

    scope = http_scope()
    connection = ASGIConnection(scope)  # type: ignore[arg-type]
    assert connection.get_session_id() is None
    scope_state = ScopeState.from_scope(scope)  # type: ignore[arg-type]
    assert connection.get_session_id() is None
    scope_state.session_id = "sid"
    assert connection.get_session_id() == "sid"
    connection.clear_session()
    assert scope_state.session_id is Empty
    assert connection.get_session_id() is None
