"""Small statistics helpers shared by the driver and the report (stdlib only)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence

__all__ = ("geomean", "median", "per_round_ratio")


def median(values: Iterable[float | None]) -> float | None:
    """Return the median of the non-missing values, or ``None`` when there are none."""
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def geomean(values: Iterable[float | None]) -> float | None:
    """Return the geometric mean of the non-missing values, or ``None`` when there are none."""
    present = [v for v in values if v is not None and v > 0]
    if not present:
        return None
    return math.exp(sum(math.log(v) for v in present) / len(present))


def per_round_ratio(numerator: Sequence[float | None], denominator: Sequence[float | None]) -> float | None:
    """Return the median over rounds of ``numerator[r] / denominator[r]``.

    Both sequences hold one sample per interleaved round, so each ratio compares two
    measurements taken seconds apart, under the same host noise.
    """
    ratios = [
        n / d
        for n, d in zip(numerator, denominator, strict=False)
        if n is not None and d is not None and d > 0
    ]
    return statistics.median(ratios) if ratios else None
