"""Fixtures of the channels tests: a real redis-server and clients connected to it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from _redis_server import redis_server
from redis.asyncio import Redis


@pytest.fixture(scope="session")
def redis_port() -> Iterator[int]:
    """A redis-server shared by the channels tests."""
    with redis_server() as port:
        yield port


@pytest.fixture
async def redis_client(redis_port: int) -> AsyncIterator[Redis]:
    """A client on an emptied database."""
    client = Redis(port=redis_port)
    await client.flushall()
    yield client
    await client.aclose()
