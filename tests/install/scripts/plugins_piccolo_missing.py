"""Run inside a venv with litestar-plugins but no piccolo: the 2.17 path names what to install."""

from __future__ import annotations

import json
from typing import Any

try:
    import litestar.contrib.piccolo  # noqa: F401

    outcome: dict[str, Any] = {"raised": False}
except Exception as exc:  # noqa: BLE001  (any import error is the observation)
    outcome = {
        "raised": True,
        "type": type(exc).__name__,
        "is_import_error": isinstance(exc, ImportError),
        "message": str(exc),
    }
print(json.dumps(outcome))
