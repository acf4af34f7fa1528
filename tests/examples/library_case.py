"""Oracle CASE: the library example (SQLAlchemy on SQLite, DTOs, pagination)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "examples"))

from library_app import create_app

__all__ = ("REQUESTS", "create_app")

REQUESTS = [
    {"method": "POST", "url": "/authors", "json": {"name": "Ursula", "born": "1929-10-21"}},
    {"method": "POST", "url": "/authors", "json": {"name": "Arthur", "id": 99, "books": []}},
    {"method": "POST", "url": "/authors", "json": {"born": "x"}, "name": "invalid author"},
    {"method": "POST", "url": "/authors/1/books", "json": {"title": "The Dispossessed", "year": 1974}},
    {"method": "POST", "url": "/authors/1/books", "json": {"title": "The Lathe of Heaven", "year": 1971}},
    {"method": "POST", "url": "/authors/2/books", "json": {"title": "Rendezvous", "year": 1973, "id": 7}},
    {"method": "POST", "url": "/authors/9/books", "json": {"title": "Nobody", "year": 2000}},
    {"method": "POST", "url": "/authors/1/books", "json": {"title": "No year"}, "name": "missing year"},
    {"method": "GET", "url": "/authors"},
    {"method": "GET", "url": "/authors", "params": {"limit": 1, "offset": 1}},
    {"method": "GET", "url": "/authors", "params": {"limit": 0}, "name": "limit too small"},
    {"method": "GET", "url": "/authors/1"},
    {"method": "GET", "url": "/authors/3"},
    {"method": "PATCH", "url": "/authors/2", "json": {"born": "1917-12-16"}},
    {"method": "GET", "url": "/books"},
    {"method": "GET", "url": "/books", "params": {"year": 1974}},
    {"method": "GET", "url": "/books", "params": {"limit": 2, "offset": 1}},
    {"method": "DELETE", "url": "/authors/2"},
    {"method": "GET", "url": "/authors/2"},
    {"method": "GET", "url": "/books"},
]
