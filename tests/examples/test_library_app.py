"""The library example (SQLAlchemy on SQLite, DTOs, pagination) answers like litestar 2.17."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient

HERE = Path(__file__).resolve().parent
RECORDED = HERE / "library_case.json"


def _load_case() -> Any:
    sys.path.insert(0, str(HERE))
    try:
        import library_case
    finally:
        sys.path.remove(str(HERE))
    return library_case


def _body(response: Any) -> tuple[str, Any]:
    if not response.content:
        return "empty", ""
    if "json" in response.headers.get("content-type", ""):
        return "json", response.json()
    return "text", response.text


def test_recorded_reference_answers_are_replayed_identically() -> None:
    """Every request of the oracle CASE gets litestar 2.17's recorded status and body."""
    recorded = json.loads(RECORDED.read_text())
    case = _load_case()
    assert [item["request"].get("name") for item in recorded["items"]] == [
        r.get("name") for r in case.REQUESTS
    ]
    mismatches = []
    with TestClient(case.create_app(), raise_server_exceptions=False) as client:
        for number, item in enumerate(recorded["items"], 1):
            request = {k: v for k, v in item["request"].items() if k != "name"}
            response = client.request(**request)
            body_type, body = _body(response)
            ours = {"status": response.status_code, "body_type": body_type, "body": body}
            expected = {key: item["response"][key] for key in ("status", "body_type", "body")}
            if ours != expected:
                mismatches.append(f"[{number}] {request['method']} {request['url']}: {expected} != {ours}")
    assert not mismatches, "\n".join(mismatches)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


def test_data_is_committed_to_the_sqlite_file(database: Path) -> None:
    """A created author and book are in the database file after the requests (autocommit)."""
    case = _load_case()
    with TestClient(case.create_app(f"sqlite+aiosqlite:///{database}")) as client:
        author = client.post("/authors", json={"name": "Octavia"}).json()
        client.post(f"/authors/{author['id']}/books", json={"title": "Kindred", "year": 1979})
        page = client.get("/books", params={"limit": 1}).json()
    assert page["items"][0]["title"] == "Kindred"
    assert page["items"][0]["author"] == {"id": author["id"], "name": "Octavia"}
    with sqlite3.connect(database) as connection:
        rows = connection.execute("select title, year from book").fetchall()
    assert rows == [("Kindred", 1979)]
