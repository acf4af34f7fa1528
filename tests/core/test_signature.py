"""Signature parsing: annotations, markers, defaults, optional types and error locations."""

from __future__ import annotations

import subprocess
import sys
import types
from functools import partial
from typing import Annotated, Any, Optional, Union

import msgspec
import pytest
from litestar import get
from litestar._signature import ParsedParameter, callable_location, parse_signature, unwrap_optional
from litestar.exceptions import ImproperlyConfiguredException
from litestar.params import Dependency, DependencyKwarg, Parameter, ParameterKwarg
from litestar.testing import create_test_client
from litestar.types.empty import Empty

NoneType = type(None)
META = msgspec.Meta(ge=1)


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (Optional[int], (int, True)),
        (int | None, (int, True)),
        (Union[int, str, None], (Union[int, str], True)),
        (Union[int, str], (Union[int, str], False)),
        (None, (NoneType, True)),
        (NoneType, (NoneType, True)),
        (Any, (Any, True)),
        (int, (int, False)),
        (list[int], (list[int], False)),
    ],
)
def test_unwrap_optional(annotation: Any, expected: tuple[Any, bool]) -> None:
    assert unwrap_optional(annotation) == expected


def test_parsed_parameter_is_optional() -> None:
    def fn(a: Optional[int], b: int, c: Any, d: None) -> None: ...

    params = parse_signature(fn).parameters
    assert [params[name].is_optional for name in "abcd"] == [True, False, True, True]
    assert isinstance(params["a"], ParsedParameter)


def test_markers_defaults_and_metadata() -> None:
    meta = META

    def fn(
        a: Annotated[int, META, Parameter(query="x")],
        b: int = Parameter(default=3),
        c: str = "z",
        d: int = Dependency(),
        e: Annotated[int, META] = 2,
    ) -> None: ...

    params = parse_signature(fn).parameters
    assert params["a"].annotation is int
    assert isinstance(params["a"].kwarg_definition, ParameterKwarg)
    assert params["a"].kwarg_definition.query == "x"
    assert params["a"].metadata == (meta,)
    assert params["a"].default is Empty
    assert (params["b"].default, params["b"].kwarg_definition.default) == (3, 3)
    assert (params["c"].default, params["c"].kwarg_definition) == ("z", None)
    assert isinstance(params["d"].kwarg_definition, DependencyKwarg)
    assert params["d"].default is Empty
    assert (params["e"].annotation, params["e"].metadata, params["e"].default) == (int, (meta,), 2)


def test_variadic_parameters_and_missing_annotations() -> None:
    def fn(a, *args: int, b: int, **kwargs: str):  # type: ignore[no-untyped-def]
        ...

    signature = parse_signature(fn)
    assert list(signature.parameters) == ["a", "b"]
    assert signature.has_var_kwargs
    assert signature.parameters["a"].has_annotation is False
    assert signature.parameters["a"].annotation is Any
    assert signature.return_annotation is Empty


def test_no_var_kwargs_and_return_annotation() -> None:
    def fn(a: int) -> Optional[str]: ...

    signature = parse_signature(fn)
    assert signature.has_var_kwargs is False
    assert signature.return_annotation == Optional[str]


def test_unresolvable_annotation_names_the_callable_and_the_fix() -> None:
    def fn(a: Missing) -> None: ...  # type: ignore[name-defined]  # noqa: F821

    with pytest.raises(ImproperlyConfiguredException) as exc_info:
        parse_signature(fn)
    message = str(exc_info.value)
    assert "'Missing'" in message
    assert "test_unresolvable_annotation_names_the_callable_and_the_fix.<locals>.fn" in message
    assert "signature_namespace" in message
    # The layered namespace resolves it.
    assert parse_signature(fn, {"Missing": int}).parameters["a"].annotation is int


def test_annotation_failing_to_evaluate_falls_back_to_raw_annotations() -> None:
    def fn(a: int | "Later") -> None: ...  # type: ignore[name-defined]  # noqa: F821, UP037

    signature = parse_signature(fn)
    assert signature.parameters["a"].annotation == "int | 'Later'"
    assert signature.return_annotation == "None"


class Callable_:
    def __init__(self, size: int) -> None:
        self.size = size

    def __call__(self, value: str, flag: bool = False) -> float:
        return 0.0

    def method(self, x: int) -> int:
        return x


def test_callable_instances_classes_methods_and_partials() -> None:
    instance = Callable_(1)
    assert list(parse_signature(instance).parameters) == ["value", "flag"]
    assert parse_signature(instance).parameters["value"].annotation is str
    assert parse_signature(instance).return_annotation is float
    assert parse_signature(Callable_).parameters["size"].annotation is int
    assert list(parse_signature(instance.method).parameters) == ["x"]

    def fn(a: int, b: str) -> None: ...

    bound = partial(fn, 1)
    assert list(parse_signature(bound).parameters) == ["b"]
    assert parse_signature(bound).parameters["b"].annotation is str


def test_callable_location() -> None:
    def fn() -> None: ...

    location = callable_location(fn)
    assert location.startswith(f"{__name__}.test_callable_location.<locals>.fn (")
    assert location.endswith(f"{__file__}:{fn.__code__.co_firstlineno})")
    # Partials and bound methods point at the underlying function.
    assert callable_location(partial(partial(fn))) == location
    assert callable_location(Callable_(1).method).startswith(f"{__name__}.Callable_.method (")
    # A class points at its source file, an instance or a built-in has no location.
    assert callable_location(Callable_) == f"{__name__}.Callable_ ({__file__})"
    assert callable_location(Callable_(1)) == f"{__name__}.Callable_ (<unknown>)"
    assert callable_location(len) == "len (<unknown>)"


def test_callable_location_of_a_class_without_source(monkeypatch: pytest.MonkeyPatch) -> None:
    # A class defined in an interactive ``__main__`` (no file): inspect raises OSError.
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
    cls = type("Interactive", (), {"__module__": "__main__"})
    assert callable_location(cls) == "__main__.Interactive (<unknown>)"


def test_annotated_metadata_constrains_a_query_parameter() -> None:
    @get("/")
    async def handler(
        q: Annotated[int, msgspec.Meta(ge=3)], r: Annotated[str, Parameter(query="rr")] = "d"
    ) -> Any:
        return {"q": q, "r": r}

    with create_test_client([handler]) as client:
        assert client.get("/?q=3&rr=x").json() == {"q": 3, "r": "x"}
        assert client.get("/?q=4&r=x").json() == {"q": 4, "r": "d"}
        response = client.get("/?q=1")
    assert response.status_code == 400
    assert response.json()["extra"] == [{"message": "Expected `int` >= 3", "key": "q", "source": "query"}]


def test_return_type_is_a_field_definition_as_handlers_expose_it() -> None:
    @get("/", sync_to_thread=False)
    def handler() -> list[int]:
        return []

    return_type = handler.parsed_fn_signature.return_type
    assert (return_type.annotation, return_type.origin) == (list[int], list)
    assert parse_signature(lambda: None, {}).return_type.annotation is Any


def test_equal_annotation_strings_resolve_in_each_callables_own_namespaces() -> None:
    # The compiled form of an annotation string is shared; what it names is looked up in
    # the module and the layered namespace of each callable.
    first = types.ModuleType("first_module")
    second = types.ModuleType("second_module")
    source = "class Item:\n    pass\n\ndef handler(item: 'Item', other: 'Extra') -> 'list[Item]':\n    ...\n"
    for module in (first, second):
        sys.modules[module.__name__] = module
        exec(source, vars(module))  # two modules built from the same source
    try:
        parsed_first = parse_signature(first.handler, {"Extra": int})
        parsed_second = parse_signature(second.handler, {"Extra": str})
    finally:
        del sys.modules["first_module"], sys.modules["second_module"]
    assert parsed_first.parameters["item"].annotation is first.Item
    assert parsed_second.parameters["item"].annotation is second.Item
    assert parsed_first.parameters["other"].annotation is int
    assert parsed_second.parameters["other"].annotation is str
    assert parsed_first.return_annotation == list[first.Item]
    assert parsed_second.return_annotation == list[second.Item]


def test_an_annotation_that_is_not_an_expression_is_a_syntax_error() -> None:
    def handler(value: "not an expression") -> None: ...  # noqa: F722

    with pytest.raises(SyntaxError):
        parse_signature(handler)


def test_an_app_without_parameter_markers_does_not_load_litestar_params() -> None:
    code = (
        "import sys\n"
        "from litestar import Litestar, get\n"
        "from litestar.testing import TestClient\n"
        "@get('/items/{item_id:int}')\n"
        "async def item(item_id: int, n: int = 1) -> dict:\n"
        "    return {'id': item_id, 'n': n}\n"
        "with TestClient(Litestar([item], openapi_config=None)) as client:\n"
        "    assert client.get('/items/3?n=2').json() == {'id': 3, 'n': 2}\n"
        "    assert client.get('/items/3?n=x').status_code == 400\n"
        "print('litestar.params' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"
