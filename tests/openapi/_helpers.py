"""Helpers of the OpenAPI tests: build an app and read its served document."""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.testing import TestClient

__all__ = ("operation", "schema_of")


def schema_of(*handlers: Any, **app_options: Any) -> dict[str, Any]:
    """The ``/schema/openapi.json`` an app of ``handlers`` serves (path from the config)."""
    app = Litestar(list(handlers), **app_options)
    path = (app.openapi_config.path or "/schema") if app.openapi_config else "/schema"
    with TestClient(app) as client:
        response = client.get(f"{path.rstrip('/')}/openapi.json")
    assert response.status_code == 200, response.text
    document: dict[str, Any] = response.json()
    return document


def operation(document: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    """One operation of a served document."""
    found: dict[str, Any] = document["paths"][path][method]
    return found
