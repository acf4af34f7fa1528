"""``litestar.utils.signature``: type hints with the framework's default names, namespace merging."""

from __future__ import annotations

import inspect
from functools import partial
from typing import TYPE_CHECKING, Any

import pytest
from litestar.connection import Request
from litestar.datastructures import State
from litestar.exceptions import ImproperlyConfiguredException
from litestar.types.empty import Empty
from litestar.utils.signature import (
    ParsedSignature,
    add_types_to_signature_namespace,
    get_fn_type_hints,
    merge_signature_namespaces,
)
from litestar.utils.warnings import LitestarWarning

if TYPE_CHECKING:
    from litestar.connection import WebSocket


def handler(a: int, request: Request, socket: WebSocket, c: str | None = None) -> State:
    raise NotImplementedError


def test_framework_names_resolve_without_import() -> None:
    """Names imported only under TYPE_CHECKING resolve through the default namespace."""
    hints = get_fn_type_hints(handler)
    assert hints["socket"].__name__ == "WebSocket"
    assert hints["request"] is Request
    assert hints["return"] is State


def test_namespace_wins() -> None:
    """An explicit namespace entry takes precedence over the defaults."""
    assert get_fn_type_hints(handler, {"WebSocket": int})["socket"] is int


def test_classes_and_partials() -> None:
    """A class is described by its ``__init__``; a partial by its function."""

    class Service:
        def __init__(self, q: int) -> None: ...

    assert get_fn_type_hints(Service) == {"q": int, "return": type(None)}
    assert get_fn_type_hints(partial(handler, 1))["a"] is int


def test_merge_warns_on_override() -> None:
    """Merging adds names in place and warns when a name changes meaning."""
    namespace: dict[str, Any] = {"a": int}
    assert merge_signature_namespaces(namespace, {"b": str}) is namespace
    assert namespace == {
        "a": int,
        "b": str,
    }
    with pytest.warns(LitestarWarning, match="Type 'a' is already defined"):
        merge_signature_namespaces(namespace, {"a": str})
    assert namespace["a"] is str
    assert add_types_to_signature_namespace([int, dict], {"x": 1}) == {"x": 1, "int": int, "dict": dict}


def test_parsed_signature() -> None:
    """Parameters become FieldDefinitions; a missing return annotation gives an Empty one."""
    parsed = ParsedSignature.from_fn(handler, {})
    assert list(parsed.parameters) == ["a", "request", "socket", "c"]
    assert parsed.parameters["c"].default is None
    assert parsed.parameters["c"].is_optional
    assert parsed.return_type.annotation is State
    assert isinstance(parsed.original_signature, inspect.Signature)

    def no_return(x: int):  # type: ignore[no-untyped-def]
        return x

    assert ParsedSignature.from_fn(no_return, {}).return_type.annotation is Empty
    with pytest.raises(ImproperlyConfiguredException, match="does not have a type annotation"):
        ParsedSignature.from_fn(lambda x: x, {})
