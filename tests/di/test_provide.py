"""``Provide``: construction, warnings, equality, calling and caching."""

from __future__ import annotations

import warnings
from collections.abc import AsyncGenerator, Generator

import pytest
from litestar.di import Provide
from litestar.exceptions import ImproperlyConfiguredException, LitestarWarning


def sync_value() -> int:
    return 1


async def async_value() -> int:
    return 2


def sync_gen() -> Generator[int, None, None]:
    yield 3


async def async_gen() -> AsyncGenerator[int, None]:
    yield 4


class CallableObject:
    def __call__(self) -> int:
        return 5


class AsyncCallableObject:
    async def __call__(self) -> int:
        return 6


def test_non_callable_is_rejected() -> None:
    with pytest.raises(ImproperlyConfiguredException, match="Provider dependency must be a callable value"):
        Provide(1)  # type: ignore[arg-type]


def test_implicit_sync_to_thread_warns_for_sync_function() -> None:
    with pytest.warns(LitestarWarning):
        provide = Provide(sync_value)
    assert provide.sync_to_thread is False
    assert provide.has_sync_callable


def test_implicit_sync_to_thread_warns_for_callable_object() -> None:
    with pytest.warns(LitestarWarning):
        Provide(CallableObject())


def test_sync_to_thread_with_async_callable_warns() -> None:
    with pytest.warns(LitestarWarning):
        provide = Provide(async_value, sync_to_thread=True)
    assert provide.sync_to_thread is False
    assert provide.has_async_callable


def test_sync_to_thread_with_generator_warns() -> None:
    with pytest.warns(LitestarWarning):
        provide = Provide(sync_gen, sync_to_thread=True)
    assert provide.sync_to_thread is False
    assert provide.has_sync_generator_dependency


def test_no_warning_when_explicit_or_async_or_generator() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Provide(sync_value, sync_to_thread=True).sync_to_thread is True
        assert Provide(sync_value, sync_to_thread=False).sync_to_thread is False
        assert Provide(async_value).has_async_callable
        assert Provide(sync_gen).has_sync_generator_dependency
        agen = Provide(async_gen)
        assert agen.has_async_generator_dependency
        assert not agen.has_sync_callable
        assert Provide(AsyncCallableObject()).has_async_callable


def test_class_provider_is_sync_not_async() -> None:
    provide = Provide(CallableObject, sync_to_thread=False)
    assert provide.has_sync_callable
    assert not provide.has_async_callable


def test_equality_and_hash() -> None:
    a = Provide(sync_value, sync_to_thread=False)
    assert a == Provide(sync_value, sync_to_thread=False)
    assert hash(a) == hash(Provide(sync_value, sync_to_thread=False))
    assert a != Provide(sync_value, sync_to_thread=True)
    assert a != Provide(sync_value, use_cache=True, sync_to_thread=False)
    assert a != Provide(async_value)
    assert a != sync_value


def test_repr_names_the_dependency() -> None:
    assert "sync_value" in repr(Provide(sync_value, sync_to_thread=False))


async def test_call_sync_async_and_thread() -> None:
    assert await Provide(sync_value, sync_to_thread=False)() == 1
    assert await Provide(sync_value, sync_to_thread=True)() == 1
    assert await Provide(async_value)() == 2


async def test_call_passes_kwargs() -> None:
    async def add(a: int, b: int) -> int:
        return a + b

    assert await Provide(add)(a=1, b=2) == 3


async def test_use_cache_keeps_first_value() -> None:
    calls: list[int] = []

    async def counted() -> int:
        calls.append(1)
        return len(calls)

    provide = Provide(counted, use_cache=True)
    assert await provide() == 1
    assert await provide() == 1
    assert calls == [1]
    uncached = Provide(counted)
    assert await uncached() == 2
    assert await uncached() == 3
