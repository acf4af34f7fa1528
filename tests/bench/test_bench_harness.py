"""The benchmark harness's own logic: scenario selection, answer checks, ratios, report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[2] / "scripts" / "bench"
sys.path[:0] = [str(BENCH), str(BENCH / "apps")]

import _report
import _stats
import scenarios


def test_select_accepts_keys_and_letters_in_table_order() -> None:
    chosen = scenarios.select("k, plaintext,c,a")
    assert [s.key for s in chosen] == ["plaintext", "path", "independent"]


def test_select_without_spec_returns_all_twelve_scenarios() -> None:
    assert [s.letter for s in scenarios.select("")] == list("abcdefghijkl")


def test_select_rejects_unknown_names() -> None:
    with pytest.raises(ValueError, match="unknown scenario 'nope'"):
        scenarios.select("a,nope")


def test_every_scenario_checks_a_bad_value_where_the_brief_asks_for_400() -> None:
    table = scenarios.by_key()
    for key in ("query", "post"):
        assert any(case.expect.status == 400 for case in table[key].checks)


def test_post_body_is_about_one_kilobyte() -> None:
    body = scenarios.by_key()["post"].timed.request.body
    assert 900 <= len(body) <= 1200


@pytest.mark.parametrize(
    ("status", "headers", "body", "reason"),
    [
        (201, {"content-type": "application/json"}, b'{"id": 12345}', "status 201, expected 200"),
        (200, {"content-type": "text/plain"}, b'{"id": 12345}', "content-type 'text/plain'"),
        (200, {"content-type": "application/json"}, b'{"id": 1}', "differs from the expected JSON"),
        (200, {"content-type": "application/json"}, b"{nope", "not JSON"),
    ],
)
def test_check_response_explains_wrong_answers(
    status: int, headers: dict[str, str], body: bytes, reason: str
) -> None:
    case = scenarios.by_key()["path"].timed
    error = scenarios.check_response(case, status, headers, body)
    assert error is not None
    assert reason in error
    assert error.startswith("GET /items/12345")


def test_check_response_accepts_a_right_answer_with_charset() -> None:
    case = scenarios.by_key()["plaintext"].timed
    headers = {"content-type": "text/plain; charset=utf-8"}
    assert scenarios.check_response(case, 200, headers, b"Hello, World!") is None


def test_per_round_ratio_is_the_median_of_ratios_and_skips_missing_rounds() -> None:
    assert _stats.per_round_ratio([1.0, 4.0, 9.0, None], [2.0, 2.0, 3.0, 1.0]) == 2.0
    assert _stats.per_round_ratio([None], [1.0]) is None


def test_geomean_ignores_missing_values() -> None:
    assert _stats.geomean([2.0, None, 8.0]) == pytest.approx(4.0)
    assert _stats.geomean([]) is None


def _results(ours_us: float) -> dict[str, Any]:
    keys = [s.key for s in scenarios.SCENARIOS]
    names = {
        "ours": ours_us,
        "litestar": 40.0,
        "fastapi": 100.0,
        "starlette": 15.0,
        "blacksheep": 12.0,
        "raw": 3.0,
    }
    return {
        "meta": {
            "started": "now",
            "host": "h",
            "cpus": 2,
            "worker_cpu": 1,
            "rounds": 3,
            "batch_ms": 20.0,
            "total_s": 1.0,
        },
        "frameworks": {
            n: {"python": "py", "module": "m", "info": {"rss_mib": 30.0, "startup_s": 0.001}, "errors": {}}
            for n in names
        },
        "scenarios": keys,
        "inproc": {n: {k: [us, us, us] for k in keys} for n, us in names.items()},
        "imports": {"ours": [0.2], "litestar": [1.0]},
        "construct": {"ours": [0.05], "litestar": [0.2]},
        "memory": {"ours": {"before": 30.0, "after": 30.3, "requests": 1000, "samples": []}},
    }


def test_report_marks_targets_met() -> None:
    report = _report.markdown(_results(ours_us=6.0))
    targets = report.split("**Ours against the targets**")[1].split("**Process facts**")[0]
    assert "0.15x ✓" in targets  # 6 / 40 vs litestar
    assert "2.00x ✓" in targets  # 6 / 3 vs raw on (a)-(c)
    assert "0.50x ✓" in targets  # 6 / 12 vs blacksheep, the fastest peer
    assert "✗" not in targets
    assert "+1.00%" in report
    assert "(0.25x ✓)" in report


def test_report_marks_missed_targets() -> None:
    report = _report.markdown(_results(ours_us=30.0))
    targets = report.split("**Ours against the targets**")[1]
    assert "0.75x ✗" in targets  # 30 / 40: above 0.5x litestar
    assert "2.50x ✗" in targets  # 30 / 12: slower than the fastest peer


def test_report_shows_err_for_wrong_answers_and_lists_them() -> None:
    results = _results(ours_us=6.0)
    results["inproc"]["ours"]["post"] = [None, None, None]
    results["frameworks"]["ours"]["errors"] = {"post": "POST /echo: status 201, expected 200"}
    report = _report.markdown(results)
    assert "| (e) POST 1KB JSON model | ERR |" in report
    assert "- ours (e) POST 1KB JSON model: POST /echo: status 201, expected 200" in report
