"""Serving the default document loads only what the configuration holds, until it is generated."""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = """
import sys
from litestar import Litestar, get

@get("/")
async def index() -> str:
    return "ok"

app = Litestar([index])
loaded = lambda: sorted(m for m in ("html", "litestar.openapi.spec.schema", "litestar.openapi.controller") if m in sys.modules)
print(",".join(loaded()) or "-")
from litestar.testing import TestClient

with TestClient(app) as client:
    assert client.get("/schema/openapi.json").json()["info"]["title"] == "Litestar API"
print("litestar.openapi.spec.schema" in sys.modules)
"""


def test_default_document_modules_load_on_first_use() -> None:
    """Constructing an app imports neither the spec classes nor :mod:`html`; generating the document loads the spec."""
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["-", "True"]
