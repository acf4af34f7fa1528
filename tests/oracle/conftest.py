"""Fixtures for the oracle corpus: each CASE runs once per session through our side."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import pytest
from _oracle_support import CASES_DIR, CaseRun, run_oracle_case

__all__ = ("oracle_case_runs",)


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
