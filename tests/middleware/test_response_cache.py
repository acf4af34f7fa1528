"""Response caching: ``cache=`` on handlers, key builders, expiry, filters, compression."""

from __future__ import annotations

import gzip
import itertools
from typing import Any

from litestar import Litestar, Request, Response, get
from litestar.config.compression import CompressionConfig
from litestar.config.response_cache import CACHE_FOREVER, ResponseCacheConfig
from litestar.stores.memory import MemoryStore
from litestar.testing import TestClient


def _handlers() -> list[Any]:
    counter = itertools.count()

    @get("/cached", cache=True)
    async def cached() -> dict[str, int]:
        return {"n": next(counter)}

    @get("/ten", cache=10)
    async def ten() -> dict[str, int]:
        return {"n": next(counter)}

    @get("/forever", cache=CACHE_FOREVER)
    async def forever() -> dict[str, int]:
        return {"n": next(counter)}

    @get("/error", cache=True)
    async def error() -> Response[dict[str, int]]:
        return Response({"n": next(counter)}, status_code=404)

    @get("/keyed", cache=True, cache_key_builder=lambda request: "fixed")
    async def keyed() -> dict[str, int]:
        return {"n": next(counter)}

    @get("/big", cache=True)
    async def big() -> Response[str]:
        return Response("x" * 1000 + str(next(counter)), headers={"x-a": "1"})

    @get("/uncached")
    async def uncached() -> dict[str, int]:
        return {"n": next(counter)}

    return [cached, ten, forever, error, keyed, big, uncached]


def test_cached_responses_are_replayed_per_key() -> None:
    app = Litestar(_handlers())
    with TestClient(app) as client:
        first = client.get("/cached")
        assert client.get("/cached").json() == first.json()
        assert client.get("/cached?x=1").json() != first.json()
        assert client.get("/uncached").json() != client.get("/uncached").json()
        assert client.get("/error").json() != client.get("/error").json()
        assert client.get("/keyed").json() == client.get("/keyed?z=1").json()
        with client.portal() as portal:
            store = app.stores.get("response_cache")
            assert 58 <= portal.call(store.expires_in, "GET/cached") <= 60
            client.get("/ten")
            assert 8 <= portal.call(store.expires_in, "GET/ten") <= 10
            client.get("/forever")
            assert portal.call(store.expires_in, "GET/forever") == -1


def test_config_expiration_store_and_filter() -> None:
    store = MemoryStore()
    config = ResponseCacheConfig(
        default_expiration=5, store="mine", cache_response_filter=lambda scope, status: status == 404
    )
    app = Litestar(_handlers(), response_cache_config=config, stores={"mine": store})
    with TestClient(app) as client:
        assert client.get("/cached").json() != client.get("/cached").json()
        assert client.get("/error").json() == client.get("/error").json()
        with client.portal() as portal:
            assert 3 <= portal.call(store.expires_in, "GET/error") <= 5


def test_cached_responses_keep_headers_and_are_compressed_per_client() -> None:
    app = Litestar(_handlers(), compression_config=CompressionConfig("gzip"))
    with TestClient(app) as client:
        plain = client.get("/big", headers={"accept-encoding": "identity"})
        assert "content-encoding" not in plain.headers
        with client.stream("GET", "/big", headers={"accept-encoding": "gzip"}) as response:
            raw = b"".join(response.iter_raw())
            assert response.headers["content-encoding"] == "gzip"
            assert response.headers["x-a"] == "1"
        assert gzip.decompress(raw).decode() == plain.text


def test_key_builder_of_the_config() -> None:
    def by_header(request: Request[Any, Any, Any]) -> str:
        return request.headers.get("x-user", "")

    app = Litestar(_handlers(), response_cache_config=ResponseCacheConfig(key_builder=by_header))
    with TestClient(app) as client:
        a = client.get("/cached", headers={"x-user": "a"}).json()
        assert client.get("/cached?other=1", headers={"x-user": "a"}).json() == a
        assert client.get("/cached", headers={"x-user": "b"}).json() != a
