"""``litestar.cli._utils``: the names third-party CLI extensions import, as on 2.17.

Expected messages and values were observed on litestar 2.17.0.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click import ClickException
from litestar.cli._utils import (
    LitestarCLIException,
    LitestarEnv,
    _format_is_enabled,
    create_ssl_files,
    isatty,
    show_app_info,
)
from litestar.cli.commands.core import _server_lifespan

_APP = textwrap.dedent(
    """
    from contextlib import contextmanager
    from litestar import Litestar
    from litestar.plugins import CLIPlugin

    EVENTS = []

    class Lifespan(CLIPlugin):
        def __init__(self, name):
            self.name = name

        @contextmanager
        def server_lifespan(self, app):
            EVENTS.append(f"enter {self.name}")
            yield
            EVENTS.append(f"exit {self.name}")

    app = Litestar(plugins=[Lifespan("a"), Lifespan("b")])

    def make() -> Litestar:
        return app
    """
)


@pytest.fixture
def env_app(app_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (app_dir / "envapp.py").write_text(_APP)
    monkeypatch.delenv("LITESTAR_HOST", raising=False)
    monkeypatch.delenv("LITESTAR_PORT", raising=False)
    return app_dir


def test_env_from_an_app_path(env_app: Path) -> None:
    env = LitestarEnv.from_env("envapp:app")
    assert (env.app_path, env.is_app_factory, env.cwd, env.host, env.port) == (
        "envapp:app",
        False,
        env_app.resolve(),
        None,
        None,
    )
    assert type(env.app).__name__ == "Litestar"


def test_env_from_a_factory_in_another_directory(
    env_app: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    monkeypatch.setenv("LITESTAR_HOST", "0.0.0.0")
    monkeypatch.setenv("LITESTAR_PORT", "8123")
    env = LitestarEnv.from_env("envapp:make", env_app)
    assert (env.app_path, env.is_app_factory, env.cwd, env.host, env.port) == (
        "envapp:make",
        True,
        env_app.resolve(),
        "0.0.0.0",
        8123,
    )


def test_env_without_an_app_is_a_cli_error(app_dir: Path) -> None:
    with pytest.raises(LitestarCLIException, match="Could not find Litestar instance or factory"):
        LitestarEnv.from_env(None)


def test_cli_exception_is_a_click_error_with_status_1() -> None:
    exc = LitestarCLIException("boom")
    assert isinstance(exc, ClickException)
    assert (exc.message, exc.exit_code) == ("boom", 1)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "[green]Enabled[/]"),
        ("x", "[green]Enabled[/]"),
        (False, "[red]Disabled[/]"),
        (None, "[red]Disabled[/]"),
        (0, "[red]Disabled[/]"),
    ],
)
def test_format_is_enabled(value: object, text: str) -> None:
    assert _format_is_enabled(value) == text


def test_isatty_follows_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert isatty() is False  # captured: not a terminal


def test_show_app_info_prints_the_info_table(env_app: Path, capsys: pytest.CaptureFixture[str]) -> None:
    show_app_info(LitestarEnv.from_env("envapp:app").app)
    output = capsys.readouterr().out
    assert "Litestar version" in output
    assert "Debug mode" in output


def test_server_lifespan_enters_every_plugin_in_order(env_app: Path) -> None:
    env = LitestarEnv.from_env("envapp:app")
    import envapp  # type: ignore[import-not-found]

    with _server_lifespan(env.app):
        assert envapp.EVENTS == ["enter a", "enter b"]
    assert envapp.EVENTS == ["enter a", "enter b", "exit b", "exit a"]


class TestCreateSSLFiles:
    """``create_ssl_files``: litestar-granian's ``--create-self-signed-cert``."""

    @pytest.mark.parametrize(
        ("cert", "key", "message"),
        [
            (None, None, "No value provided for --ssl-certfile"),
            ("c.pem", None, "No value provided for --ssl-keyfile"),
            (None, "k.pem", "No value provided for --ssl-certfile"),
            (
                "x/c.pem",
                "x/k.pem",
                "Could not create file, parent directory for --ssl-certfile doesn't exist: ",
            ),
            ("c.pem", "x/k.pem", "Could not create file, parent directory for --ssl-keyfile doesn't exist: "),
        ],
    )
    def test_refuses(self, app_dir: Path, cert: str | None, key: str | None, message: str) -> None:
        with pytest.raises(LitestarCLIException) as info:
            create_ssl_files(cert, key, "example.com")
        assert info.value.message.startswith(message)
        assert not (app_dir / "c.pem").exists()

    def test_creates_both_files_once_and_returns_absolute_paths(self, app_dir: Path) -> None:
        x509 = pytest.importorskip("cryptography.x509")
        paths = create_ssl_files("c.pem", "k.pem", "example.com")
        assert paths == (str(app_dir / "c.pem"), str(app_dir / "k.pem"))
        cert = x509.load_pem_x509_certificate((app_dir / "c.pem").read_bytes())
        assert cert.subject.rfc4514_string() == "CN=example.com"
        assert (app_dir / "k.pem").read_bytes().startswith(b"-----BEGIN RSA PRIVATE KEY-----")
        before = (app_dir / "c.pem").read_bytes()
        assert create_ssl_files("c.pem", "k.pem") == paths
        assert (app_dir / "c.pem").read_bytes() == before

    def test_refuses_when_only_one_file_exists(self, app_dir: Path) -> None:
        (app_dir / "c.pem").write_text("cert")
        with pytest.raises(
            LitestarCLIException, match="Both certificate and key file must exists or both must not"
        ):
            create_ssl_files("c.pem", "k.pem")
