"""Every benchmark scenario answers correctly on our app (no timing here).

The app file ``scripts/bench/apps/litestar_app.py`` is the one the benchmark times on our
packages and on the published litestar 2.17; the raw ASGI floor is checked too, so the
scenario definitions are pinned by an implementation that does not depend on ours.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[2] / "scripts" / "bench"
sys.path[:0] = [str(BENCH), str(BENCH / "apps")]

import _asgi
import scenarios

APP_MODULES = ("litestar_app", "raw_app")


@pytest.fixture(params=APP_MODULES)
def app_module(request: pytest.FixtureRequest) -> ModuleType:
    """The app module under test: ours (the Litestar API file) and the raw floor."""
    return importlib.import_module(request.param)


async def _answers(app: Any, cases: tuple[scenarios.Case, ...]) -> list[str | None]:
    lifespan = _asgi.Lifespan(app)
    await lifespan.startup()
    try:
        errors = []
        for case in cases:
            response = await _asgi.call(app, case.request, lifespan.state)
            errors.append(scenarios.check_response(case, response.status, response.headers, response.body))
        return errors
    finally:
        await lifespan.shutdown()


@pytest.mark.parametrize("scenario", scenarios.SCENARIOS, ids=lambda s: f"{s.letter}-{s.key}")
async def test_scenario_answers_every_case_correctly(
    app_module: ModuleType, scenario: scenarios.Scenario
) -> None:
    errors = await _answers(app_module.app, scenario.cases)
    assert [e for e in errors if e] == []


@pytest.mark.parametrize("scenario", scenarios.SCENARIOS, ids=lambda s: f"{s.letter}-{s.key}")
async def test_repeated_timed_request_keeps_answering_correctly(
    app_module: ModuleType, scenario: scenarios.Scenario
) -> None:
    """Batches replay one request many times: caches must not change the answer."""
    errors = await _answers(app_module.app, (scenario.timed,) * 5)
    assert [e for e in errors if e] == []


async def test_big_app_built_from_fresh_handlers_routes_its_300_routes() -> None:
    module = importlib.import_module("litestar_app")
    app = module.build_big_app(module.big_route_handlers())
    cases = tuple(c for c in scenarios.by_key()["bigrouter"].cases)
    errors = await _answers(app, cases)
    assert [e for e in errors if e] == []


def test_big_route_handlers_are_three_per_resource() -> None:
    module = importlib.import_module("litestar_app")
    assert len(module.big_route_handlers()) == 300
