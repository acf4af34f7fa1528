"""Turn a run's raw samples into markdown tables (stdlib only).

Every ratio is the median of per-round ratios (see ``_stats.per_round_ratio``), never a
ratio of medians, so host drift between rounds cancels out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import scenarios
from _stats import geomean, median, per_round_ratio

__all__ = (
    "HTTP_TARGET",
    "OURS",
    "PEERS",
    "REFERENCE",
    "markdown",
)

OURS = "ours"
REFERENCE = "litestar"
PEERS = ("fastapi", "starlette", "blacksheep")
RAW = "raw"

INPROC_TARGET = 0.5
"""Every scenario: ours at most 0.5x Litestar."""
GEOMEAN_TARGET = 0.3
"""Geometric mean over scenarios: ours at most 0.3x Litestar."""
RAW_TARGET = 2.5
"""(a)-(c): ours at most 2.5x the raw ASGI app."""
RAW_TARGET_SCENARIOS = ("plaintext", "json", "path")
PEER_TARGET = 1.0
"""Every scenario: ours no slower than the fastest peer."""
HTTP_TARGET = 1.8
"""Over HTTP: ours at least 1.8x Litestar's requests/s."""
HTTP_TARGET_SCENARIOS = ("plaintext", "json", "path", "post", "objects")
IMPORT_TARGET_S = 0.25
CONSTRUCT_TARGET = 0.5
RSS_TARGET_MIB = 35.0
GROWTH_TARGET = 0.05

_OK, _FAIL = "✓", "✗"


def _label(key: str) -> str:
    return scenarios.by_key()[key].label


def _fmt(value: float | None, spec: str, suffix: str = "") -> str:
    return "—" if value is None else f"{value:{spec}}{suffix}"


def _mark(value: float | None, limit: float, *, at_least: bool = False) -> str:
    if value is None:
        return ""
    good = value >= limit if at_least else value <= limit
    return f" {_OK if good else _FAIL}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|---" + "|---:" * (len(header) - 1) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _names(results: dict[str, Any], section: dict[str, Any]) -> list[str]:
    return [name for name in results["frameworks"] if name in section]


def _err_cell(results: dict[str, Any], name: str, key: str) -> str:
    error = results["frameworks"][name].get("errors", {}).get(key)
    return "ERR" if error else "—"


def _samples_table(
    results: dict[str, Any], samples: dict[str, dict[str, list[float | None]]], keys: list[str], spec: str
) -> str:
    names = _names(results, samples)
    rows = []
    for key in keys:
        row = [_label(key)]
        for name in names:
            value = median(samples[name].get(key, []))
            row.append(_fmt(value, spec) if value is not None else _err_cell(results, name, key))
        rows.append(row)
    if len(keys) > 1:
        rows.append(
            ["geomean"] + [_fmt(geomean(median(samples[n].get(k, [])) for k in keys), spec) for n in names]
        )
    return _table(["scenario", *names], rows)


def _ratio_table(
    results: dict[str, Any], samples: dict[str, dict[str, list[float | None]]], keys: list[str], ref: str
) -> str:
    names = _names(results, samples)
    rows = []
    per_name: dict[str, list[float | None]] = {n: [] for n in names}
    for key in keys:
        row = [_label(key)]
        for name in names:
            ratio = per_round_ratio(samples[name].get(key, []), samples[ref].get(key, []))
            per_name[name].append(ratio)
            row.append(_fmt(ratio, ".2f", "x") if ratio is not None else _err_cell(results, name, key))
        rows.append(row)
    if len(keys) > 1:
        rows.append(["geomean"] + [_fmt(geomean(per_name[n]), ".2f", "x") for n in names])
    return _table(["scenario", *names], rows)


def _or_inf(value: float | None) -> float:
    return float("inf") if value is None else value


def _fastest_peer(
    samples: dict[str, dict[str, list[float | None]]], key: str
) -> tuple[list[float | None], str]:
    peers = [p for p in PEERS if p in samples and any(v is not None for v in samples[p].get(key, []))]
    if not peers:
        return [], "—"
    rounds = max(len(samples[p][key]) for p in peers)
    best: list[float | None] = []
    for r in range(rounds):
        values = [v for p in peers if r < len(samples[p][key]) and (v := samples[p][key][r]) is not None]
        best.append(min(values) if values else None)
    fastest = min(peers, key=lambda p: _or_inf(median(samples[p][key])))
    return best, fastest


def _targets_table(
    results: dict[str, Any], samples: dict[str, dict[str, list[float | None]]], keys: list[str]
) -> str:
    ours = samples[OURS]
    rows = []
    vs_ref: list[float | None] = []
    for key in keys:
        row = [_label(key)]
        ref = (
            per_round_ratio(ours.get(key, []), samples[REFERENCE].get(key, []))
            if REFERENCE in samples
            else None
        )
        vs_ref.append(ref)
        row.append(_fmt(ref, ".2f", "x") + _mark(ref, INPROC_TARGET))
        raw = per_round_ratio(ours.get(key, []), samples[RAW].get(key, [])) if RAW in samples else None
        row.append(_fmt(raw, ".2f", "x") + (_mark(raw, RAW_TARGET) if key in RAW_TARGET_SCENARIOS else ""))
        best, fastest = _fastest_peer(samples, key)
        peer = per_round_ratio(ours.get(key, []), best) if best else None
        row.append(_fmt(peer, ".2f", "x") + _mark(peer, PEER_TARGET))
        row.append(fastest)
        rows.append(row)
    gm = geomean(vs_ref)
    rows.append(["geomean", _fmt(gm, ".2f", "x") + _mark(gm, GEOMEAN_TARGET), "", "", ""])
    header = [
        "scenario",
        f"ours/litestar (≤{INPROC_TARGET:.2f}x, geomean ≤{GEOMEAN_TARGET:.2f}x)",
        f"ours/raw (≤{RAW_TARGET:.1f}x on a-c)",
        f"ours/fastest peer (≤{PEER_TARGET:.2f}x)",
        "fastest peer",
    ]
    return _table(header, rows)


def _process_table(results: dict[str, Any]) -> str:
    names = list(results["frameworks"])
    imports = results.get("imports", {})
    construct = results.get("construct", {})
    memory = results.get("memory", {})

    def info(name: str, field: str) -> float | None:
        data = results["frameworks"][name].get("info") or {}
        value = data.get(field)
        return float(value) if value is not None else None

    def cell(name: str, value: float | None, spec: str, ok: str = "") -> str:
        return _fmt(value, spec) + (ok if name == OURS else "")

    rows: list[list[str]] = []
    import_row = ["import app module, fresh interpreter (ms)"]
    for name in names:
        value = median(imports.get(name, []))
        import_row.append(
            cell(name, value * 1000 if value is not None else None, ".0f", _mark(value, IMPORT_TARGET_S))
        )
    rows.append(import_row)
    construct_row = ["`Litestar(...)`, 300 routes (ms)"]
    for name in names:
        value = median(construct.get(name, []))
        ratio = per_round_ratio(construct.get(name, []), construct.get(REFERENCE, []))
        extra = (
            f" ({ratio:.2f}x{_mark(ratio, CONSTRUCT_TARGET)})" if name == OURS and ratio is not None else ""
        )
        construct_row.append(_fmt(value * 1000 if value is not None else None, ".0f") + extra)
    rows.append(construct_row)
    startup = {n: info(n, "startup_s") for n in names}
    rows.append(
        ["lifespan startup (ms)"]
        + [_fmt(None if value is None else value * 1000, ".1f") for value in startup.values()]
    )
    rows.append(
        ["RSS after startup (MiB)"]
        + [cell(n, info(n, "rss_mib"), ".1f", _mark(info(n, "rss_mib"), RSS_TARGET_MIB)) for n in names]
    )
    if memory:
        growth_row = ["RSS growth over the memory run"]
        for name in names:
            data = memory.get(name)
            if not data:
                growth_row.append("—")
                continue
            growth = data["after"] / data["before"] - 1
            growth_row.append(
                f"{growth * 100:+.2f}% ({data['before']:.1f}→{data['after']:.1f} MiB, {data['requests']:,} req)"
                + (_mark(growth, GROWTH_TARGET) if name == OURS else "")
            )
        rows.append(growth_row)
    rows = [row for row in rows if any(cell != "—" for cell in row[1:])]
    return _table(["measure", *names], rows)


def _http_sections(results: dict[str, Any]) -> list[str]:
    http = results["http"]
    rps, p50 = http["rps"], http["p50_ms"]
    keys = http["scenarios"]
    out = [
        (
            f"**HTTP requests/s** (uvicorn, httptools + uvloop, 1 worker; {http['tool']} with "
            f"{http['connections']} connections for {http['duration']} s; median of {http['rounds']} rounds; "
            "higher is better)"
        ),
        "",
        _samples_table(results, rps, keys, ".0f"),
        "",
    ]
    if REFERENCE in rps:
        out += [
            "**HTTP throughput vs litestar** (per-round rps / litestar rps; >1 = faster)",
            "",
            _ratio_table(results, rps, keys, REFERENCE),
            "",
        ]
        if OURS in rps:
            rows = []
            for key in keys:
                ratio = per_round_ratio(rps[OURS].get(key, []), rps[REFERENCE].get(key, []))
                target = key in HTTP_TARGET_SCENARIOS
                rows.append(
                    [
                        _label(key),
                        _fmt(ratio, ".2f", "x")
                        + (_mark(ratio, HTTP_TARGET, at_least=True) if target else ""),
                    ]
                )
            out += [_table(["scenario", f"ours/litestar rps (≥{HTTP_TARGET:.1f}x)"], rows), ""]
    out += ["**HTTP p50 latency (ms)**", "", _samples_table(results, p50, keys, ".2f"), ""]
    return out


def _errors(results: dict[str, Any]) -> list[str]:
    lines = []
    for name, data in results["frameworks"].items():
        if data.get("error"):
            lines.append(f"- {name}: {data['error']}")
        for key, error in (data.get("errors") or {}).items():
            if error:
                lines.append(f"- {name} {_label(key)}: {error}")
        for key, error in (results.get("http", {}).get("errors", {}).get(name) or {}).items():
            if error:
                lines.append(f"- {name} {_label(key)} over HTTP: {error}")
    return lines


def markdown(results: dict[str, Any]) -> str:
    """Return the whole report of a run as markdown."""
    meta = results["meta"]
    out = [
        f"# bench run {meta['started']} on {meta['host']}, {meta['cpus']} CPUs, total {meta['total_s']:.0f} s",
        "",
    ]
    for name, data in results["frameworks"].items():
        info = data.get("info")
        line = f"- {name}: `{data['module']}` on {data['python']}"
        if info:
            versions = ", ".join(f"{k}=={v}" for k, v in sorted(info.get("versions", {}).items()))
            line += f" (Python {info.get('python', '?')}, {info.get('loop', '?')} loop; {versions})"
        out.append(line)
    out.append("")
    inproc = results.get("inproc")
    if inproc:
        keys = results["scenarios"]
        out += [
            (
                f"**In-process µs/request** (CPU time inside `app(scope, receive, send)`, median of "
                f"{meta['rounds']} interleaved rounds of ~{meta['batch_ms']:.0f} ms batches, workers pinned to "
                f"CPU {meta['worker_cpu']}; lower is better)"
            ),
            "",
            _samples_table(results, inproc, keys, ".2f"),
            "",
        ]
        if REFERENCE in inproc:
            out += [
                "**Ratio vs litestar** (median of per-round ratios; <1 = faster)",
                "",
                _ratio_table(results, inproc, keys, REFERENCE),
                "",
            ]
        if RAW in inproc:
            out += ["**Ratio vs raw ASGI** (the floor)", "", _ratio_table(results, inproc, keys, RAW), ""]
        if OURS in inproc:
            out += ["**Ours against the targets**", "", _targets_table(results, inproc, keys), ""]
    has_facts = (
        results.get("imports")
        or results.get("construct")
        or results.get("memory")
        or any(data.get("info") for data in results["frameworks"].values())
    )
    if has_facts:
        out += ["**Process facts**", "", _process_table(results), ""]
    if results.get("http"):
        out += _http_sections(results)
    errors = _errors(results)
    if errors:
        out += ["**Errors** (wrong answers are not timed)", "", *errors, ""]
    return "\n".join(out)
