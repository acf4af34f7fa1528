"""Oracle CASE for ``examples/todo_app.py``: a CRUD session with filters and errors.

Used by ``python /work/shared/tools/oracle.py compare tests/examples/todo_case.py``;
its recorded reference answers live in ``todo_case.json`` next to it and are replayed
against our app by ``test_todo_app.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from _import_file import import_file

__all__ = ("REQUESTS", "create_app", "load_example")

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "todo_app.py"


def load_example() -> Any:
    """Import ``examples/todo_app.py`` by path, registered as ``todo_app_example``."""
    name = "todo_app_example"
    module = sys.modules.get(name)
    if module is None:
        module = import_file(name, EXAMPLE)
    return module


def create_app() -> Any:
    """Return a fresh todo app with an empty store."""
    return load_example().create_app()


REQUESTS: list[dict[str, Any]] = [
    {"method": "GET", "url": "/todos", "name": "empty list"},
    {"method": "POST", "url": "/todos", "json": {"title": "buy milk"}},
    {"method": "POST", "url": "/todos", "json": {"title": "write tests", "done": True}},
    {"method": "POST", "url": "/todos", "json": {"title": "ship it", "done": False}},
    {"method": "GET", "url": "/todos", "name": "list all"},
    {"method": "GET", "url": "/todos", "params": {"done": "true"}, "name": "filter done"},
    {"method": "GET", "url": "/todos?done=false", "name": "filter not done"},
    {"method": "GET", "url": "/todos?done=1", "name": "filter done as 1"},
    {"method": "GET", "url": "/todos?done=maybe", "name": "bad filter value"},
    {"method": "GET", "url": "/todos/2"},
    {"method": "GET", "url": "/todos/99", "name": "unknown id"},
    {"method": "GET", "url": "/todos/abc", "name": "non-int id"},
    {"method": "PUT", "url": "/todos/1", "json": {"title": "buy oat milk", "done": True}},
    {"method": "PUT", "url": "/todos/42", "json": {"title": "x"}, "name": "update unknown"},
    {"method": "PUT", "url": "/todos/1", "json": {"done": True}, "name": "update missing title"},
    {"method": "POST", "url": "/todos", "json": {"title": 5}, "name": "wrongly typed title"},
    {"method": "POST", "url": "/todos", "json": ["title"], "name": "array body"},
    {
        "method": "POST",
        "url": "/todos",
        "content": b"{not json",
        "headers": {"content-type": "application/json"},
        "name": "malformed json",
    },
    {"method": "DELETE", "url": "/todos/3"},
    {"method": "DELETE", "url": "/todos/3", "name": "delete twice"},
    {"method": "GET", "url": "/todos", "name": "list after update and delete"},
    {"method": "PATCH", "url": "/todos/1", "json": {"done": False}, "name": "method not allowed"},
    {"method": "GET", "url": "/nowhere", "name": "unknown path"},
]
