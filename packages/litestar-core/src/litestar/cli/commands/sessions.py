"""``litestar sessions``: delete one server-side session or all of them.

The app's session middleware (litestar-middleware) is found through its public shape: a
middleware definition whose ``backend`` keyword holds a backend with a ``config``; a
server-side one's config knows the app's store (``get_store_from_app``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import anyio

from litestar.cli._click import click
from litestar.cli._context import CLIContext

if TYPE_CHECKING:
    from litestar.app import Litestar

__all__ = ("clear_sessions_command", "delete_session_command", "get_session_backend", "sessions_group")


def get_session_backend(app: Litestar) -> Any:
    """Return the server-side session backend of the app's session middleware.

    Args:
        app: The app.

    Returns:
        The backend (a ``ServerSideSessionBackend``).

    Raises:
        click.ClickException: If the app has no session middleware, or a client-side one.
    """
    for middleware in app.middleware or ():
        kwargs = getattr(middleware, "kwargs", None)
        backend = kwargs.get("backend") if isinstance(kwargs, dict) else None
        config = getattr(backend, "config", None)
        if config is None:
            continue
        if not hasattr(config, "get_store_from_app"):
            raise click.ClickException("Only server-side backends are supported")
        return backend
    raise click.ClickException("Session middleware not installed")


def _store(app: Litestar, backend: Any) -> Any:
    return backend.config.get_store_from_app(app)


@click.group(name="sessions")
def sessions_group() -> None:
    """Manage server-side sessions."""


@sessions_group.command("delete")
@click.argument("session-id")
@click.pass_obj
def delete_session_command(obj: CLIContext, session_id: str) -> None:
    """Delete a specific session."""
    app = obj.app
    backend = get_session_backend(app)
    store = _store(app, backend)
    if click.confirm(f"Delete session {session_id!r}?"):
        anyio.run(backend.delete, session_id, store)
        click.echo(f"Deleted session {session_id!r}")


@sessions_group.command("clear")
@click.pass_obj
def clear_sessions_command(obj: CLIContext) -> None:
    """Delete all sessions."""
    app = obj.app
    backend = get_session_backend(app)
    store = _store(app, backend)
    if click.confirm("Delete all sessions?"):
        anyio.run(store.delete_all)
        click.echo("All active sessions deleted")
