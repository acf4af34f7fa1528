"""Rate limits: headers, 429, exclusions, throttle handler, and exact limits under concurrency."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from uuid import uuid4

import pytest
from litestar import Litestar, Request, get
from litestar.middleware.rate_limit import CacheObject, RateLimitConfig, RateLimitMiddleware
from litestar.stores.memory import MemoryStore
from litestar.stores.redis import RedisStore
from litestar.testing import TestClient


@get("/a")
async def handler() -> dict[str, int]:
    return {"a": 1}


@get("/free", opt={"no_limit": True})
async def free() -> dict[str, int]:
    return {"a": 1}


def test_headers_and_429() -> None:
    config = RateLimitConfig(rate_limit=("minute", 2))
    with TestClient(Litestar([handler], middleware=[config.middleware])) as client:
        first = client.get("/a")
        assert first.headers["ratelimit-policy"] == "2; w=60"
        assert first.headers["ratelimit-limit"] == "2"
        assert first.headers["ratelimit-remaining"] == "1"
        assert first.headers["ratelimit-reset"] == "60"
        assert client.get("/a").headers["ratelimit-remaining"] == "0"
        limited = client.get("/a")
        assert limited.status_code == 429
        assert limited.json() == {"status_code": 429, "detail": "Too Many Requests"}
        assert limited.headers["ratelimit-remaining"] == "0"
        assert 0 < int(limited.headers["retry-after"]) <= 60


def test_exclusions_throttle_handler_and_no_headers() -> None:
    def only_with_header(request: Request) -> bool:
        return "x-limit" in request.headers

    config = RateLimitConfig(
        rate_limit=("second", 1),
        exclude_opt_key="no_limit",
        check_throttle_handler=only_with_header,
        set_rate_limit_headers=False,
    )
    with TestClient(Litestar([handler, free], middleware=[config.middleware])) as client:
        assert all(client.get("/a").status_code == 200 for _ in range(3))
        assert client.get("/a", headers={"x-limit": "1"}).status_code == 200
        limited = client.get("/a", headers={"x-limit": "1"})
        assert limited.status_code == 429
        assert "ratelimit-limit" not in limited.headers
        assert all(client.get("/free", headers={"x-limit": "1"}).status_code == 200 for _ in range(3))


def test_window_resets() -> None:
    config = RateLimitConfig(rate_limit=("second", 1))
    with TestClient(Litestar([handler], middleware=[config.middleware])) as client:
        assert client.get("/a").status_code == 200
        assert client.get("/a").status_code == 429
        import time

        time.sleep(1.1)
        assert client.get("/a").status_code == 200


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_exactly_the_limit_passes_under_concurrency(backend: str, request: pytest.FixtureRequest) -> None:
    """200 concurrent requests against a limit of 100 let exactly 100 through."""
    if backend == "redis":
        store = RedisStore.with_client(request.getfixturevalue("redis_url"), namespace=f"rl_{uuid4().hex}")
    else:
        store = MemoryStore()
    config = RateLimitConfig(rate_limit=("minute", 100))
    app = Litestar([handler], middleware=[config.middleware], stores={"rate_limit": store})
    with TestClient(app) as client, ThreadPoolExecutor(max_workers=40) as pool:
        statuses = list(pool.map(lambda _: client.get("/a").status_code, range(200)))
        assert statuses.count(200) == 100
        assert statuses.count(429) == 100
        with client.portal() as portal:
            # The client lives on the app's event loop: close it there.
            portal.call(store.delete_all)
            portal.call(store.__aexit__, None, None, None)


async def test_cached_history_helpers_round_trip() -> None:
    config = RateLimitConfig(rate_limit=("hour", 5))
    middleware = RateLimitMiddleware(app=handler, config=config)  # type: ignore[arg-type]
    store = MemoryStore()
    fresh = await middleware.retrieve_cached_history("k", store)
    assert fresh.history == []
    await middleware.set_cached_history("k", CacheObject(history=[1, 2], reset=fresh.reset), store)
    again = await middleware.retrieve_cached_history("k", store)
    assert again.history == [1, 2]
    headers = middleware.create_response_headers(again)
    assert headers["RateLimit-Remaining"] == "3"
    assert headers["RateLimit-Policy"] == "5; w=3600"
