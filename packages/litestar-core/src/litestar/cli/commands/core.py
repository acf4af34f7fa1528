"""The core commands: ``run``, ``info``, ``routes`` and ``version``."""

from __future__ import annotations

import functools
import inspect
import multiprocessing
import os
import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from litestar.cli._click import click
from litestar.cli._context import CLIContext
from litestar.cli._render import TreeNode, print_table, print_tree
from litestar.cli._serve import apply_run_flags
from litestar.cli._ssl import generate_self_signed_cert as _create_self_signed_cert

if TYPE_CHECKING:
    from litestar.app import Litestar

__all__ = ("info_command", "routes_command", "run_command", "version_command")


@click.command(name="version")
@click.option(
    "-s", "--short", help="Exclude release level and serial information", is_flag=True, default=False
)
def version_command(short: bool) -> None:
    """Show the currently installed Litestar version."""
    from litestar.utils.version import get_version

    click.echo(get_version().formatted(short=short))


def _enabled(value: Any) -> str:
    return "Enabled" if value else "Disabled"


def _info_rows(app: Litestar) -> list[tuple[str, str]]:
    from litestar.utils.version import get_version

    openapi_config = app.openapi_config
    openapi = "Disabled"
    if openapi_config is not None:
        openapi = f"Enabled path={getattr(openapi_config, 'path', '/schema')}"
    rows = [
        ("Litestar version", get_version().formatted(short=True)),
        ("Debug mode", _enabled(app.debug)),
        ("Python Debugger on exception", _enabled(app.pdb_on_exception)),
        ("CORS", _enabled(app.cors_config)),
        ("CSRF", _enabled(app.csrf_config)),
        ("OpenAPI", openapi),
        ("Compression", _enabled(app.compression_config)),
    ]
    if app.template_engine is not None:
        rows.append(("Template engine", type(app.template_engine).__name__))
    if app.static_files_config:
        paths = ", ".join(str(getattr(c, "path", "")) for c in app.static_files_config)
        rows.append(("Static files", paths))
    middleware = [getattr(m, "__name__", type(m).__name__) for m in app.middleware or ()]
    if middleware:
        rows.append(("Middlewares", ", ".join(middleware)))
    return rows


@click.command(name="info")
@click.pass_obj
def info_command(obj: CLIContext) -> None:
    """Show information about the detected Litestar app."""
    print_table(_info_rows(obj.app))


def _handler_label(handler: Any, methods: str) -> str:
    fn = getattr(handler, "fn", None)
    name = getattr(fn, "__name__", None) or str(getattr(handler, "handler_name", "handler"))
    kind = "async" if fn is not None and inspect.iscoroutinefunction(fn) else "sync"
    parts = [name, kind]
    if methods:
        parts.append(methods)
    guards = [_guard_name(guard) for guard in _guards(handler)]
    if guards:
        parts.append(f"guards: {', '.join(guards)}")
    return " ".join(parts)


def _guard_name(guard: Any) -> str:
    """Name a guard as written: ``fn``, ``fn(role='x')`` for a partial, the class of an instance."""
    if isinstance(guard, functools.partial):
        arguments = [repr(value) for value in guard.args]
        arguments += [f"{key}={value!r}" for key, value in guard.keywords.items()]
        return f"{_guard_name(guard.func)}({', '.join(arguments)})"
    return str(getattr(guard, "__name__", None) or type(guard).__name__)


def _guards(handler: Any) -> list[Any]:
    resolve = getattr(handler, "resolve_guards", None)
    return list(resolve()) if resolve is not None else []


def _route_nodes(app: Litestar, include_schema: bool, exclude: tuple[str, ...]) -> list[TreeNode]:
    patterns = [re.compile(pattern) for pattern in exclude]
    schema_path = (
        (getattr(app.openapi_config, "path", None) or "/schema") if app.openapi_config is not None else None
    )
    nodes = []
    for route in sorted(app.routes, key=lambda r: r.path):
        path = route.path
        if not include_schema and schema_path and (path == schema_path or path.startswith(f"{schema_path}/")):
            continue
        if any(pattern.search(path) for pattern in patterns):
            continue
        kind = type(route).__name__
        if kind == "HTTPRoute":
            node = TreeNode(f"{path} (HTTP)")
            handlers = sorted(
                route.route_handlers,  # type: ignore[attr-defined]
                key=lambda h: getattr(getattr(h, "fn", None), "__name__", ""),
            )
            methods_seen: set[str] = set()
            for handler in handlers:
                methods = sorted(getattr(handler, "http_methods", ()))
                methods_seen.update(methods)
                node.children.append(TreeNode(_handler_label(handler, " ".join(methods))))
            if "OPTIONS" not in methods_seen:
                node.children.append(TreeNode("options_handler sync OPTIONS"))
        elif kind == "WebSocketRoute":
            node = TreeNode(f"{path} (WS)")
            node.children.append(TreeNode(_handler_label(route.route_handler, "")))  # type: ignore[attr-defined]
        else:
            node = TreeNode(f"{path} (ASGI)")
            node.children.append(TreeNode(_handler_label(route.route_handler, "")))  # type: ignore[attr-defined]
        nodes.append(node)
    return nodes


@click.command(name="routes")
@click.option("--schema", help="Include schema routes", is_flag=True, default=False)
@click.option("--exclude", help="routes to exclude via regex", type=str, multiple=True)
@click.pass_obj
def routes_command(obj: CLIContext, schema: bool, exclude: tuple[str, ...]) -> None:
    """Display information about the application's routes."""
    print_tree(_route_nodes(obj.app, schema, exclude))


def _max_workers() -> int:
    return multiprocessing.cpu_count() + 1


@contextmanager
def _server_lifespan(app: Litestar) -> Iterator[None]:
    """Enter the ``server_lifespan`` of every plugin that has one, around serving.

    Server commands of other packages (litestar-granian's ``run``) wrap their server in
    it, as they did with litestar 2.17.
    """
    with ExitStack() as stack:
        for plugin in app.plugins:
            server_lifespan = getattr(plugin, "server_lifespan", None)
            if server_lifespan is not None:
                stack.enter_context(server_lifespan(app))
        yield


def _resolve_ssl(
    certfile: str | None, keyfile: str | None, create: bool, host: str
) -> tuple[str | None, str | None]:
    if certfile is None and keyfile is None:
        if create:
            raise click.BadParameter(
                "Both --ssl-certfile and --ssl-keyfile must be provided with --create-self-signed-cert",
                param_hint="--create-self-signed-cert",
            )
        return None, None
    if certfile is None or keyfile is None:
        raise click.BadParameter(
            "Both --ssl-certfile and --ssl-keyfile must be provided",
            param_hint="--ssl-certfile/--ssl-keyfile",
        )
    cert_path, key_path = Path(certfile), Path(keyfile)
    if not (cert_path.exists() and key_path.exists()):
        if not create:
            missing = cert_path if not cert_path.exists() else key_path
            raise click.BadParameter(f"File not found: {missing}", param_hint="--ssl-certfile/--ssl-keyfile")
        _create_self_signed_cert(cert_path, key_path, host)
    return str(cert_path), str(key_path)


@click.command(name="run")
@click.option("-r", "--reload", help="Reload server on changes", default=False, is_flag=True)
@click.option(
    "-R", "--reload-dir", help="Directories to watch for file changes", type=click.Path(), multiple=True
)
@click.option(
    "-I",
    "--reload-include",
    help="Glob patterns for files to include when watching for file changes",
    multiple=True,
)
@click.option(
    "-E",
    "--reload-exclude",
    help="Glob patterns for files to exclude when watching for file changes",
    multiple=True,
)
@click.option("-p", "--port", help="Serve under this port", type=int, default=8000, show_default=True)
@click.option(
    "-W",
    "--wc",
    "--web-concurrency",
    help="The number of HTTP workers to launch",
    type=click.IntRange(min=1, max=_max_workers()),
    show_default=True,
    default=1,
)
@click.option("-H", "--host", help="Server under this host", default="127.0.0.1", show_default=True)
@click.option("-F", "--fd", "--file-descriptor", help="Bind to a socket from this file descriptor.", type=int)
@click.option("-U", "--uds", "--unix-domain-socket", help="Bind to a UNIX domain socket.", default=None)
@click.option("-d", "--debug", help="Run app in debug mode", is_flag=True)
@click.option("-P", "--pdb", "--use-pdb", help="Drop into PDB on an exception", is_flag=True)
@click.option("--ssl-certfile", help="Location of the SSL cert file", default=None)
@click.option("--ssl-keyfile", help="Location of the SSL key file", default=None)
@click.option(
    "--create-self-signed-cert",
    help="If certificate and key are not found at specified locations, create a self-signed certificate and a key",
    is_flag=True,
)
@click.pass_obj
def run_command(
    obj: CLIContext,
    reload: bool,
    port: int,
    wc: int,
    host: str,
    fd: int | None,
    uds: str | None,
    debug: bool,
    reload_dir: tuple[str, ...],
    reload_include: tuple[str, ...],
    reload_exclude: tuple[str, ...],
    pdb: bool,
    ssl_certfile: str | None,
    ssl_keyfile: str | None,
    create_self_signed_cert: bool,
) -> None:
    """Run a Litestar app. (requires 'uvicorn' to be installed).

    The application will be automatically discovered, or can be set as an option to the main
    'litestar' command. Run 'litestar --help' for more information about app autodiscovery
    """
    try:
        import uvicorn
    except ImportError as exc:
        raise click.ClickException(
            "uvicorn is not installed: pip install 'litestar[standard]' (or pip install uvicorn)"
        ) from exc
    if debug:
        os.environ["LITESTAR_DEBUG"] = "1"
    if pdb:
        os.environ["LITESTAR_PDB"] = "1"
    loaded = obj.loaded
    app = apply_run_flags(loaded.app)
    certfile, keyfile = _resolve_ssl(ssl_certfile, ssl_keyfile, create_self_signed_cert, host)
    reload = reload or bool(reload_dir or reload_include or reload_exclude)
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "fd": fd,
        "uds": uds,
        "ssl_certfile": certfile,
        "ssl_keyfile": keyfile,
    }
    with _server_lifespan(app):
        if reload or wc > 1:
            # Fresh processes import the app by name: through our factory, which finds it
            # the same way and applies --debug/--pdb from the environment.
            os.environ["LITESTAR_APP"] = loaded.import_path
            os.environ["LITESTAR_APP_DIR"] = str(obj.directory)
            factory = "litestar.cli._serve:create_app"
            if reload:
                from litestar.cli._reload import run_with_reload

                run_with_reload(
                    factory,
                    factory=True,
                    reload_dirs=[str(obj.directory), *reload_dir],
                    reload_includes=list(reload_include) or None,
                    reload_excludes=list(reload_exclude) or None,
                    **options,
                )
            else:
                uvicorn.run(factory, factory=True, workers=wc, app_dir=str(obj.directory), **options)
        else:
            uvicorn.run(app, **options)
