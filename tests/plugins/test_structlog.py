"""StructlogPlugin: the app logs JSON lines through structlog when configured."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from litestar import Litestar
from litestar.exceptions import MissingDependencyException
from litestar.logging.config import StructLoggingConfig
from litestar.plugins.structlog import StructlogConfig, StructlogPlugin

_APP = textwrap.dedent(
    """
    from litestar import Litestar, Request, get
    from litestar.plugins.structlog import StructlogConfig, StructlogPlugin
    from litestar.testing import TestClient

    @get("/")
    async def index(request: Request) -> str:
        request.logger.info("handled", user="ada", items=3)
        return "ok"

    plugin = StructlogPlugin(StructlogConfig(enable_middleware_logging=False))
    with TestClient(Litestar([index], plugins=[plugin])) as client:
        assert client.get("/").text == "ok"
    """
)


def test_structlog_output_is_json() -> None:
    result = subprocess.run([sys.executable, "-c", _APP], capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    event = next(line for line in lines if line.get("event") == "handled")
    assert event["user"] == "ada"
    assert event["items"] == 3
    assert event["level"] == "info"
    assert "timestamp" in event


def test_plugin_sets_the_logging_config() -> None:
    logging_config = StructLoggingConfig(pretty_print_tty=False)
    plugin = StructlogPlugin(
        StructlogConfig(structlog_logging_config=logging_config, enable_middleware_logging=False)
    )
    app = Litestar(plugins=[plugin])
    assert app.logging_config is logging_config


def test_request_logging_needs_the_middleware_piece() -> None:
    config = StructlogConfig()
    if (
        config.middleware_logging_config is not None
    ):  # pragma: no cover - once litestar-middleware is installed
        app = Litestar(plugins=[StructlogPlugin(config)])
        assert app.middleware
        return
    with pytest.raises(MissingDependencyException, match="pip install litestar-middleware"):
        Litestar(plugins=[StructlogPlugin(config)])
