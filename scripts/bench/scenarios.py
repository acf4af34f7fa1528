"""The benchmark scenarios: one timed request each, plus the checks every app must pass.

Stdlib only: imported by the driver, by the worker inside each framework's venv and by
``tests/bench``. Every app is verified against all cases of a scenario (the timed request
and its extra checks, e.g. 400 for bad query values or a bad body) before it is timed.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent / "apps"))

import payloads

__all__ = (
    "SCENARIOS",
    "Case",
    "Expect",
    "Request",
    "Scenario",
    "by_key",
    "check_response",
    "select",
)

_ANY = object()


@dataclass(frozen=True)
class Request:
    """One HTTP request, as the ASGI scope and body will carry it."""

    method: str
    path: str
    query: str = ""
    body: bytes = b""
    content_type: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    """Extra request headers (name, value)."""

    @property
    def target(self) -> str:
        """Return the request target (path plus query string)."""
        return f"{self.path}?{self.query}" if self.query else self.path


@dataclass(frozen=True)
class Expect:
    """What a correct answer looks like."""

    status: int
    json: Any = _ANY
    text: str | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class Case:
    """A request and the answer it must get."""

    request: Request
    expect: Expect


@dataclass(frozen=True)
class Scenario:
    """A benchmark scenario: the timed case and extra correctness checks."""

    key: str
    letter: str
    title: str
    timed: Case
    checks: tuple[Case, ...] = field(default=())
    http: bool = False
    """Part of the default ``--http`` set (the scenarios with an HTTP target)."""

    @property
    def label(self) -> str:
        """Return ``"(a) GET text"``-style label for tables."""
        return f"({self.letter}) {self.title}"

    @property
    def cases(self) -> tuple[Case, ...]:
        """Return the timed case followed by the checks."""
        return (self.timed, *self.checks)


def _json(status: int, value: Any) -> Expect:
    return Expect(status=status, json=value, content_type="application/json")


def _get(path: str, query: str = "") -> Request:
    return Request("GET", path, query)


def _get_with(path: str, *headers: tuple[str, str]) -> Request:
    return Request("GET", path, headers=headers)


def _post_json(path: str, body: bytes) -> Request:
    return Request("POST", path, body=body, content_type="application/json")


_ORDER_BODY = json.dumps(payloads.ORDER, separators=(",", ":")).encode()
_BAD_ORDER_BODY = json.dumps({**payloads.ORDER, "id": "not-a-number"}).encode()
_MISSING_FIELD_BODY = json.dumps({k: v for k, v in payloads.ORDER.items() if k != "customer"}).encode()
_BIG = f"/big/r{payloads.BIG_MIDDLE}"

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "plaintext",
        "a",
        "GET text",
        Case(_get("/plaintext"), Expect(200, text=payloads.PLAINTEXT, content_type="text/plain")),
        http=True,
    ),
    Scenario(
        "json", "b", "GET small JSON", Case(_get("/json"), _json(200, payloads.JSON_MESSAGE)), http=True
    ),
    Scenario(
        "path",
        "c",
        "GET /items/{id:int}",
        Case(_get("/items/12345"), _json(200, {"id": 12345})),
        checks=(Case(_get("/items/7"), _json(200, {"id": 7})),),
        http=True,
    ),
    Scenario(
        "query",
        "d",
        "GET 3 query params",
        Case(_get("/query", "a=42&b=hello&c=true"), _json(200, {"a": 42, "b": "hello", "c": True})),
        checks=(
            Case(_get("/query", "a=7&b=x"), _json(200, {"a": 7, "b": "x", "c": None})),
            Case(
                _get("/query", "a=-3&b=two%20words&c=false"),
                _json(200, {"a": -3, "b": "two words", "c": False}),
            ),
            Case(_get("/query", "a=notanint&b=x"), Expect(400)),
            Case(_get("/query", "a=1&b=x&c=maybe"), Expect(400)),
            Case(_get("/query", "a=1"), Expect(400)),
        ),
    ),
    Scenario(
        "post",
        "e",
        "POST 1KB JSON model",
        Case(_post_json("/echo", _ORDER_BODY), _json(200, payloads.ORDER)),
        checks=(
            Case(_post_json("/echo", _BAD_ORDER_BODY), Expect(400)),
            Case(_post_json("/echo", _MISSING_FIELD_BODY), Expect(400)),
            Case(_post_json("/echo", b'{"id": 1,'), Expect(400)),
        ),
        http=True,
    ),
    Scenario(
        "objects", "f", "GET 100 objects", Case(_get("/objects"), _json(200, payloads.OBJECTS)), http=True
    ),
    Scenario(
        "chain",
        "g",
        "GET 3 chained deps",
        Case(_get("/deps/chain"), _json(200, {"result": payloads.CHAIN_RESULT})),
    ),
    Scenario(
        "middleware",
        "h",
        "GET 5 middlewares",
        Case(_get("/middleware"), _json(200, {"middlewares": payloads.MIDDLEWARE_COUNT})),
    ),
    Scenario("notfound", "i", "GET unknown -> 404", Case(_get("/does/not/exist"), Expect(404))),
    Scenario(
        "bigrouter",
        "j",
        "GET param, 300 routes",
        Case(_get(f"{_BIG}/4321"), _json(200, {"resource": payloads.BIG_MIDDLE, "id": 4321})),
        checks=(
            Case(_get("/big/r0"), _json(200, {"resource": 0})),
            Case(
                _get(f"/big/r{payloads.BIG_RESOURCES - 1}/5/edit"),
                _json(200, {"resource": payloads.BIG_RESOURCES - 1, "id": 5, "edit": True}),
            ),
            Case(_get(f"/big/r{payloads.BIG_RESOURCES}/1"), Expect(404)),
        ),
    ),
    Scenario(
        "independent",
        "k",
        "GET 3 independent deps",
        Case(_get("/deps/independent"), _json(200, {"result": payloads.INDEPENDENT_RESULT})),
    ),
    Scenario(
        "jwt",
        "l",
        "GET with JWT header auth",
        Case(
            _get_with("/auth/me", ("authorization", f"Bearer {payloads.JWT_TOKEN}")),
            _json(200, {"user": "alice"}),
        ),
        checks=(
            Case(_get("/auth/me"), Expect(401)),
            Case(_get_with("/auth/me", ("authorization", f"Bearer {payloads.JWT_FORGED}")), Expect(401)),
            Case(_get_with("/auth/me", ("authorization", f"Bearer {payloads.JWT_EXPIRED}")), Expect(401)),
            Case(_get_with("/auth/me", ("authorization", "Bearer not.a.token")), Expect(401)),
        ),
    ),
)
"""Every scenario, in table order."""


def by_key() -> dict[str, Scenario]:
    """Return the scenarios keyed by ``key`` and also by ``letter``."""
    table: dict[str, Scenario] = {}
    for scenario in SCENARIOS:
        table[scenario.key] = scenario
        table[scenario.letter] = scenario
    return table


def select(spec: str | None) -> list[Scenario]:
    """Return the scenarios named in a comma separated ``spec`` (keys or letters); all if empty.

    Raises:
        ValueError: A name matches no scenario.
    """
    if not spec:
        return list(SCENARIOS)
    table = by_key()
    chosen: list[Scenario] = []
    for name in (part.strip() for part in spec.split(",")):
        if not name:
            continue
        if name not in table:
            raise ValueError(f"unknown scenario {name!r}; choose from {', '.join(s.key for s in SCENARIOS)}")
        if table[name] not in chosen:
            chosen.append(table[name])
    return sorted(chosen, key=SCENARIOS.index)


def check_response(case: Case, status: int, headers: dict[str, str], body: bytes) -> str | None:
    """Return why a response is wrong for ``case``, or ``None`` when it is right.

    Args:
        case: The case whose request was answered.
        status: Response status code.
        headers: Response headers, lower-cased names.
        body: The full response body.
    """
    expect = case.expect
    where = f"{case.request.method} {case.request.target}"
    if status != expect.status:
        return f"{where}: status {status}, expected {expect.status} (body {body[:120]!r})"
    if expect.content_type is not None:
        content_type = headers.get("content-type", "")
        if not content_type.startswith(expect.content_type):
            return f"{where}: content-type {content_type!r}, expected {expect.content_type}"
    if expect.text is not None and body.decode("utf-8", "replace") != expect.text:
        return f"{where}: body {body[:120]!r}, expected {expect.text!r}"
    if expect.json is not _ANY:
        try:
            value = json.loads(body)
        except ValueError:
            return f"{where}: body is not JSON: {body[:120]!r}"
        if value != expect.json:
            return f"{where}: body {body[:200]!r} differs from the expected JSON"
    return None
