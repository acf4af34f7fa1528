"""apitally: ``ApitallyPlugin`` counts requests and reports them, with the app's routes and schema.

A small local HTTP server stands in for the Apitally hub (``APITALLY_HUB_BASE_URL``), so
the test sees exactly what the client sends: the startup data (paths, OpenAPI document)
and, at shutdown, the request counts per route and status.
"""

from __future__ import annotations

import gzip
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

CLIENT_ID = "6b4a2c11-2f9a-4a7e-9d0e-4c3c1b0a9f10"


class Hub(BaseHTTPRequestHandler):
    """Records every JSON document posted to it, by the last segment of its path."""

    received: ClassVar[dict[str, list[Any]]] = {}

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        endpoint = self.path.split("?")[0].rsplit("/", 1)[-1]
        if endpoint in {"startup", "sync"}:
            self.received.setdefault(endpoint, []).append(json.loads(body))
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""


hub = ThreadingHTTPServer(("127.0.0.1", 0), Hub)
threading.Thread(target=hub.serve_forever, daemon=True).start()
os.environ["APITALLY_HUB_BASE_URL"] = f"http://127.0.0.1:{hub.server_port}"

from apitally.litestar import ApitallyPlugin  # noqa: E402  (reads the hub address on import)
from litestar import Litestar, Request, get  # noqa: E402
from litestar.exceptions import NotFoundException  # noqa: E402
from litestar.testing import TestClient  # noqa: E402


@get("/items/{item_id:int}")
async def get_item(item_id: int, request: Request) -> dict[str, int]:  # type: ignore[type-arg]
    request.state.apitally_consumer = "customer-1"
    if item_id > 10:
        raise NotFoundException("no such item")
    return {"id": item_id}


def create_app() -> Litestar:
    return Litestar([get_item], plugins=[ApitallyPlugin(client_id=CLIENT_ID, env="test")])


def wait_for(endpoint: str, seconds: float = 10.0) -> list[Any]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and endpoint not in Hub.received:
        time.sleep(0.05)
    assert endpoint in Hub.received, f"the client never posted /{endpoint}"
    return Hub.received[endpoint]


def main() -> None:
    with TestClient(create_app()) as client:
        startup = wait_for("startup")[0]
        assert {"method": "GET", "path": "/items/{item_id:int}"}.items() <= startup["paths"][0].items()
        assert "/items/{item_id}" in json.loads(startup["openapi"])["paths"]
        assert startup["client"] == "python:litestar"
        for item_id in (1, 2, 99):
            client.get(f"/items/{item_id}")
    requests = [entry for sync in wait_for("sync") for entry in sync["requests"]]
    counts = {(entry["path"], entry["status_code"]): entry["request_count"] for entry in requests}
    assert counts[("/items/{item_id:int}", 200)] == 2, counts
    assert counts[("/items/{item_id:int}", 404)] == 1, counts
    consumers = {entry["consumer"] for entry in requests}
    assert "customer-1" in consumers, consumers
    print("OK")


if __name__ == "__main__":
    main()
