"""ChannelsPlugin routes: history sent on connect, the ``channels`` dependency, errors."""

from __future__ import annotations

from litestar import Litestar, get, post
from litestar.channels import ChannelsPlugin
from litestar.channels.backends.memory import MemoryChannelsBackend

plugin = ChannelsPlugin(
    backend=MemoryChannelsBackend(history=10),
    channels=["news", "sport", "alerts", "scores"],
    create_ws_route_handlers=True,
    ws_handler_send_history=2,
    ws_handler_base_path="/ws",
)


async def seed() -> None:
    for n in range(3):
        await plugin.wait_published({"n": n}, "news")
    await plugin.wait_published(b"goal", ["sport"])
    await plugin.wait_published("text", "sport")
    for n in range(3):
        await plugin.wait_published({"alert": n}, "alerts")
    await plugin.wait_published(b"1-0", "scores")
    await plugin.wait_published("2-0", "scores")


@post("/publish/{channel:str}")
async def publish(channel: str, data: dict[str, int], channels: ChannelsPlugin) -> dict[str, str]:
    await channels.wait_published(data, channel)
    return {"published": channel}


@get("/subscribe/{channel:str}")
async def subscribe(channel: str, channels: ChannelsPlugin) -> dict[str, int]:
    async with channels.start_subscription(channel, history=5) as subscriber:
        return {"backlog": subscriber.qsize}


@get("/encode")
async def encode(channels: ChannelsPlugin) -> list[str]:
    return [channels.encode_data(value).decode() for value in (b"raw", "text", {"a": [1, 2]}, [1.5, None])]


def create_app() -> Litestar:
    return Litestar([publish, subscribe, encode], plugins=[plugin], on_startup=[seed], openapi_config=None)


REQUESTS = [
    {"method": "GET", "url": "/encode"},
    {"method": "GET", "url": "/subscribe/news"},
    {"method": "GET", "url": "/subscribe/sport"},
    {"method": "GET", "url": "/subscribe/weather", "name": "unknown channel"},
    {"method": "POST", "url": "/publish/news", "json": {"n": 9}},
    {"method": "GET", "url": "/subscribe/news", "name": "history after a publication"},
    {"method": "POST", "url": "/publish/news", "json": {"n": "x"}, "name": "invalid body"},
]

WEBSOCKETS = [
    {"url": "/ws/alerts", "steps": [["receive_json"], ["receive_json"]]},
    {"url": "/ws/scores", "steps": [["receive_text"], ["receive_text"], ["send_text", "ignored"]]},
    {"url": "/ws/weather", "steps": [["receive_text"]]},
]
