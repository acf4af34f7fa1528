"""The package surface: exports, entry point and the lifespan handler's direct API."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

import litestar.testing
import pytest
from litestar.testing import TestClient, TestingPlugin


def test_top_level_exports_are_pinned() -> None:
    assert litestar.testing.__all__ == (
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
    for name in litestar.testing.__all__:
        assert getattr(litestar.testing, name) is not None


def test_entry_point_loads_the_testing_plugin() -> None:
    (entry_point,) = [ep for ep in entry_points(group="litestar.plugins") if ep.name == "testing"]
    assert entry_point.load() is TestingPlugin
    assert TestingPlugin.name == "litestar-testing"
    assert TestingPlugin.module == "litestar.testing"


def test_core_discovery_finds_the_piece() -> None:
    from litestar._discovery import load_piece

    assert load_piece("testing") is TestingPlugin


def test_lifespan_handler_receive_reads_app_messages() -> None:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        await receive()
        await send({"type": "lifespan.startup.complete"})
        await send({"type": "custom.message"})

    with TestClient(app) as client:
        portal = client.blocking_portal
        assert portal is not None
        handler = client.lifespan_handler
        assert portal.call(handler.receive) == {"type": "custom.message"}
        with pytest.raises(RuntimeError, match="returned without sending a message"):
            portal.call(handler.receive)
        assert handler.task.result() is None
