"""Empty helpers, dataclass extraction, module loading, versions, compat and sync."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import Any

import litestar.utils
import pytest
from litestar.types import Empty
from litestar.utils import AsyncIteratorWrapper, ensure_async_callable
from litestar.utils.compat import async_next
from litestar.utils.dataclass import extract_dataclass_fields, extract_dataclass_items, simple_asdict
from litestar.utils.empty import EmptyValueError, value_or_default, value_or_raise
from litestar.utils.module_loader import import_string, module_to_os_path
from litestar.utils.sync import AsyncCallable
from litestar.utils.version import Version, get_version, parse_version


def test_value_or_default_and_raise() -> None:
    assert value_or_default(Empty, 3) == 3
    assert value_or_default(None, 3) is None
    assert value_or_raise(1) == 1
    with pytest.raises(EmptyValueError, match="Empty value encountered"):
        value_or_raise(Empty)
    assert issubclass(EmptyValueError, ValueError)


@dataclasses.dataclass
class _Inner:
    a: int = 1
    b: Any = None


@dataclasses.dataclass
class _Outer:
    a: int = 1
    b: Any = None
    c: Any = Empty
    d: _Inner = dataclasses.field(default_factory=_Inner)


def test_extract_dataclass_fields_and_items() -> None:
    obj = _Outer()
    assert [f.name for f in extract_dataclass_fields(obj)] == ["a", "b", "c", "d"]
    assert [f.name for f in extract_dataclass_fields(obj, exclude_none=True, exclude_empty=True)] == [
        "a",
        "d",
    ]
    assert [f.name for f in extract_dataclass_fields(obj, include={"a", "c"})] == ["a", "c"]
    with pytest.raises(ValueError, match=r"Fields \{'a'\} are both included and excluded."):
        extract_dataclass_fields(obj, include={"a"}, exclude={"a"})
    assert extract_dataclass_items(obj, exclude_none=True) == (("a", 1), ("c", Empty), ("d", _Inner()))


def test_simple_asdict() -> None:
    obj = _Outer()
    assert simple_asdict(obj) == {"a": 1, "b": None, "c": Empty, "d": {"a": 1, "b": None}}
    assert simple_asdict(obj, exclude_empty=True, convert_nested=False) == {"a": 1, "b": None, "d": _Inner()}
    assert simple_asdict(obj, exclude_none=True, exclude={"a"}) == {"c": Empty, "d": {"a": 1}}


def test_import_string() -> None:
    assert import_string("litestar.utils.module_loader.import_string") is import_string
    with pytest.raises(ImportError) as exc_info:
        import_string("litestar")
    assert exc_info.value.args == ("%s doesn't look like a module path", "litestar")
    with pytest.raises(ImportError) as exc_info:
        import_string("litestar.utils.nope")
    assert exc_info.value.args == (
        "Module '%s' does not define a '%s' attribute/class",
        "litestar.utils",
        "nope",
    )
    with pytest.raises(ModuleNotFoundError):
        import_string("nonexistent_mod_h1.x")


def test_module_to_os_path() -> None:
    utils_dir = Path(litestar.utils.__file__).parent
    assert module_to_os_path("litestar.utils") == utils_dir
    assert module_to_os_path("litestar.utils.helpers") == utils_dir
    for missing in ("nonexistent_mod_h1", "nonexistent_mod_h1.sub"):
        with pytest.raises(TypeError, match=f"Couldn't find the path for {missing}"):
            module_to_os_path(missing)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2.17.0", Version(2, 17, 0, "final", 0)),
        ("2.0.0a1", Version(2, 0, 0, "alpha", 1)),
        ("2.0.0beta2", Version(2, 0, 0, "beta", 2)),
        ("2.0.0rc3", Version(2, 0, 0, "rc", 3)),
    ],
)
def test_parse_version(raw: str, expected: Version) -> None:
    assert parse_version(raw) == expected


def test_parse_version_errors_and_formatting() -> None:
    with pytest.raises(ValueError, match="Invalid release level: dev"):
        parse_version("2.0.0.dev1")
    with pytest.raises(ValueError, match=r"Invalid version: 1\.2"):
        parse_version("1.2")
    version = parse_version("2.0.0a1")
    assert version.formatted() == "2.0.0alpha1"
    assert version.formatted(short=True) == "2.0.0"
    assert get_version().major == 2


async def test_async_next() -> None:
    async def gen() -> Any:
        yield 1

    iterator = gen()
    assert await async_next(iterator) == 1
    assert await async_next(iterator, "default") == "default"
    with pytest.raises(StopAsyncIteration):
        await async_next(iterator)


async def test_ensure_async_callable_and_async_callable() -> None:
    main_thread = threading.get_ident()

    def add(x: int, y: int = 2) -> tuple[int, bool]:
        return x + y, threading.get_ident() == main_thread

    wrapped = ensure_async_callable(add)
    assert isinstance(wrapped, AsyncCallable)
    assert await wrapped(1, y=3) == (4, False)

    async def already_async() -> None:
        pass

    assert ensure_async_callable(already_async) is already_async


async def test_async_iterator_wrapper() -> None:
    wrapper = AsyncIteratorWrapper([1, 2, 3])
    assert [item async for item in wrapper] == [1, 2, 3]
    generator_source = iter("ab")
    wrapper = AsyncIteratorWrapper(generator_source)
    assert wrapper.iterator is generator_source
    assert [item async for item in wrapper] == ["a", "b"]
