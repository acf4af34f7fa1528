"""When parameters and the body both fail, one 400 lists every error in signature order."""

from __future__ import annotations

from dataclasses import dataclass

from litestar import Litestar, post
from litestar.testing import TestClient


@dataclass
class Payload:
    x: int


@post("/a")
async def around(q: int, data: Payload, z: int) -> None:
    return None


@post("/b")
async def body_first(data: Payload, q: int) -> None:
    return None


def _client() -> TestClient[Litestar]:
    return TestClient(Litestar([around, body_first]))


def test_body_error_sits_between_parameter_errors() -> None:
    with _client() as client:
        response = client.post("/a?q=x&z=y", json={"x": "bad"})
    assert response.status_code == 400
    assert [(e["key"], e["source"]) for e in response.json()["extra"]] == [
        ("q", "query"),
        ("x", "body"),
        ("z", "query"),
    ]


def test_body_declared_first_is_reported_first() -> None:
    with _client() as client:
        response = client.post("/b?q=x", json={"x": "bad"})
    assert [(e["key"], e["source"]) for e in response.json()["extra"]] == [("x", "body"), ("q", "query")]


def test_malformed_body_wins_over_parameter_errors() -> None:
    with _client() as client:
        response = client.post("/b?q=x", content=b"{bad", headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("JSON is malformed")


def test_valid_body_keeps_the_parameter_errors_only() -> None:
    with _client() as client:
        response = client.post("/b?q=x", json={"x": 1})
    assert response.json()["extra"] == [
        {"message": "Expected `int`, got `str`", "key": "q", "source": "query"}
    ]


def test_missing_parameter_is_reported_alone() -> None:
    with _client() as client:
        response = client.post("/b", json={"x": "bad"})
    assert response.json() == {
        "status_code": 400,
        "detail": "Missing required query parameter 'q' for path /b",
    }
