"""``litestar sessions``: delete one server-side session or clear them all."""

from __future__ import annotations

import textwrap
from pathlib import Path

from click.testing import CliRunner
from litestar.cli import litestar_group

_APP = textwrap.dedent(
    """
    import anyio
    from litestar import Litestar
    from litestar.middleware.session.server_side import ServerSideSessionConfig
    from litestar.middleware.session.client_side import CookieBackendConfig
    from litestar.stores.memory import MemoryStore

    store = MemoryStore()
    anyio.run(store.set, "one", b"1")
    anyio.run(store.set, "two", b"2")
    app = Litestar(middleware=[ServerSideSessionConfig().middleware], stores={"sessions": store})
    cookie_app = Litestar(middleware=[CookieBackendConfig(secret=b"0" * 16).middleware])
    """
)


def _invoke(*args: str, confirm: str = "y\n") -> tuple[int, str]:
    result = CliRunner().invoke(litestar_group, list(args), input=confirm)
    return result.exit_code, " ".join(result.output.replace("│", " ").split())


def test_delete_and_clear_sessions(app_dir: Path) -> None:
    (app_dir / "app.py").write_text(_APP)
    import anyio

    code, output = _invoke("sessions", "delete", "one")
    assert code == 0, output
    assert "Deleted session 'one'" in output
    import app as module

    assert anyio.run(module.store.exists, "one") is False
    assert anyio.run(module.store.exists, "two") is True
    code, output = _invoke("sessions", "clear", confirm="n\n")
    assert anyio.run(module.store.exists, "two") is True
    code, output = _invoke("sessions", "clear")
    assert code == 0
    assert "All active sessions deleted" in output
    assert anyio.run(module.store.exists, "two") is False


def test_client_side_sessions_are_refused(app_dir: Path) -> None:
    (app_dir / "app.py").write_text(_APP)
    code, output = _invoke("--app", "app:cookie_app", "sessions", "clear")
    assert code == 1
    assert "Only server-side backends are supported" in output
