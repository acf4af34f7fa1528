"""Connection state stored in the ASGI scope."""

from __future__ import annotations

from typing import Any, ClassVar

from litestar.types import Empty
from litestar.utils import get_serializer_from_scope
from litestar.utils.scope.state import (
    ScopeState,
    delete_litestar_scope_state,
    get_litestar_scope_state,
    set_litestar_scope_state,
)


def test_scope_state_is_created_once_in_scope_state() -> None:
    scope: Any = {}
    state = ScopeState.from_scope(scope)
    assert scope["state"] == {"_ls_connection_state": state}
    assert ScopeState.from_scope(scope) is state
    assert state.body is Empty
    assert state.response_started is False
    assert state.flash_messages == []
    assert state.log_context == {}

    existing: Any = {"state": {"x": 1}}
    ScopeState.from_scope(existing)
    assert existing["state"]["x"] == 1


def test_get_set_delete_known_keys() -> None:
    scope: Any = {}
    assert get_litestar_scope_state(scope, "body", "default") == "default"
    set_litestar_scope_state(scope, "body", b"x")
    assert ScopeState.from_scope(scope).body == b"x"
    assert get_litestar_scope_state(scope, "body") == b"x"
    assert get_litestar_scope_state(scope, "body", pop=True) == b"x"
    assert ScopeState.from_scope(scope).body is Empty
    set_litestar_scope_state(scope, "json", 1)
    delete_litestar_scope_state(scope, "json")
    assert ScopeState.from_scope(scope).json is Empty


def test_unknown_keys_use_a_compat_namespace() -> None:
    scope: Any = {}
    assert get_litestar_scope_state(scope, "custom", 5) == 5
    set_litestar_scope_state(scope, "custom", 6)
    assert get_litestar_scope_state(scope, "custom") == 6
    assert get_litestar_scope_state(scope, "custom", pop=True) == 6
    assert get_litestar_scope_state(scope, "custom") is None
    set_litestar_scope_state(scope, "custom", 7)
    delete_litestar_scope_state(scope, "custom")
    delete_litestar_scope_state(scope, "custom")
    assert get_litestar_scope_state(scope, "custom") is None


def test_repr_lists_the_values() -> None:
    text = repr(ScopeState())
    assert text.startswith("ScopeState(accept=<_EmptyEnum.EMPTY: 0>, base_url=")
    assert "form=<_EmptyEnum.EMPTY: 0>, flash_messages=[], headers=" in text
    assert text.endswith("url=<_EmptyEnum.EMPTY: 0>, _compat_ns={})")


class _Handler:
    def resolve_type_encoders(self) -> dict[Any, Any]:
        return {int: str}


class _App:
    type_encoders: ClassVar[dict[Any, Any]] = {float: str}


def test_get_serializer_from_scope() -> None:
    serializer = get_serializer_from_scope({"route_handler": _Handler(), "app": _App()})  # type: ignore[typeddict-item]
    assert serializer(True) == "True"
    serializer = get_serializer_from_scope({"route_handler": object(), "app": _App()})  # type: ignore[typeddict-item]
    assert serializer(1.5) == "1.5"
