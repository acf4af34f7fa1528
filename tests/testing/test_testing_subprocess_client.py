"""Subprocess clients: the app is served by uvicorn on a free port."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from litestar.exceptions import MissingDependencyException
from litestar.testing import subprocess_async_client, subprocess_sync_client
from litestar.testing.client import subprocess_client
from litestar.testing.client.subprocess_client import StartupError, run_app

APP_SOURCE = """
async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            await send({"type": message["type"] + ".complete"})
            if message["type"] == "lifespan.shutdown":
                return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": ("served " + scope["path"]).encode()})
"""


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "served_app.py").write_text(APP_SOURCE)
    return tmp_path


def test_run_app_serves_on_a_local_url(workdir: Path) -> None:
    with run_app(workdir, "served_app:app") as url:
        assert url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{url}/x").text == "served /x"
    with pytest.raises(httpx.ConnectError):
        httpx.get(url)


def test_subprocess_sync_client(workdir: Path) -> None:
    with subprocess_sync_client(workdir, "served_app:app") as client:
        assert isinstance(client, httpx.Client)
        assert client.get("/sync").text == "served /sync"


async def test_subprocess_async_client(workdir: Path) -> None:
    async with subprocess_async_client(workdir, "served_app:app") as client:
        assert isinstance(client, httpx.AsyncClient)
        assert (await client.get("/async")).text == "served /async"


def test_startup_error_when_the_app_cannot_be_imported(tmp_path: Path) -> None:
    with (
        pytest.raises(StartupError, match="failed to start") as exc_info,
        run_app(tmp_path, "missing_module:app"),
    ):
        pass
    assert "missing_module" in str(exc_info.value)


def test_startup_error_when_the_server_is_too_slow(workdir: Path) -> None:
    with pytest.raises(StartupError), run_app(workdir, "served_app:app", retry_count=0):
        pass


def test_missing_uvicorn_names_the_dependency(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subprocess_client, "find_spec", lambda name: None)
    with pytest.raises(MissingDependencyException, match="uvicorn"), run_app(workdir, "served_app:app"):
        pass


def test_a_server_ignoring_sigterm_is_killed(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    monkeypatch.setattr(subprocess_client, "_STOP_TIMEOUT", 0.2)
    code = "import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print(1, flush=True); time.sleep(30)"
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stdout.readline() == b"1\n"
    subprocess_client._stop(process)
    process.stdout.close()
    assert process.returncode is not None
    assert process.returncode < 0
