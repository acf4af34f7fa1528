"""Run inside a venv holding only litestar-core: ``dto=`` fails at construction naming litestar-dto."""

from __future__ import annotations

import json
from typing import Any

from litestar import Litestar, post


class SomeDTO:
    """A DTO class from elsewhere: core cannot serve it without litestar-dto."""


@post("/x", dto=SomeDTO)
async def handler(data: dict[str, Any]) -> None:
    return None


try:
    Litestar([handler])
    outcome: dict[str, Any] = {"raised": False}
except Exception as exc:  # noqa: BLE001  (any construction error is the observation)
    outcome = {"raised": True, "type": type(exc).__name__, "message": str(exc)}
print(json.dumps(outcome))
