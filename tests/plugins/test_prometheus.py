"""Prometheus metrics: scraped in the text format, labels, grouping, exclusions, exemplars."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from litestar import Litestar, Request, get, post
from litestar.plugins.prometheus import PrometheusConfig, PrometheusController, PrometheusMiddleware
from litestar.testing import TestClient
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families


@pytest.fixture(autouse=True)
def _fresh_registry() -> Iterator[None]:
    """Each test registers its own metric names; unregister them afterwards."""
    yield
    for metric in list(PrometheusMiddleware._metrics.values()):
        REGISTRY.unregister(metric)
    PrometheusMiddleware._metrics.clear()


@get("/items/{item_id:int}")
async def item(item_id: int) -> dict[str, int]:
    return {"id": item_id}


@post("/items", opt={"no_metrics": True})
async def create(data: dict[str, int]) -> dict[str, int]:
    return data


@get("/boom")
async def boom() -> None:
    raise ValueError("boom")


def _samples(text: str, name: str) -> dict[tuple[tuple[str, str], ...], float]:
    return {
        tuple(sorted(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == name
    }


def test_metrics_scrape_in_the_text_format() -> None:
    config = PrometheusConfig(
        app_name="svc", prefix="t1", labels={"env": "test", "verb": lambda request: request.method.lower()}
    )
    app = Litestar([item, boom, PrometheusController], middleware=[config.middleware])
    with TestClient(app) as client:
        client.get("/items/1")
        client.get("/items/2")
        client.get("/boom")
        response = client.get("/metrics")
    assert response.headers["content-type"] == "text/plain; version=1.0.0; charset=utf-8"
    totals = _samples(response.text, "t1_requests_total")
    common = (("app_name", "svc"), ("env", "test"))
    assert (
        totals[(*common, ("method", "GET"), ("path", "/items/1"), ("status_code", "200"), ("verb", "get"))]
        == 1
    )
    assert (
        totals[(*common, ("method", "GET"), ("path", "/boom"), ("status_code", "500"), ("verb", "get"))] == 1
    )
    in_progress = _samples(response.text, "t1_requests_in_progress")
    assert (
        in_progress[
            (*common, ("method", "GET"), ("path", "/metrics"), ("status_code", "200"), ("verb", "get"))
        ]
        == 1
    )
    counts = _samples(response.text, "t1_request_duration_seconds_count")
    assert sum(counts.values()) == 3


def test_group_path_buckets_and_exclusions() -> None:
    config = PrometheusConfig(
        prefix="t2",
        group_path=True,
        buckets=[0.5, 1.0],
        exclude_opt_key="no_metrics",
        excluded_http_methods="DELETE",
    )

    @get("/other", name="other")
    async def other() -> str:
        return "x"

    class Metrics(PrometheusController):
        path = "/custom-metrics"

    app = Litestar([item, create, other, Metrics], middleware=[config.middleware])
    with TestClient(app) as client:
        client.get("/items/1")
        client.get("/items/2")
        client.post("/items", json={"a": 1})
        client.delete("/other")
        text = client.get("/custom-metrics").text
    totals = _samples(text, "t2_requests_total")
    assert {dict(labels)["path"]: value for labels, value in totals.items()} == {"/items/{item_id}": 2}
    buckets = {dict(labels)["le"] for labels in _samples(text, "t2_request_duration_seconds_bucket")}
    assert buckets == {"0.5", "1.0", "+Inf"}


def test_exemplars_in_the_openmetrics_format() -> None:
    def exemplar(request: Request[Any, Any, Any]) -> dict[str, str]:
        return {"trace_id": "abc123"}

    config = PrometheusConfig(prefix="t3", exemplars=exemplar)

    class OpenMetrics(PrometheusController):
        openmetrics_format = True

    app = Litestar([item, OpenMetrics], middleware=[config.middleware])
    with TestClient(app) as client:
        client.get("/items/7")
        response = client.get("/metrics")
    assert response.headers["content-type"].startswith("application/openmetrics-text")
    assert re.search(
        r't3_requests_total\{[^}]*path="/items/7"[^}]*\} 1\.0 # \{trace_id="abc123"\}', response.text
    )


def test_requests_that_raise_through_the_middleware_count_as_errors() -> None:
    config = PrometheusConfig(prefix="t4")
    middleware = PrometheusMiddleware(app=_raising_app, config=config)
    scope: dict[str, Any] = {
        "type": "http",
        "method": "GET",
        "path": "/raw",
        "raw_path": b"/raw",
        "query_string": b"",
        "headers": [],
        "scheme": "http",
        "server": ("test", 80),
        "root_path": "",
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: Any) -> None:
        pass

    import anyio

    with pytest.raises(RuntimeError):
        anyio.run(middleware, scope, receive, send)
    assert (
        REGISTRY.get_sample_value(
            "t4_requests_error_total",
            {"app_name": "litestar", "method": "GET", "path": "/raw", "status_code": "500"},
        )
        == 1
    )


async def _raising_app(scope: Any, receive: Any, send: Any) -> None:
    raise RuntimeError("fails")


def test_contrib_location_is_deprecated() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        from litestar.contrib.prometheus import PrometheusConfig as Deprecated
        from litestar.contrib.prometheus.controller import PrometheusController as DeprecatedController
    assert Deprecated is PrometheusConfig
    assert DeprecatedController is PrometheusController
    messages = [str(w.message) for w in caught if w.category is DeprecationWarning]
    assert any("'litestar.contrib.prometheus.PrometheusConfig'" in m for m in messages)
    import litestar.contrib.prometheus.middleware as module

    with pytest.raises(AttributeError):
        module.Nothing  # noqa: B018
