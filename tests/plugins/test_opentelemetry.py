"""OpenTelemetry spans recorded with the SDK's in-memory exporter."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, get
from litestar.contrib.opentelemetry import OpenTelemetryConfig, OpenTelemetryPlugin
from litestar.testing import TestClient
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode


@get("/items/{item_id:int}")
async def item(item_id: int) -> dict[str, int]:
    return {"id": item_id}


@get("/boom")
async def boom() -> None:
    raise ValueError("boom")


@get("/health", opt={"skip_tracing": True})
async def health() -> str:
    return "ok"


def _tracing() -> tuple[InMemorySpanExporter, TracerProvider]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return exporter, provider


def test_a_server_span_per_request_with_the_semantic_http_attributes() -> None:
    exporter, provider = _tracing()
    hooked: list[str] = []

    def server_hook(span: Any, scope: dict[str, Any]) -> None:
        hooked.append(scope["path"])

    config = OpenTelemetryConfig(
        tracer_provider=provider, server_request_hook_handler=server_hook, exclude="^/metrics"
    )
    plugin = OpenTelemetryPlugin(config)
    app = Litestar([item, boom, health], plugins=[plugin], middleware=[config.middleware])
    # The app is instrumented as a whole, not through its middleware list (2.17 does the same).
    assert not app.middleware
    with TestClient(app) as client:
        client.get("/items/1?x=1", headers={"user-agent": "tests"})
        client.get("/boom")
        client.get("/health")
        client.get("/nothing")
        client.get("/metrics")  # excluded
    with TestClient(app) as client:
        client.get("/items/2")
    servers = [span for span in exporter.get_finished_spans() if span.kind == SpanKind.SERVER]
    assert [span.name for span in servers] == [
        "GET /items/1",
        "GET /boom",
        "GET /health",
        "GET /nothing",
        "GET /items/2",
    ]
    assert dict(servers[3].attributes or {})["http.status_code"] == 404
    first = dict(servers[0].attributes or {})
    assert first["http.method"] == "GET"
    assert first["http.route"] == "GET /items/1"
    assert first["http.status_code"] == 200
    assert first["http.target"] == "/items/1"
    assert first["http.url"] == "http://testserver.local/items/1?x=1"
    assert first["http.user_agent"] == "tests"
    assert dict(servers[1].attributes or {})["http.status_code"] == 500
    assert servers[1].status.status_code == StatusCode.ERROR
    assert hooked == ["/items/1", "/boom", "/health", "/nothing", "/items/2"]


def test_default_config_uses_the_global_provider() -> None:
    plugin = OpenTelemetryPlugin()
    assert plugin.config.tracer_provider is None
    assert plugin.middleware is plugin.middleware
    route, attributes = plugin.config.scope_span_details_extractor({"type": "websocket", "path": "/ws"})  # type: ignore[arg-type]
    assert (route, attributes) == ("/ws", {"http.route": "/ws"})
