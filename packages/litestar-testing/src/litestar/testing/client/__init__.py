"""The in-memory test clients."""

from litestar.testing.client.async_client import AsyncTestClient
from litestar.testing.client.base import BaseTestClient
from litestar.testing.client.sync_client import TestClient

__all__ = ("AsyncTestClient", "BaseTestClient", "TestClient")
