"""Every store answers the same API: values, expiry, renewal, namespaces, atomic counters."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from litestar.exceptions import ImproperlyConfiguredException
from litestar.stores.base import NamespacedStore, StorageObject, Store
from litestar.stores.file import FileStore
from litestar.stores.memory import MemoryStore
from litestar.stores.redis import RedisStore
from litestar.stores.valkey import ValkeyStore


@pytest.fixture(params=["memory", "file", "redis", "valkey"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    """One store of each kind; the Redis ones use a private redis-server and a namespace per test."""
    kind = request.param
    if kind == "memory":
        yield MemoryStore()
    elif kind == "file":
        yield FileStore(tmp_path / "store")
    else:
        url = request.getfixturevalue("redis_url")
        namespace = f"test_{request.node.name}".replace("[", "_").replace("]", "_")
        if kind == "redis":
            redis_store: NamespacedStore = RedisStore.with_client(url, namespace=namespace)
        else:
            redis_store = ValkeyStore.with_client(url.replace("redis://", "valkey://"), namespace=namespace)
        async with redis_store:
            yield redis_store
            await redis_store.delete_all()


async def test_set_get_delete(store: Store) -> None:
    await store.set("key", "value")
    assert await store.get("key") == b"value"
    await store.set("key", b"\x00bytes")
    assert await store.get("key") == b"\x00bytes"
    assert await store.exists("key")
    await store.delete("key")
    assert await store.get("key") is None
    assert not await store.exists("key")
    await store.delete("key")  # a missing key is fine


async def test_expires_in_reports_ttl_no_expiry_and_missing(store: Store) -> None:
    await store.set("ttl", b"1", expires_in=60)
    await store.set("forever", b"1")
    assert 58 <= (await store.expires_in("ttl") or 0) <= 60
    assert await store.expires_in("forever") == -1
    assert await store.expires_in("missing") is None


async def test_values_expire(store: Store) -> None:
    await store.set("short", b"1", expires_in=1)
    await asyncio.sleep(1.1)
    assert await store.get("short") is None
    assert not await store.exists("short")


async def test_timedelta_expiry_and_renew_on_get(store: Store) -> None:
    await store.set("k", b"v", expires_in=timedelta(seconds=5))
    assert await store.get("k", renew_for=timedelta(seconds=100)) == b"v"
    assert (await store.expires_in("k") or 0) > 90
    await store.set("forever", b"v")
    assert await store.get("forever", renew_for=100) == b"v"
    assert await store.expires_in("forever") == -1


async def test_delete_all(store: Store) -> None:
    await store.set("a", b"1")
    await store.set("b", b"2")
    await store.delete_all()
    assert await store.get("a") is None
    assert await store.get("b") is None


async def test_increment_counts_in_a_window(store: Store) -> None:
    assert await store.increment("hits", 60) == (1, 60)
    count, reset = await store.increment("hits", 60)
    assert count == 2
    assert 58 <= reset <= 60


async def test_concurrent_increments_are_not_lost(store: Store) -> None:
    results = await asyncio.gather(*(store.increment("hits", 60) for _ in range(50)))
    assert sorted(count for count, _ in results) == list(range(1, 51))


async def test_namespaces_isolate_keys(store: Store) -> None:
    if not isinstance(store, NamespacedStore):
        pytest.skip("memory stores have no namespaces")
    child = store.with_namespace("child")
    await store.set("k", b"parent")
    await child.set("k", b"child")
    assert await store.get("k") == b"parent"
    assert await child.get("k") == b"child"
    await child.delete_all()
    assert await child.get("k") is None
    assert await store.get("k") == b"parent"


async def test_redis_store_delete_all_needs_a_namespace(redis_url: str) -> None:
    store = RedisStore.with_client(redis_url, namespace=None)
    with pytest.raises(ImproperlyConfiguredException, match="No namespace configured"):
        await store.delete_all()
    await store.__aexit__(None, None, None)


async def test_redis_store_default_namespace_and_child_names(redis_url: str) -> None:
    store = RedisStore.with_client(redis_url, db=1)
    assert store.namespace == "LITESTAR"
    assert store.with_namespace("foo").namespace == "LITESTAR_foo"
    assert store.handle_client_shutdown
    await store.set("k", b"v")
    assert await store._redis.get("LITESTAR:k") == b"v"
    await store.delete_all()
    await store.__aexit__(None, None, None)


async def test_file_store_names_files_safely_and_sweeps_expired(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "a" / "b", create_directories=True)
    await store.set("a/b c", b"x", expires_in=1)
    await store.set("keep", b"y")
    assert sorted(p.name for p in (tmp_path / "a" / "b").iterdir()) == ["a47b32c", "keep"]
    await asyncio.sleep(1.1)
    await store.delete_expired()
    assert [p.name for p in (tmp_path / "a" / "b").iterdir()] == ["keep"]
    assert store.with_namespace("ns").path == tmp_path / "a" / "b" / "ns"


async def test_file_store_without_create_directories_needs_the_parent(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        await FileStore(tmp_path / "missing" / "deeper").set("k", b"v")


async def test_memory_store_delete_expired() -> None:
    store = MemoryStore()
    await store.set("old", b"1", expires_in=1)
    await store.set("new", b"1")
    await asyncio.sleep(1.1)
    await store.delete_expired()
    assert not await store.exists("old")
    assert await store.exists("new")


def test_storage_object_round_trips_through_bytes() -> None:
    obj = StorageObject.new(b"hi", 10)
    again = StorageObject.from_bytes(obj.to_bytes())
    assert again == obj
    assert not again.expired
    assert 8 <= again.expires_in <= 10
    assert StorageObject.new(b"hi", None).expires_in == -1
