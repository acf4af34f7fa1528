"""Swagger UI, ReDoc and Scalar render the todo example's operations in headless Chromium.

The UIs' scripts come from their npm packages (``npm pack`` by the test itself, cached
under ``~/.cache/litestar-openapi-ui`` so reruns need no network) and are served by the app
itself, through the render plugins' asset URL options, so the pages work offline. The
app runs in uvicorn on a free port; Chromium (the Debian package ``.ci/run`` installs)
loads each page headless and prints the DOM once the scripts have rendered it.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import subprocess
import tarfile
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from _import_file import import_file
from litestar import Litestar, get
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import RedocRenderPlugin, ScalarRenderPlugin, SwaggerRenderPlugin
from litestar.response import File

pytestmark = pytest.mark.browser

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CACHE = Path.home() / ".cache" / "litestar-openapi-ui"
PACKAGES = {
    "swagger-ui-dist@5.18.2": {
        "swagger-ui-bundle.js": "package/swagger-ui-bundle.js",
        "swagger-ui.css": "package/swagger-ui.css",
        "swagger-ui-standalone-preset.js": "package/swagger-ui-standalone-preset.js",
    },
    "redoc@2.4.0": {"redoc.standalone.js": "package/bundles/redoc.standalone.js"},
    "@scalar/api-reference@1.25.28": {"scalar.js": "package/dist/browser/standalone.js"},
}
OPERATIONS = ("ListTodos", "CreateTodo", "GetTodo", "UpdateTodo", "DeleteTodo")


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    message = "headless Chromium is not installed (.ci/run installs the Debian package)"
    if os.environ.get("CI"):
        pytest.fail(message)  # CI installs it: a missing browser must not pass as a skip
    pytest.skip(message)


@pytest.fixture(scope="module")
def assets() -> Path:
    """The UI files, extracted from their npm packages (fetched once, then cached)."""
    folder = CACHE / "assets"
    folder.mkdir(parents=True, exist_ok=True)
    # pytest-xdist workers share the cache: one fetches while the others wait on the lock.
    with (CACHE / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for spec, files in PACKAGES.items():
            if not all((folder / name).exists() for name in files):
                _fetch(spec, files, folder)
    return folder


def _fetch(spec: str, files: dict[str, str], folder: Path) -> None:
    npm = shutil.which("npm")
    assert npm is not None, "npm is needed to fetch the UI packages (.ci/run installs it)"
    with tempfile.TemporaryDirectory(dir=CACHE) as work:
        result = subprocess.run(
            [npm, "pack", "--silent", spec],
            cwd=work,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        tarball = Path(work) / result.stdout.strip().splitlines()[-1]
        with tarfile.open(tarball) as archive:
            for name, member in files.items():
                extracted = archive.extractfile(member)
                assert extracted is not None, member
                partial = folder / f".{name}.part"
                partial.write_bytes(extracted.read())
                partial.replace(folder / name)  # atomic: never a half-written asset


@pytest.fixture(scope="module")
def base_url(assets: Path) -> Iterator[str]:
    """The todo example served by uvicorn with the UI assets served locally."""
    from litestar.di import Provide

    todo = import_file("todo_app_for_ui", EXAMPLES / "todo_app.py")
    handlers = [todo.list_todos, todo.create_todo, todo.get_todo, todo.update_todo, todo.delete_todo]

    @get("/assets/{name:str}", include_in_schema=False, sync_to_thread=False)
    def asset(name: str) -> File:
        return File(assets / name)

    async def provide_store() -> object:
        return object()

    app = Litestar(
        [*handlers, asset],
        dependencies={"store": Provide(provide_store)},
        openapi_config=OpenAPIConfig(
            title="Todos",
            version="1.0.0",
            render_plugins=[
                SwaggerRenderPlugin(
                    js_url="/assets/swagger-ui-bundle.js",
                    css_url="/assets/swagger-ui.css",
                    standalone_preset_js_url="/assets/swagger-ui-standalone-preset.js",
                    favicon="",
                ),
                RedocRenderPlugin(js_url="/assets/redoc.standalone.js", google_fonts=False, favicon=""),
                ScalarRenderPlugin(js_url="/assets/scalar.js", css_url="/assets/swagger-ui.css", favicon=""),
            ],
        ),
    )
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


def _rendered_dom(url: str) -> str:
    result = subprocess.run(
        [
            _chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--virtual-time-budget=20000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.parametrize(
    ("page", "marker"),
    [("swagger", "swagger-ui"), ("redoc", "redoc-wrap"), ("scalar", "scalar-app")],
)
def test_ui_renders_every_operation(base_url: str, page: str, marker: str) -> None:
    """The page's script ran (its root element exists) and lists each operation's summary."""
    dom = _rendered_dom(f"{base_url}/schema/{page}")
    assert marker in dom, dom[:2000]
    missing = [name for name in OPERATIONS if name not in dom]
    assert not missing, f"{page} did not render {missing}"
