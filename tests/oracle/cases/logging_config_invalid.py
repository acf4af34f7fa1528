"""An invalid logging configuration fails at app construction, as 2.17 does."""

from __future__ import annotations

from litestar import Litestar, get
from litestar.logging import LoggingConfig


@get("/")
async def index() -> str:
    return "ok"


def create_app() -> Litestar:
    return Litestar([index], logging_config=LoggingConfig(handlers={"broken": {"class": "no.such.Handler"}}))


REQUESTS = [{"method": "GET", "url": "/"}]
