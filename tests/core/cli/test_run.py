"""``litestar run`` as a subprocess: serves on a free port, reloads, forks workers, TLS."""

from __future__ import annotations

import os
import socket
import ssl
import statistics
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from _child_processes import logged_server, server_port

_APP = textwrap.dedent(
    """
    import os
    from litestar import Litestar, get

    @get("/")
    async def index() -> dict:
        return {"message": "MESSAGE", "pid": os.getpid()}

    @get("/boom")
    async def boom() -> None:
        raise ValueError("boom")

    app = Litestar([index, boom])
    """
)

_LITESTAR = str(Path(sys.executable).with_name("litestar"))


def _get(url: str, *, timeout: float = 20, context: ssl.SSLContext | None = None) -> tuple[int, bytes]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2, context=context) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@contextmanager
def _serve(app_dir: Path, *args: str) -> Iterator[Path]:
    """Run ``litestar ARGS`` in ``app_dir``; yield the file its output goes to."""
    env = dict(os.environ)
    env.pop("LITESTAR_APP", None)
    log = app_dir / "server.log"
    with logged_server([_LITESTAR, *args], cwd=app_dir, env=env, log=log):
        yield log


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "app.py").write_text(_APP)
    return tmp_path


def test_run_serves_the_discovered_app(project: Path) -> None:
    with _serve(project, "run", "--port", "0") as log:
        port = server_port(log)
        status, body = _get(f"http://127.0.0.1:{port}/")
        assert status == 200
        assert b'"message":"MESSAGE"' in body
        status, body = _get(f"http://127.0.0.1:{port}/boom")
        assert status == 500
        assert b"Traceback" not in body


def test_run_debug_flag_turns_on_debug_mode(project: Path) -> None:
    with _serve(project, "run", "--port", "0", "--debug") as log:
        port = server_port(log)
        status, body = _get(f"http://127.0.0.1:{port}/boom")
        assert status == 500
        assert b"boom" in body


def _wait_for(url: str, expected: bytes, *, timeout: float) -> float:
    """Poll ``url`` until its body holds ``expected``; return the seconds it took."""
    start = time.monotonic()
    while expected not in _get(url)[1]:
        assert time.monotonic() - start < timeout, f"no {expected!r} after {timeout} s"
        time.sleep(0.01)
    return time.monotonic() - start


def test_run_reload_picks_up_a_change(project: Path) -> None:
    with _serve(project, "run", "--port", "0", "--reload", "--debug") as log:
        url = f"http://127.0.0.1:{server_port(log)}/"
        assert b"MESSAGE" in _get(url)[1]
        # --debug reaches the reloaded process too (through the environment).
        assert b"boom" in _get(f"{url}boom")[1]
        took = []
        for number in range(5):
            # The first change comes as soon as the server answers: the files are watched
            # before the first server process starts, so it is not missed.
            (project / "app.py").write_text(_APP.replace("MESSAGE", f"CHANGED{number}"))
            took.append(_wait_for(url, f"CHANGED{number}".encode(), timeout=30))
            time.sleep(0.5)
    # From the file write to the first answer of the new code; the median, because one
    # reload can lose the CPU to whatever else the machine runs at that moment.
    assert statistics.median(took) <= 2.0, took


def test_run_reload_reimports_project_code_outside_the_watched_directory(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only installed code is inherited by a reloaded server; the project's own is imported again."""
    library = project.parent / f"{project.name}-lib"
    library.mkdir()
    (library / "greeting.py").write_text("TEXT = 'before'\n")
    (project / "app.py").write_text(
        _APP.replace('"MESSAGE"', "greeting.TEXT + VERSION").replace(
            "import os", "import os\nimport greeting\nVERSION = '1'"
        )
    )
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join(filter(None, [str(library), os.environ.get("PYTHONPATH")]))
    )
    with _serve(project, "run", "--port", "0", "--reload") as log:
        url = f"http://127.0.0.1:{server_port(log)}/"
        _wait_for(url, b"before1", timeout=30)
        (library / "greeting.py").write_text("TEXT = 'after'\n")
        deadline = time.monotonic() + 30
        while b"after2" not in _get(url)[1]:
            assert time.monotonic() < deadline
            source = (project / "app.py").read_text()
            (project / "app.py").write_text(source.replace("VERSION = '1'", "VERSION = '2'"))
            time.sleep(1)


def test_run_with_two_workers(project: Path) -> None:
    with _serve(project, "run", "--port", "0", "--web-concurrency", "2") as log:
        port = server_port(log)
        assert _get(f"http://127.0.0.1:{port}/")[0] == 200
        deadline = time.monotonic() + 30
        while log.read_text().count("Application startup complete") < 2:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.05)
    assert log.read_text().count("Started server process") == 2


def test_run_on_a_unix_socket(project: Path) -> None:
    path = project / "server.sock"
    with _serve(project, "run", "--uds", str(path)):
        deadline = time.monotonic() + 20
        while not path.exists():
            assert time.monotonic() < deadline
            time.sleep(0.05)
        reply = b""
        while b"MESSAGE" not in reply:
            with socket.socket(socket.AF_UNIX) as sock:
                try:
                    sock.connect(str(path))
                except OSError:
                    time.sleep(0.05)
                    continue
                sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                while chunk := sock.recv(65536):
                    reply += chunk
        assert reply.startswith(b"HTTP/1.1 200")


def test_run_with_a_self_signed_certificate(project: Path) -> None:
    cert, key = project / "certs" / "cert.pem", project / "certs" / "key.pem"
    args = ["run", "--port", "0", "--ssl-certfile", str(cert), "--ssl-keyfile", str(key)]
    with _serve(project, *args, "--create-self-signed-cert") as log:
        port = server_port(log)
        context = ssl.create_default_context(cafile=None)
        deadline = time.monotonic() + 20
        while not cert.exists():
            assert time.monotonic() < deadline
            time.sleep(0.05)
        context.load_verify_locations(cafile=str(cert))
        context.check_hostname = False
        assert _get(f"https://127.0.0.1:{port}/", context=context)[0] == 200


def test_run_refuses_half_a_certificate(project: Path) -> None:
    result = subprocess.run(
        [_LITESTAR, "run", "--ssl-certfile", "missing.pem"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Both --ssl-certfile and --ssl-keyfile must be provided" in " ".join(
        result.stderr.replace("│", " ").split()
    )
