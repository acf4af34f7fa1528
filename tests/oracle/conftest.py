"""Run oracle CASE files through our `litestar` and shape the answers like `oracle.py` records them.

Each CASE under `cases/` is imported from its path, its app is built (`create_app()` or `app`),
every entry of its `REQUESTS` goes through our `litestar.testing.TestClient(app,
raise_server_exceptions=False)` inside a `with` block (so lifespan hooks run), sharing one
client, exactly as `/work/shared/tools/oracle.py` drives both sides; then each `WEBSOCKETS`
entry is played on one connection of the same client and kept as a transcript of the
received values and the closing exception. The responses are normalised the same way the
oracle normalises them before recording: lower-case header names, `date` dropped,
`set-cookie` as a sorted list, repeated headers as lists, bodies typed `json` / `text` /
`base64` / `empty` / `redacted`, `0x...` addresses scrubbed, then the CASE's
`IGNORE_HEADERS` and `NORMALISE` hook.

Each CASE runs once per session (`oracle_case_runs`); `pytest_generate_tests` gives every test
asking for `oracle_item` one recorded request (or the construction check) as a parameter.
"""

from __future__ import annotations

import base64
import inspect
import json
import logging
import os
import re
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from _import_file import import_file

__all__ = ("oracle_case_runs", "pytest_generate_tests")

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "cases"
RECORDED_DIR = HERE / "recorded"

_ADDR = re.compile(r"\b0x[0-9a-fA-F]{6,16}\b")
_CHARSET = re.compile(r"charset=([\w.-]+)", re.IGNORECASE)


@dataclass
class CaseRun:
    """What our side did for one CASE: a stage error, or one normalised answer per request."""

    module: ModuleType | None = None
    requests_json: list[Any] = field(default_factory=list)
    stage_error: dict[str, Any] | None = None
    responses: list[dict[str, Any]] = field(default_factory=list)
    shutdown_error: dict[str, Any] | None = None
    warnings: list[dict[str, str]] = field(default_factory=list)
    """Warnings attributed to the CASE or to `litestar`, with the stage they were emitted in."""


def _scrub(text: str) -> str:
    return _ADDR.sub("0x...", text)


def _scrub_json(value: Any) -> Any:
    if isinstance(value, str):
        return _scrub(value)
    if isinstance(value, list):
        return [_scrub_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _scrub_json(item) for key, item in value.items()}
    return value


def _error(exc: BaseException, case_path: Path, stage: str | None = None) -> dict[str, Any]:
    """Describe an exception like the oracle does: type, message, code, line in the CASE."""
    described: dict[str, Any] = {"type": type(exc).__name__, "message": _scrub(str(exc))}
    code = getattr(exc, "code", None)
    if isinstance(code, int):
        described["code"] = code
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if os.path.abspath(frame.filename) == str(case_path):
            described["case_line"] = frame.lineno
            break
    if stage:
        described["stage"] = stage
    return described


def _redact(text: str) -> tuple[str, str | None]:
    # NOTE: the oracle applies this rule to our side; the reference side also redacts
    # any text naming its site-packages, which cannot occur for our checkout.
    if "Traceback (most recent call last)" in text:
        return "<traceback redacted by oracle>", "redacted"
    return _scrub(text), None


def capture(response: Any) -> dict[str, Any]:
    """Normalise an httpx response exactly as `oracle.py` records it."""
    headers: dict[str, Any] = {}
    cookies: list[str] = []
    for name, value in response.headers.multi_items():
        name = name.lower()
        if name == "date":
            continue
        if name == "set-cookie":
            cookies.append(value)
        elif name in headers:
            previous = headers[name]
            headers[name] = [*(previous if isinstance(previous, list) else [previous]), value]
        else:
            headers[name] = value
    if cookies:
        headers["set-cookie"] = sorted(cookies)
    raw: bytes = response.content
    content_type: str = response.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    out: dict[str, Any] = {"status": response.status_code, "headers": headers}
    if not raw:
        out["body_type"], out["body"] = "empty", ""
    else:
        done = False
        if media_type == "application/json" or media_type.endswith("+json"):
            try:
                out["body"], out["body_type"] = _scrub_json(json.loads(raw)), "json"
                done = True
            except ValueError:
                pass
        if not done:
            match = _CHARSET.search(content_type)
            try:
                text = raw.decode(match.group(1) if match else "utf-8")
                if "\x00" in text:
                    raise ValueError
                out["body"], kind = _redact(text)
                out["body_type"] = kind or "text"
            except (ValueError, LookupError):
                out["body"], out["body_type"] = base64.b64encode(raw).decode(), "base64"
    history = getattr(response, "history", None) or []
    if history:
        out["redirects"] = [{"status": h.status_code, "location": h.headers.get("location")} for h in history]
        out["url"] = str(response.url)
    return out


def jsonable(value: Any) -> Any:
    """The oracle's JSON form of a request (bytes as text or base64), to spot stale recordings."""
    if isinstance(value, bytes):
        try:
            return value.decode()
        except UnicodeDecodeError:
            return {"base64": base64.b64encode(value).decode()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    return value if value is None or isinstance(value, (str, int, float, bool)) else repr(value)


def _call_hook(hook: Callable[..., Any], response: dict[str, Any], request: dict[str, Any]) -> Any:
    try:
        arity = len(inspect.signature(hook).parameters)
    except (TypeError, ValueError):
        arity = 1
    return hook(response, request) if arity >= 2 else hook(response)


def _import_case(case_path: Path) -> ModuleType:
    return import_file(f"oracle_case_{case_path.stem}", case_path)


def _run_websocket(client: Any, spec: dict[str, Any], case_path: Path) -> dict[str, Any]:
    """Play one `WEBSOCKETS` entry on one connection; log received values and the closing error."""
    kwargs = {key: spec[key] for key in ("headers", "subprotocols") if key in spec}
    transcript: list[dict[str, Any]] = []
    try:
        with client.websocket_connect(spec["url"], **kwargs) as session:
            for step in spec.get("steps", []):
                operation, args = step[0], list(step[1:])
                value = getattr(session, operation)(*args)
                if operation.startswith("receive"):
                    if isinstance(value, bytes):
                        value = {"base64": base64.b64encode(value).decode()}
                    # The oracle ships its results as JSON written with `default=repr`, so nested
                    # values JSON cannot hold (bytes in a raw `receive` message) arrive as their repr.
                    value = json.loads(json.dumps(_scrub_json(value), default=repr))
                    transcript.append({"op": operation, "value": value})
                else:
                    transcript.append({"op": operation})
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001  (the closing exception is part of the answer)
        transcript.append({"error": _error(exc, case_path)})
    return {"transcript": transcript}


def _run(case_path: Path, run: CaseRun, stage: list[str]) -> CaseRun:
    try:
        from litestar.testing import TestClient
    except BaseException as exc:  # noqa: BLE001  (reported as the stage error of every CASE)
        run.stage_error = _error(exc, case_path, "import litestar")
        return run
    stage[0] = "import CASE (module level)"
    try:
        module = _import_case(case_path)
    except BaseException as exc:  # noqa: BLE001
        run.stage_error = _error(exc, case_path, "import CASE (module level)")
        return run
    run.module = module
    requests: list[dict[str, Any]] = list(getattr(module, "REQUESTS", None) or [])
    sockets: list[dict[str, Any]] = list(getattr(module, "WEBSOCKETS", None) or [])
    # The oracle records the HTTP requests first, then the WebSocket sessions.
    run.requests_json = [jsonable(request) for request in requests] + [jsonable(spec) for spec in sockets]
    normalise = getattr(module, "NORMALISE", None) or getattr(module, "NORMALIZE", None)
    ignore = {name.lower() for name in getattr(module, "IGNORE_HEADERS", ())}
    stage[0] = "create_app()"
    if hasattr(module, "create_app"):
        try:
            app = module.create_app()
        except BaseException as exc:  # noqa: BLE001
            run.stage_error = _error(exc, case_path, "create_app()")
            return run
    else:
        app = module.app
    client_kwargs = dict(getattr(module, "CLIENT_KWARGS", None) or {})
    stage[0] = "TestClient startup (lifespan)"
    try:
        client = TestClient(app, raise_server_exceptions=False, **client_kwargs)
        client.__enter__()
    except BaseException as exc:  # noqa: BLE001
        run.stage_error = _error(exc, case_path, "TestClient startup (lifespan)")
        return run
    try:
        for number, request in enumerate(requests, 1):
            stage[0] = f"request [{number}]"
            kwargs = {key: value for key, value in request.items() if key not in ("method", "url", "name")}
            try:
                got: dict[str, Any] = capture(client.request(request["method"], request["url"], **kwargs))
            except Exception as exc:  # noqa: BLE001  (a request raising is a difference, not a crash)
                got = {"error": _error(exc, case_path)}
            for name in ignore:
                got.get("headers", {}).pop(name, None)
            if normalise is not None:
                try:
                    got = _call_hook(normalise, got, request)
                except Exception as exc:  # noqa: BLE001
                    got = {"error": _error(exc, case_path, "NORMALISE")}
            run.responses.append(got)
        for spec in sockets:
            got = _run_websocket(client, spec, case_path)
            if normalise is not None:
                try:
                    got = _call_hook(normalise, got, spec)
                except Exception as exc:  # noqa: BLE001
                    got = {"error": _error(exc, case_path, "NORMALISE")}
            run.responses.append(got)
    finally:
        stage[0] = "TestClient shutdown (lifespan)"
        try:
            client.__exit__(None, None, None)
        except BaseException as exc:  # noqa: BLE001
            run.shutdown_error = _error(exc, case_path, "TestClient shutdown (lifespan)")
    return run


def run_oracle_case(case_path: Path) -> CaseRun:
    """Run one CASE through our side, in the CASE's folder, recording warnings like the oracle.

    As `oracle.py`, only warnings attributed to the CASE file or to a `litestar` package are
    kept (other libraries' own warnings, e.g. httpx's per-request `cookies=` deprecation,
    differ between venvs), each with the stage that emitted it.
    """
    previous_cwd = os.getcwd()
    os.chdir(case_path.parent)
    httpx_logger = logging.getLogger("httpx")
    previous_level = httpx_logger.level
    # One INFO line per request would bury the differences in every failure report.
    httpx_logger.setLevel(logging.WARNING)
    try:
        run = CaseRun()
        stage = ["import litestar"]
        case_file = str(case_path)
        marker = f"{os.sep}litestar{os.sep}"

        def record(message: Any, category: type[Warning], filename: str, *_: Any, **__: Any) -> None:
            path = os.path.abspath(filename or "")
            if path == case_file or marker in path:
                run.warnings.append({"stage": stage[0], "category": category.__name__})

        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = record
            return _run(case_path, run, stage)
    finally:
        httpx_logger.setLevel(previous_level)
        os.chdir(previous_cwd)


@dataclass(frozen=True)
class OracleItem:
    """One recorded reference answer: `index` is a request number, "shutdown" or None (construction)."""

    stem: str
    index: int | str | None
    recorded: dict[str, Any]


def _label(index: int, request: dict[str, Any]) -> str:
    method = "WS" if "steps" in request else request.get("method", "?")
    name = request.get("name") or f"{method} {request.get('url', '?')}"
    return f"{index:02d} {name}"


def _oracle_items() -> list[Any]:
    params: list[Any] = []
    for recorded_path in sorted(RECORDED_DIR.glob("*.json")):
        stem = recorded_path.stem
        if not (CASES_DIR / f"{stem}.py").is_file():
            continue
        recorded = json.loads(recorded_path.read_text())
        if recorded.get("stage_error"):
            params.append(pytest.param(OracleItem(stem, None, recorded), id=f"{stem}::construction"))
            continue
        for index, item in enumerate(recorded["items"]):
            label = _label(index, item["request"])
            params.append(pytest.param(OracleItem(stem, index, recorded), id=f"{stem}::{label}"))
        params.append(pytest.param(OracleItem(stem, "shutdown", recorded), id=f"{stem}::lifespan-shutdown"))
    return params


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrise tests asking for `oracle_item` with every recorded reference answer."""
    if "oracle_item" in metafunc.fixturenames:
        metafunc.parametrize("oracle_item", _oracle_items())


@pytest.fixture(scope="session")
def oracle_case_runs() -> Iterator[Callable[[str], CaseRun]]:
    """Return a getter that runs a CASE (by stem) once per session and caches the result."""
    cache: dict[str, CaseRun] = {}

    def get(stem: str) -> CaseRun:
        if stem not in cache:
            cache[stem] = run_oracle_case(CASES_DIR / f"{stem}.py")
        return cache[stem]

    yield get
    for stem in cache:
        sys.modules.pop(f"oracle_case_{stem}", None)
