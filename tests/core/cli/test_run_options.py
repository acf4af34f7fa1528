"""``litestar run`` option handling in-process: what reaches uvicorn, TLS files, env flags.

The subprocess tests (test_run.py) show the server really serves; these check how each
option is turned into uvicorn arguments, by recording the calls instead of serving.
"""

from __future__ import annotations

import ssl
import textwrap
from pathlib import Path
from typing import Any

import litestar.cli._reload as reload_module
import pytest
import uvicorn
from click.testing import CliRunner
from litestar.cli import litestar_group
from litestar.cli._serve import create_app
from litestar.cli.commands.core import _create_self_signed_cert

_APP = textwrap.dedent(
    """
    from contextlib import contextmanager
    from litestar import Litestar, get
    from litestar.plugins import CLIPlugin

    EVENTS = []

    class Lifespan(CLIPlugin):
        @contextmanager
        def server_lifespan(self, app):
            EVENTS.append("enter")
            yield
            EVENTS.append("exit")

    @get("/")
    async def index() -> str:
        return "ok"

    app = Litestar([index], plugins=[Lifespan()])
    """
)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any, dict[str, Any]]]:
    """Calls that would have started a server: ``(kind, app, options)``."""
    recorded: list[tuple[str, Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: recorded.append(("run", app, kw)))
    monkeypatch.setattr(
        reload_module, "run_with_reload", lambda app, **kw: recorded.append(("reload", app, kw))
    )
    for name in ("LITESTAR_DEBUG", "LITESTAR_PDB"):
        monkeypatch.delenv(name, raising=False)
    return recorded


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(litestar_group, list(args), catch_exceptions=False)
    return result.exit_code, " ".join(result.output.replace("│", " ").split())


def test_single_process_serves_the_app_object(app_dir: Path, calls: list[Any]) -> None:
    (app_dir / "app.py").write_text(_APP)
    code, output = _invoke("run", "--port", "9001", "--host", "0.0.0.0", "--debug")
    assert code == 0, output
    [(kind, app, options)] = calls
    assert kind == "run"
    assert app.debug is True
    assert options == {
        "host": "0.0.0.0",
        "port": 9001,
        "fd": None,
        "uds": None,
        "ssl_certfile": None,
        "ssl_keyfile": None,
    }
    import app as module  # the discovered module

    assert module.EVENTS == ["enter", "exit"]


def test_workers_and_reload_import_the_factory(
    app_dir: Path, calls: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    (app_dir / "app.py").write_text(_APP)
    assert _invoke("run", "--wc", "2", "--pdb")[0] == 0
    assert _invoke("run", "-R", "src", "-I", "*.html", "-E", "*.tmp")[0] == 0
    (workers, reloaded) = calls
    assert workers[:2] == ("run", "litestar.cli._serve:create_app")
    assert workers[2]["factory"] is True
    assert workers[2]["workers"] == 2
    assert reloaded[:2] == ("reload", "litestar.cli._serve:create_app")
    assert reloaded[2]["reload_dirs"] == [str(app_dir.resolve()), "src"]
    assert reloaded[2]["reload_includes"] == ["*.html"]
    assert reloaded[2]["reload_excludes"] == ["*.tmp"]
    # The factory finds the same app from the environment the command set.
    monkeypatch.setenv("LITESTAR_DEBUG", "1")
    app = create_app()
    assert app.debug is True
    assert app.pdb_on_exception is True


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--ssl-certfile", "c.pem"], "Both --ssl-certfile and --ssl-keyfile must be provided"),
        (["--create-self-signed-cert"], "must be provided with --create-self-signed-cert"),
        (["--ssl-certfile", "c.pem", "--ssl-keyfile", "k.pem"], "File not found"),
    ],
)
def test_tls_option_errors(app_dir: Path, calls: list[Any], args: list[str], message: str) -> None:
    (app_dir / "app.py").write_text(_APP)
    code, output = _invoke("run", *args)
    assert code == 2
    assert message in output
    assert calls == []


def test_existing_certificate_files_are_passed_on(app_dir: Path, calls: list[Any]) -> None:
    (app_dir / "app.py").write_text(_APP)
    _create_self_signed_cert(app_dir / "c.pem", app_dir / "k.pem", "localhost")
    assert _invoke("run", "--ssl-certfile", "c.pem", "--ssl-keyfile", "k.pem")[0] == 0
    assert calls[0][2]["ssl_certfile"] == "c.pem"


@pytest.mark.parametrize("host", ["127.0.0.1", "example.test"])
def test_self_signed_certificates_load(tmp_path: Path, host: str) -> None:
    cert, key = tmp_path / "a" / "cert.pem", tmp_path / "b" / "key.pem"
    _create_self_signed_cert(cert, key, host)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
