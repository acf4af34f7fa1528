"""Run inside a venv where the meta-package ``litestar`` was installed from wheels."""

from __future__ import annotations

import importlib.metadata
import json
import os
from dataclasses import dataclass
from typing import Any

import litestar
import litestar.di
from litestar import Litestar, get, post
from litestar.di import Provide
from litestar.testing import TestClient


@dataclass
class Note:
    text: str


class NoteStore:
    def __init__(self) -> None:
        self.notes: list[str] = []


STORE = NoteStore()


async def provide_store() -> NoteStore:
    return STORE


@post("/notes")
async def add_note(data: Note, store: NoteStore) -> dict[str, Any]:
    store.notes.append(data.text)
    return {"count": len(store.notes)}


@get("/notes")
async def list_notes(store: NoteStore, contains: str | None = None) -> list[str]:
    return [note for note in store.notes if contains is None or contains in note]


app = Litestar([add_note, list_notes], dependencies={"store": Provide(provide_store)})

with TestClient(app) as client:
    created = client.post("/notes", json={"text": "hello world"})
    client.post("/notes", json={"text": "bye"})
    listed = client.get("/notes", params={"contains": "world"})
    bad = client.post("/notes", json={"text": 1})
    missing = client.get("/missing")

package_dir = os.path.dirname(litestar.__file__)
meta_files = [str(f) for f in importlib.metadata.files("litestar") or [] if str(f).startswith("litestar/")]
print(
    json.dumps(
        {
            "created": [created.status_code, created.json()],
            "listed": [listed.status_code, listed.json()],
            "bad": bad.status_code,
            "missing": missing.status_code,
            "path": [os.path.normpath(p) for p in litestar.__path__],
            "package_dir": package_dir,
            "di_dir": os.path.dirname(os.path.dirname(litestar.di.__file__)),
            "meta_files": meta_files,
            "distributions": sorted(
                d.metadata["Name"]
                for d in importlib.metadata.distributions()
                if d.metadata["Name"].startswith("litestar")
            ),
        }
    )
)
