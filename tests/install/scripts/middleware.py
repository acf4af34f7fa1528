"""Run inside a venv with litestar-core and litestar-middleware only (no optional libraries).

Serves CORS, CSRF, allowed hosts, gzip compression, server-side sessions, response caching
and rate limits, and reports how the backends needing missing libraries are named.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from importlib.metadata import distributions
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _asgi import run
from litestar import Litestar, Request, get
from litestar.config.allowed_hosts import AllowedHostsConfig
from litestar.config.compression import CompressionConfig
from litestar.config.cors import CORSConfig
from litestar.config.csrf import CSRFConfig
from litestar.middleware.rate_limit import RateLimitConfig
from litestar.middleware.session.server_side import ServerSideSessionConfig


@get("/big", cache=True)
async def big(request: Request) -> dict[str, Any]:
    request.session["seen"] = True
    return {"x": "y" * 1000}


app = Litestar(
    [big],
    cors_config=CORSConfig(allow_origins=["https://a.org"]),
    csrf_config=CSRFConfig(secret="s"),
    allowed_hosts=AllowedHostsConfig(allowed_hosts=["testserver"]),
    compression_config=CompressionConfig("gzip"),
    middleware=[ServerSideSessionConfig().middleware, RateLimitConfig(rate_limit=("minute", 1)).middleware],
)
HEADERS = [("origin", "https://a.org"), ("accept-encoding", "gzip")]


async def session(client: Any) -> dict[str, Any]:
    first = await client.request("GET", "/big", headers=HEADERS)
    second = await client.request("GET", "/big", headers=HEADERS)
    return {
        "status": [first.status, second.status],
        "encoding": first.headers.get("content-encoding"),
        "vary": first.headers.get("vary"),
        "cors": first.headers.get("access-control-allow-origin"),
        "set_cookie": "set-cookie" in first.headers,
        "body": json.loads(gzip.decompress(first.body))["x"][:3],
    }


result: dict[str, Any] = {
    "distributions": sorted(
        {d.metadata["Name"] for d in distributions() if d.metadata["Name"].startswith("litestar")}
    ),
    **run(app, session),
}
for module in ("litestar.middleware.session.client_side", "litestar.middleware.compression.brotli_facade"):
    try:
        __import__(module)
    except ImportError as exc:
        result[module] = {"type": type(exc).__name__, "message": str(exc)}
print(json.dumps(result))
