"""litestar-vite: production assets from a Vite manifest, template helpers and the CLI group.

The app runs in template mode with built assets (``dev_mode=False``): a manifest as Vite
writes it, Jinja templates calling the plugin's ``vite()`` helper, the built files
served under the asset URL, and the ``litestar assets`` command group.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from litestar import Litestar, get
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.response import Template
from litestar.template.config import TemplateConfig
from litestar.testing import TestClient
from litestar_vite import PathConfig, TypeGenConfig, ViteConfig, VitePlugin
from litestar_vite.codegen import export_integration_assets

MANIFEST = {
    "resources/main.ts": {
        "file": "assets/main-4f2a.js",
        "src": "resources/main.ts",
        "isEntry": True,
        "css": ["assets/main-9c1b.css"],
    }
}

APP_SOURCE = """
from litestar import Litestar
from litestar_vite import ViteConfig, VitePlugin

app = Litestar(plugins=[VitePlugin(config=ViteConfig(dev_mode=False))])
"""


@get("/")
async def index() -> Template:
    return Template(template_name="index.html.j2", context={"title": "Vite"})


@get("/pets/{pet_id:int}", name="pet-detail")
async def pet_detail(pet_id: int, verbose: bool = False) -> dict[str, int]:
    return {"id": pet_id}


def check_type_generation(root: Path) -> None:
    """Routes and parameters exported for the frontend (OpenAPI context of the app)."""
    app = Litestar([pet_detail])
    config = ViteConfig(
        mode="template", dev_mode=False, paths=PathConfig(root=root), types=TypeGenConfig(output=root / "gen")
    )
    export_integration_assets(app, config)
    assert sorted(path.name for path in (root / "gen").iterdir()) == [
        "openapi.json",
        "routes.json",
        "routes.ts",
    ]
    route = json.loads((root / "gen" / "routes.json").read_text())["routes"]["pet-detail"]
    assert route["uri"] == "/pets/{pet_id}", route
    assert route["parameterTypes"] == {"pet_id": "number"}, route
    assert route["queryParameters"] == {"verbose": "boolean | undefined"}, route


def make_project(root: Path) -> None:
    (root / "public" / "assets").mkdir(parents=True)
    (root / "public" / "manifest.json").write_text(json.dumps(MANIFEST))
    (root / "public" / "assets" / "main-4f2a.js").write_text("console.log('built')")
    (root / "public" / "assets" / "main-9c1b.css").write_text("body{}")
    (root / "templates").mkdir()
    (root / "templates" / "index.html.j2").write_text(
        "<html><head><title>{{ title }}</title>{{ vite('resources/main.ts') }}</head><body></body></html>"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        make_project(root)
        app = Litestar(
            [index],
            plugins=[
                VitePlugin(config=ViteConfig(mode="template", dev_mode=False, paths=PathConfig(root=root)))
            ],
            template_config=TemplateConfig(directory=root / "templates", engine=JinjaTemplateEngine),
        )
        with TestClient(app) as client:
            page = client.get("/")
            assert page.status_code == 200, page.text
            assert 'src="/static/assets/main-4f2a.js"></script>' in page.text, page.text
            assert '<link rel="stylesheet" href="/static/assets/main-9c1b.css" />' in page.text, page.text
            asset = client.get("/static/assets/main-4f2a.js")
            assert (asset.status_code, asset.text) == (200, "console.log('built')"), asset.text

        Path(folder, "vite_target.py").write_text(APP_SOURCE)
        cli = str(Path(sys.executable).parent / "litestar")
        help_text = subprocess.run(
            [cli, "--app", "vite_target:app", "assets", "--help"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
            env={**os.environ, "COLUMNS": "200"},
        ).stdout
        for command in ("build", "install", "serve", "init"):
            assert command in help_text, help_text
        check_type_generation(root)
    print("OK")


if __name__ == "__main__":
    main()
