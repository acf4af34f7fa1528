"""The ``litestar`` commands driven in-process through click's runner."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from litestar.cli import litestar_group
from litestar.cli._typescript import openapi_to_typescript

_APP = textwrap.dedent(
    """
    from typing import Any
    from litestar import Controller, Litestar, get, post, websocket
    from litestar.connection import ASGIConnection, WebSocket

    def admin_only(connection: ASGIConnection, handler: Any) -> None:
        pass

    @get("/")
    async def index() -> str:
        return "hi"

    class Items(Controller):
        path = "/items"
        guards = [admin_only]

        @get("/{item_id:int}")
        async def get_item(self, item_id: int) -> dict:
            return {"id": item_id}

        @post("/", sync_to_thread=False)
        def create(self, data: dict) -> dict:
            return data

    @websocket("/ws")
    async def ws(socket: WebSocket) -> None:
        await socket.accept()

    app = Litestar([index, Items, ws], debug=True)
    """
)


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(litestar_group, list(args), catch_exceptions=False, terminal_width=100)
    return result.exit_code, result.output


def _flat(output: str) -> str:
    """The words of rich-rendered output, without panel borders or line wrapping."""
    return " ".join(output.replace("│", " ").split())


def test_version(app_dir: Path) -> None:
    assert _invoke("version") == (0, "2.17.0final0\n")
    assert _invoke("version", "--short") == (0, "2.17.0\n")


def test_help_lists_the_commands_without_an_app(app_dir: Path) -> None:
    code, output = _invoke("--help")
    assert code == 0
    for command in ("info", "routes", "run", "schema", "sessions", "version"):
        assert command in output


def test_routes_prints_a_tree_with_methods_handlers_and_guards(app_dir: Path) -> None:
    (app_dir / "app.py").write_text(_APP)
    code, output = _invoke("routes")
    assert code == 0
    assert output == textwrap.dedent(
        """\
        / (HTTP)
        ├── index async GET
        └── options_handler sync OPTIONS
        /items (HTTP)
        ├── create sync POST guards: admin_only
        └── options_handler sync OPTIONS
        /items/{item_id:int} (HTTP)
        ├── get_item async GET guards: admin_only
        └── options_handler sync OPTIONS
        /ws (WS)
        └── ws async
        """
    )
    code, output = _invoke("routes", "--exclude", "^/items")
    assert output.splitlines()[0] == "/ (HTTP)"
    assert "/items" not in output


def test_info_shows_the_app_configuration(app_dir: Path) -> None:
    (app_dir / "application.py").write_text(_APP)
    code, output = _invoke("info")
    assert code == 0
    rows = {
        cells[1].strip(): cells[2].strip()
        for line in output.splitlines()
        if len(cells := line.split("│")) == 4
    }
    assert rows["Litestar version"] == "2.17.0"
    assert rows["Debug mode"] == "Enabled"
    assert rows["CORS"] == "Disabled"


@pytest.mark.parametrize(
    ("files", "args", "env"),
    [
        ({"asgi.py": _APP}, [], None),
        ({"app/__init__.py": _APP}, [], None),
        ({"myproject/main.py": _APP, "myproject/__init__.py": ""}, ["--app", "myproject.main:app"], None),
        ({"myproject/main.py": _APP, "myproject/__init__.py": ""}, [], "myproject.main:app"),
        ({"src/service.py": _APP}, ["--app-dir", "src", "--app", "service:app"], None),
        ({"src/service.py": _APP}, ["--app-dir", "src", "--app", "service"], None),
        (
            {
                "app.py": _APP.replace(
                    "app = Litestar(", "def create_app() -> Litestar:\n    return Litestar("
                )
            },
            [],
            None,
        ),
        (
            {
                "factory.py": _APP.replace(
                    "app = Litestar(", "def build() -> 'Litestar':\n    return Litestar("
                )
            },
            ["--app", "factory"],
            None,
        ),
        (
            {"factory.py": _APP.replace("app = Litestar(", "def build():\n    return Litestar(")},
            ["--app", "factory:build"],
            None,
        ),
    ],
)
def test_app_discovery(
    app_dir: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], args: list[str], env: str | None
) -> None:
    for name, content in files.items():
        (app_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (app_dir / name).write_text(content)
    if env:
        monkeypatch.setenv("LITESTAR_APP", env)
    code, output = _invoke(*args, "routes")
    assert code == 0, output
    assert output.startswith("/ (HTTP)\n")


@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        ({}, [], "Could not find Litestar instance or factory"),
        ({"app.py": "x = 1\n"}, [], "Could not find Litestar instance or factory"),
        ({}, ["--app", "nope:app"], "Invalid argument passed --app 'nope:app': Module not found"),
        ({"other.py": "x = 1\n"}, ["--app", "other:app"], "has no attribute 'app'"),
        ({"other.py": "x = 1\n"}, ["--app", "other:x"], "is neither a Litestar instance nor a factory"),
        (
            {"other.py": "x = 1\n"},
            ["--app", "other"],
            "Could not find Litestar instance or factory in module",
        ),
    ],
)
def test_discovery_errors(app_dir: Path, files: dict[str, str], args: list[str], message: str) -> None:
    for name, content in files.items():
        (app_dir / name).write_text(content)
    code, output = _invoke(*args, "info")
    assert code == 1
    assert message in _flat(output)


def test_a_cli_plugin_adds_a_command_group(app_dir: Path) -> None:
    (app_dir / "app.py").write_text(
        textwrap.dedent(
            """
            import click
            from litestar import Litestar
            from litestar.plugins import CLIPluginProtocol

            class JobsPlugin(CLIPluginProtocol):
                def on_cli_init(self, cli: click.Group) -> None:
                    @cli.group(name="jobs")
                    def jobs() -> None:
                        "Manage background jobs."

                    @jobs.command(name="list")
                    @click.pass_obj
                    def list_jobs(env) -> None:
                        click.echo(f"jobs of {env.app.__class__.__name__}: none")

            app = Litestar(plugins=[JobsPlugin()])
            """
        )
    )
    assert _invoke("jobs", "list") == (0, "jobs of Litestar: none\n")
    code, output = _invoke("--help")
    assert "jobs" in output
    code, output = _invoke("nonexistent")
    assert code == 2
    assert "No such command" in output


@pytest.mark.parametrize("output", ["out.json", "out.yaml", "out.yml"])
def test_schema_openapi_writes_the_document(app_dir: Path, output: str) -> None:
    (app_dir / "app.py").write_text(_APP)
    assert _invoke("schema", "openapi", "--output", output)[0] == 0
    text = (app_dir / output).read_text()
    if output.endswith(".json"):
        document = json.loads(text)
    else:
        import yaml

        document = yaml.safe_load(text)
    assert document["openapi"].startswith("3.1")
    assert "/items/{item_id}" in document["paths"]


def test_schema_typescript_writes_the_specs(app_dir: Path) -> None:
    (app_dir / "app.py").write_text(_APP)
    assert _invoke("schema", "typescript", "--output", "specs.ts", "--namespace", "Shop")[0] == 0
    specs = (app_dir / "specs.ts").read_text()
    assert specs.startswith("export namespace Shop {\n")
    assert "export interface PathParameters {\n            item_id: number;\n        };" in specs


def test_sessions_need_the_session_middleware(app_dir: Path) -> None:
    (app_dir / "app.py").write_text(_APP)
    code, output = _invoke("sessions", "clear")
    assert code == 1
    assert "Session middleware not installed" in _flat(output)


def test_typescript_specs_from_an_openapi_document() -> None:
    document = {
        "openapi": "3.1.0",
        "paths": {
            "/items/{item_id}": {
                "get": {
                    "operationId": "ItemsItemIdGetItem",
                    "parameters": [
                        {"name": "item_id", "in": "path", "required": True, "schema": {"type": "integer"}},
                        {
                            "name": "q",
                            "in": "query",
                            "schema": {"oneOf": [{"type": "null"}, {"type": "string"}]},
                        },
                        {"name": "x-key", "in": "header", "required": True, "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}
                        },
                        "204": {"description": "empty"},
                    },
                },
                "post": {
                    "operationId": "createItem",
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}
                    },
                    "responses": {"201": {"content": {"application/json": {"schema": {"type": "boolean"}}}}},
                },
            }
        },
        "components": {
            "schemas": {
                "Item": {
                    "type": "object",
                    "required": ["id", "tags"],
                    "properties": {
                        "id": {"type": "integer"},
                        "tags": {"type": "array", "items": {"type": "string"}},
                        "kind": {"enum": ["a", "b"]},
                        "meta": {"type": "object", "additionalProperties": {"type": "number"}},
                        "pair": {
                            "type": "array",
                            "prefixItems": [{"type": "string"}, {"type": ["integer", "null"]}],
                        },
                        "both": {"allOf": [{"type": "object", "properties": {"x-y": {"const": 1}}}]},
                    },
                }
            }
        },
    }
    assert openapi_to_typescript(document, "Specs") == textwrap.dedent(
        """\
        export namespace Specs {
            export namespace CreateItem {
                export namespace Http201 {
                    export type ResponseBody = boolean;
                };

                export type RequestBody = {
                    both?: {
                        "x-y"?: 1;
                    };
                    id: number;
                    kind?: "a" | "b";
                    meta?: Record<string, number>;
                    pair?: [string, null | number];
                    tags: string[];
                };
            };

            export namespace ItemsItemIdGetItem {
                export namespace Http200 {
                    export type ResponseBody = {
                        both?: {
                            "x-y"?: 1;
                        };
                        id: number;
                        kind?: "a" | "b";
                        meta?: Record<string, number>;
                        pair?: [string, null | number];
                        tags: string[];
                    };
                };

                export namespace Http204 {
                };

                export interface PathParameters {
                    item_id: number;
                };

                export interface QueryParameters {
                    q?: null | string;
                };

                export interface HeaderParameters {
                    "x-key": string;
                };
            };
        };
        """
    )
