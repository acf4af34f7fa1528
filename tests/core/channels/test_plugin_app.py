"""ChannelsPlugin inside an app: lifespan, the ``channels`` dependency, WebSocket routes."""

from __future__ import annotations

import asyncio
import time

import pytest
from litestar import Litestar, get, post
from litestar.channels import ChannelsPlugin
from litestar.channels.backends.memory import MemoryChannelsBackend
from litestar.exceptions import WebSocketDisconnect
from litestar.testing import TestClient


def _wait_for_history(plugin: ChannelsPlugin, channel: str, count: int) -> None:
    deadline = time.monotonic() + 5
    while len(asyncio.run(plugin._backend.get_history(channel))) < count:
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_handlers_receive_the_plugin_and_fixed_channel_routes_stream_events() -> None:
    plugin = ChannelsPlugin(
        backend=MemoryChannelsBackend(history=5),
        channels=["foo", "bar"],
        create_ws_route_handlers=True,
        ws_handler_send_history=2,
    )

    @post("/publish/{channel:str}", status_code=202)
    async def publish(channel: str, data: dict[str, int], channels: ChannelsPlugin) -> None:
        channels.publish(data, channel)

    app = Litestar([publish], plugins=[plugin], openapi_config=None)
    assert sorted(route.path for route in app.routes if route.path != "/publish/{channel:str}") == [
        "/bar",
        "/foo",
    ]
    with TestClient(app) as client:
        for i in range(3):
            assert client.post("/publish/foo", json={"n": i}).status_code == 202
        _wait_for_history(plugin, "foo", 3)
        with client.websocket_connect("/foo") as ws:
            assert ws.receive_json() == {"n": 1}
            assert ws.receive_json() == {"n": 2}
            client.post("/publish/foo", json={"n": 3})
            assert ws.receive_json() == {"n": 3}
            ws.send_text("ignored")
            plugin.publish("plain", "foo")
            assert ws.receive_text() == "plain"
        with pytest.raises(WebSocketDisconnect), client.websocket_connect("/nope") as ws:
            ws.receive_text()


def test_arbitrary_channels_route_sends_binary() -> None:
    plugin = ChannelsPlugin(
        backend=MemoryChannelsBackend(),
        arbitrary_channels_allowed=True,
        create_ws_route_handlers=True,
        ws_handler_base_path="/ws/",
        ws_send_mode="binary",
    )
    app = Litestar(plugins=[plugin], openapi_config=None)
    assert [route.path for route in app.routes] == ["/ws/{channel_name:str}"]
    with TestClient(app) as client:
        with client.websocket_connect("/ws/anything") as ws:
            plugin.publish("first", "anything")
            assert ws.receive_bytes() == b"first"
        # The socket left: the channel's state is gone again.
        deadline = time.monotonic() + 5
        while plugin._channels:
            assert time.monotonic() < deadline
            time.sleep(0.01)


def test_sync_handler_can_publish() -> None:
    plugin = ChannelsPlugin(backend=MemoryChannelsBackend(history=1), channels=["a"])

    @get("/sync", sync_to_thread=True)
    def sync_publish(channels: ChannelsPlugin) -> str:
        channels.publish("from-thread", "a")
        return "ok"

    with TestClient(Litestar([sync_publish], plugins=[plugin])) as client:
        assert client.get("/sync").text == "ok"
        _wait_for_history(plugin, "a", 1)
        assert asyncio.run(plugin._backend.get_history("a")) == [b"from-thread"]
