"""AbstractMiddleware, ASGIMiddleware, DefineMiddleware and the stack builder."""

from __future__ import annotations

import re
from typing import Any

import pytest
from litestar.enums import ScopeType
from litestar.exceptions import LitestarWarning
from litestar.middleware import AbstractMiddleware, ASGIMiddleware, DefineMiddleware, MiddlewareProtocol
from litestar.middleware._stack import build_middleware_stack


class _Handler:
    def __init__(self, **opt: Any) -> None:
        self.opt = opt


async def _app(scope: Any, receive: Any, send: Any) -> None:
    scope.setdefault("log", []).append("app")


async def _run(app: Any, **scope: Any) -> list[str]:
    full: dict[str, Any] = {"type": "http", "path": "/", "route_handler": _Handler(), **scope}
    await app(full, None, None)
    return full["log"]  # type: ignore[no-any-return]


with pytest.warns(DeprecationWarning, match="AbstractMiddleware"):

    class _Tagging(AbstractMiddleware):
        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            scope.setdefault("log", []).append("M")
            await self.app(scope, receive, send)


class _Handle(ASGIMiddleware):
    def __init__(self, tag: str = "A") -> None:
        self.tag = tag

    async def handle(self, scope: Any, receive: Any, send: Any, next_app: Any) -> None:
        scope.setdefault("log", []).append(self.tag)
        await next_app(scope, receive, send)


@pytest.mark.filterwarnings("ignore:Use of deprecated class 'AbstractMiddleware':DeprecationWarning")
class TestAbstractMiddleware:
    """Exclusion is applied around the subclass ``__call__``."""

    async def test_runs_for_http_and_websocket_by_default(self) -> None:
        middleware = _Tagging(_app)
        assert await _run(middleware) == ["M", "app"]
        assert await _run(middleware, type="websocket") == ["M", "app"]
        assert middleware.scopes == {ScopeType.HTTP, ScopeType.WEBSOCKET}
        assert middleware.exclude_pattern is None

    async def test_other_scope_types_bypass(self) -> None:
        assert await _run(_Tagging(_app), type="lifespan") == ["app"]
        assert await _run(_Tagging(_app, scopes={ScopeType.HTTP}), type="websocket") == ["app"]

    @pytest.mark.parametrize(
        ("path", "expected"),
        [("/foo/x", ["app"]), ("/x/bar", ["app"]), ("/x", ["M", "app"]), ("/root/foo", ["M", "app"])],
    )
    async def test_exclude_patterns_are_searched_in_the_raw_path(
        self, path: str, expected: list[str]
    ) -> None:
        middleware = _Tagging(_app, exclude=["^/foo", "bar"])
        assert middleware.exclude_pattern == re.compile("^/foo|bar")
        assert await _run(middleware, path=path, root_path="/root") == expected

    async def test_exclude_opt_key_on_the_route_handler_bypasses(self) -> None:
        middleware = _Tagging(_app, exclude_opt_key="skip")
        assert await _run(middleware, route_handler=_Handler(skip=True)) == ["app"]
        assert await _run(middleware, route_handler=_Handler(skip=False)) == ["M", "app"]

    async def test_opt_key_is_checked_before_the_path(self) -> None:
        middleware = _Tagging(_app, exclude="^/foo", exclude_opt_key="skip")
        with pytest.raises(KeyError, match="route_handler"):
            await middleware({"type": "http", "path": "/foo"}, None, None)

    async def test_class_attributes_are_the_defaults(self) -> None:
        class Configured(_Tagging):
            scopes = {ScopeType.HTTP}
            exclude = ["^/z"]
            exclude_opt_key = "skip"

        middleware = Configured(_app)
        assert middleware.exclude_pattern == re.compile("^/z")
        assert await _run(middleware, path="/z") == ["app"]
        assert await _run(middleware, route_handler=_Handler(skip=True)) == ["app"]
        assert await _run(middleware, type="websocket") == ["app"]
        assert await _run(middleware, path="/y") == ["M", "app"]

    async def test_empty_exclude_means_no_exclusion(self) -> None:
        assert _Tagging(_app, exclude="").exclude_pattern is None
        assert _Tagging(_app, exclude=[]).exclude_pattern is None

    def test_greedy_pattern_warns(self) -> None:
        with pytest.warns(
            LitestarWarning, match="'_Tagging' exclude pattern 'a\\|' greedily matches all paths"
        ):
            _Tagging(_app, exclude=["a", ""])

    async def test_subclass_of_subclass_is_checked_at_each_level(self) -> None:
        class Outer(_Tagging):
            exclude = "^/z"

            async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
                scope.setdefault("log", []).append("O")
                await super().__call__(scope, receive, send)

        assert await _run(Outer(_app), path="/y") == ["O", "M", "app"]
        assert await _run(Outer(_app), path="/z") == ["app"]

    async def test_base_call_is_abstract(self) -> None:
        with pytest.raises(NotImplementedError, match="abstract method must be implemented"):
            await AbstractMiddleware(_app)({"type": "http", "path": "/"}, None, None)  # type: ignore[arg-type]

    def test_satisfies_the_protocol(self) -> None:
        assert isinstance(_Tagging(_app), MiddlewareProtocol)
        assert not isinstance(_Handle(), MiddlewareProtocol)


class TestASGIMiddleware:
    """``instance(app)`` returns an ASGI app deciding exclusion per connection."""

    async def test_runs_handle_then_next_app(self) -> None:
        assert await _run(_Handle()(_app)) == ["A", "app"]
        assert await _run(_Handle()(_app), type="lifespan") == ["app"]

    async def test_class_attribute_exclusion(self) -> None:
        class Excluding(_Handle):
            scopes = (ScopeType.HTTP,)
            exclude_path_pattern = ("^/a", "b$")
            exclude_opt_key = "skip"

        app = Excluding()(_app)
        assert await _run(app, path="/a") == ["app"]
        assert await _run(app, path="/xb") == ["app"]
        assert await _run(app, path="/ba") == ["A", "app"]
        assert await _run(app, route_handler=_Handler(skip=True)) == ["app"]
        assert await _run(app, type="websocket") == ["app"]

    @pytest.mark.parametrize("pattern", ["", (), ("",)])
    async def test_empty_pattern_excludes_everything_with_a_warning(self, pattern: Any) -> None:
        class Empty(_Handle):
            exclude_path_pattern = pattern

        with pytest.warns(LitestarWarning, match="greedily matches all paths"):
            app = Empty()(_app)
        assert await _run(app, path="/x") == ["app"]

    def test_handle_is_abstract(self) -> None:
        with pytest.raises(TypeError, match="abstract"):
            ASGIMiddleware()  # type: ignore[abstract]


class _Keyword:
    def __init__(self, app: Any, tag: str) -> None:
        self.app = app
        self.tag = tag

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        scope.setdefault("log", []).append(self.tag)
        await self.app(scope, receive, send)


def _factory(app: Any) -> Any:
    async def middleware(scope: Any, receive: Any, send: Any) -> None:
        scope.setdefault("log", []).append("F")
        await app(scope, receive, send)

    return middleware


async def test_define_middleware_passes_app_as_keyword() -> None:
    definition = DefineMiddleware(_Keyword, tag="K")
    assert (definition.middleware, definition.args, definition.kwargs) == (_Keyword, (), {"tag": "K"})
    assert await _run(definition(_app)) == ["K", "app"]
    with pytest.raises(TypeError, match="multiple values"):
        DefineMiddleware(_Keyword, "K")(_app)


async def _unexpected_error(*args: Any) -> None:
    raise AssertionError("no exception is expected here")


async def test_stack_first_element_is_outermost() -> None:
    stack = build_middleware_stack(
        _app, [_factory, DefineMiddleware(_Keyword, tag="K"), _Handle("a"), _Tagging], _unexpected_error
    )
    assert await _run(stack) == ["F", "K", "a", "M", "app"]
    assert build_middleware_stack(_app, [], _unexpected_error) is _app
