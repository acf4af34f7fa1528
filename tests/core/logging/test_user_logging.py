"""User loggers print under a real server: in startup hooks and handlers, as 2.17 does."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest

_APP = textwrap.dedent(
    """
    import logging
    from litestar import Litestar, get

    logger = logging.getLogger("myapp")

    def startup() -> None:
        logger.info("starting up")

    @get("/")
    async def index() -> str:
        logger.info("in handler")
        logger.warning("a warning")
        return "ok"

    app = Litestar([index], on_startup=[startup])
    """
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


_REFERENCE = Path("/tmp/litestar-oracle/bin/python")


@pytest.fixture(params=["ours", "litestar-2.17"])
def python(request: pytest.FixtureRequest) -> str:
    """Our interpreter, and the reference one (the expected lines are what litestar 2.17 prints)."""
    if request.param == "ours":
        return sys.executable
    if not _REFERENCE.exists():
        pytest.skip("the litestar 2.17 reference venv (oracle setup) is not on this machine")
    return str(_REFERENCE)


def test_user_logging_prints_under_uvicorn(tmp_path: Path, python: str) -> None:
    (tmp_path / "app.py").write_text(_APP)
    port = _free_port()
    server = subprocess.Popen(
        [python, "-I", "-m", "uvicorn", "app:app", "--port", str(port), "--app-dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    assert response.read() == b"ok"
                break
            except OSError:
                assert time.monotonic() < deadline, "server did not answer"
                time.sleep(0.05)
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=20)
    lines = [line.split(" - ") for line in output.splitlines() if " - myapp - " in line]
    assert [(parts[0], parts[2], parts[3], parts[4]) for parts in lines] == [
        ("INFO", "myapp", "app", "starting up"),
        ("INFO", "myapp", "app", "in handler"),
        ("WARNING", "myapp", "app", "a warning"),
    ]


def test_apps_that_never_log_do_not_import_logging() -> None:
    code = "import sys; from litestar import Litestar; Litestar([]); print('logging' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_lifespan_startup_configures_logging_before_hooks() -> None:
    code = textwrap.dedent(
        """
        import sys
        from litestar import Litestar

        seen = []
        def hook(app):
            seen.append(app._get_logger_fn is not None)

        app = Litestar([], on_startup=[hook])
        assert "logging" not in sys.modules
        import asyncio  # imports logging

        async def main():
            async with app.lifespan():
                pass

        asyncio.run(main())
        print(seen)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[True]"
