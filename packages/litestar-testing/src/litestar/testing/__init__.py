"""Test clients for litestar applications."""

from __future__ import annotations

from litestar.testing._plugin import TestingPlugin
from litestar.testing.client.async_client import AsyncTestClient
from litestar.testing.client.base import BaseTestClient
from litestar.testing.client.subprocess_client import subprocess_async_client, subprocess_sync_client
from litestar.testing.client.sync_client import TestClient
from litestar.testing.helpers import create_async_test_client, create_test_client
from litestar.testing.request_factory import RequestFactory
from litestar.testing.websocket_test_session import WebSocketTestSession

__all__ = (
    "AsyncTestClient",
    "BaseTestClient",
    "RequestFactory",
    "TestClient",
    "TestingPlugin",
    "WebSocketTestSession",
    "create_async_test_client",
    "create_test_client",
    "subprocess_async_client",
    "subprocess_sync_client",
)
