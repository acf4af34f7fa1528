"""``litestar schema``: write the app's OpenAPI document (JSON or YAML) or TypeScript specs.

The document comes from ``app.openapi_schema``, which needs the litestar-openapi
distribution; without it the command fails with the ``pip install`` line to run.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from litestar.cli._click import click
from litestar.cli._context import CLIContext
from litestar.exceptions.base_exceptions import LitestarException

if TYPE_CHECKING:
    from litestar.app import Litestar

__all__ = ("generate_openapi_schema", "generate_typescript_specs", "schema_group")


@click.group(name="schema")
def schema_group() -> None:
    """Manage server-side OpenAPI schemas."""


def _schema_dict(app: Litestar) -> dict[str, Any]:
    try:
        schema = app.openapi_schema
    except LitestarException as exc:
        raise click.ClickException(str(getattr(exc, "detail", "") or exc)) from exc
    to_schema = getattr(schema, "to_schema", None)
    data = to_schema() if to_schema is not None else schema
    return msgspec.json.decode(msgspec.json.encode(data))  # type: ignore[no-any-return]


def _write(path: Path, content: str) -> None:
    try:
        path.write_text(content)
    except OSError as exc:  # pragma: no cover - depends on the file system
        raise click.ClickException(f"failed to write schema to path {path}") from exc


@schema_group.command("openapi")
@click.option(
    "--output",
    help="output file path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("openapi_schema.json"),
    show_default=True,
)
@click.pass_obj
def generate_openapi_schema(obj: CLIContext, output: Path) -> None:
    """Generate an OpenAPI Schema."""
    data = _schema_dict(obj.app)
    if output.suffix in (".yml", ".yaml"):
        try:
            import yaml  # type: ignore[import-untyped, unused-ignore]
        except ImportError as exc:
            raise click.ClickException("YAML output needs PyYAML: pip install pyyaml") from exc
        _write(output, yaml.dump(data, default_flow_style=False, encoding=None, allow_unicode=True))
    else:
        _write(output, msgspec.json.format(msgspec.json.encode(data), indent=4).decode())


@schema_group.command("typescript")
@click.option(
    "--output",
    help="output file path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("api-specs.ts"),
    show_default=True,
)
@click.option("--namespace", help="namespace to use for the typescript specs", type=str, default="API")
@click.pass_obj
def generate_typescript_specs(obj: CLIContext, output: Path, namespace: str) -> None:
    """Generate TypeScript specs from the OpenAPI schema."""
    from litestar.cli._typescript import openapi_to_typescript

    _write(output, openapi_to_typescript(_schema_dict(obj.app), namespace))
