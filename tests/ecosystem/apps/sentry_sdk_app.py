"""sentry-sdk's Litestar integration: unhandled errors reported with request and transaction.

A recording transport takes the place of the network, so the test sees each event the
SDK would send: the exception, the transaction named after the handler, the request
(method, URL, query, body) and the spans of the middleware that ran.
"""

from __future__ import annotations

from typing import Any

import sentry_sdk
from litestar import Litestar, get, post
from litestar.exceptions import NotFoundException
from litestar.middleware import DefineMiddleware
from litestar.testing import TestClient
from litestar.types import ASGIApp, Receive, Scope, Send
from sentry_sdk.envelope import Envelope
from sentry_sdk.integrations.litestar import LitestarIntegration
from sentry_sdk.transport import Transport


class RecordingTransport(Transport):
    """Keeps every envelope instead of sending it."""

    envelopes: list[Envelope] = []

    def capture_envelope(self, envelope: Envelope) -> None:
        self.envelopes.append(envelope)

    def items(self, kind: str) -> list[dict[str, Any]]:
        return [
            item.payload.json
            for envelope in self.envelopes
            for item in envelope.items
            if item.type == kind and item.payload.json is not None
        ]


class TagMiddleware:
    """A user middleware, which the integration wraps in a span."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


@get("/ok")
async def ok() -> dict[str, str]:
    return {"status": "ok"}


@post("/orders")
async def create_order(data: dict[str, int]) -> dict[str, int]:
    return {"total": 100 // data["quantity"]}


@get("/missing")
async def missing() -> None:
    raise NotFoundException("nothing here")


def main() -> None:
    transport = RecordingTransport()
    sentry_sdk.init(
        dsn="https://public@sentry.invalid/1",
        transport=transport,
        integrations=[LitestarIntegration()],
        traces_sample_rate=1.0,
        send_default_pii=True,
    )
    app = Litestar(
        [ok, create_order, missing],
        middleware=[DefineMiddleware(TagMiddleware)],
    )
    with TestClient(app) as client:
        assert client.get("/ok").json() == {"status": "ok"}
        failed = client.post("/orders?coupon=x", json={"quantity": 0})
        assert failed.status_code == 500
        assert client.get("/missing").status_code == 404
    sentry_sdk.flush()

    events = transport.items("event")
    assert len(events) == 1, "one unhandled error; a 404 is not reported"
    error = events[0]
    exception = error["exception"]["values"][-1]
    assert exception["type"] == "ZeroDivisionError"
    assert exception["mechanism"]["type"] == "litestar"
    assert error["transaction"].endswith("create_order"), error["transaction"]
    assert error["request"]["method"] == "POST"
    assert error["request"]["url"].endswith("/orders")
    assert error["request"]["query_string"] == "coupon=x"
    assert error["request"]["data"] == {"quantity": 0}

    transactions = {item["transaction"].rsplit(".", 1)[-1]: item for item in transport.items("transaction")}
    assert {"ok", "create_order", "missing"} <= transactions.keys(), transactions.keys()
    spans = {span["op"] for span in transactions["ok"]["spans"]}
    assert "middleware.litestar" in spans, spans
    print("OK")


if __name__ == "__main__":
    main()
