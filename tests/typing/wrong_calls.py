"""Calls the type checkers must reject; `tests/typing/test_mypy.py` checks each marked line fails.

Every line ending in `# expect-error` must produce an error; no other line may.
"""

from __future__ import annotations

from typing import Any

from litestar import Request, get, post
from litestar.datastructures import Headers


async def check(request: Request[Any, Any, Any]) -> None:
    """Guard the handler (a correct guard signature is not needed for these checks)."""


@get("/ok", status_code=200, guards=[], cache=True, sync_to_thread=False, tags=["a"])
def ok() -> None: ...


@post("/ok", media_type="text/plain", include_in_schema=False, name="n")
async def ok_post() -> str:
    return "x"


get("/bad", status_code="200")  # expect-error
get("/bad", guard=[])  # expect-error
post("/bad", sync_to_thread="yes")  # expect-error
post("/bad", name=1)  # expect-error


def headers_get(headers: Headers) -> str:
    return headers.get("a")  # expect-error
