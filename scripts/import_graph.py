"""Count every import as written and report cycles and upward imports per distribution.

Unlike import-linter (which by default skips ``if TYPE_CHECKING:`` imports and sees the
merged package), this reads the source of each distribution and counts every import
statement that names a ``litestar`` module: module level, under ``TYPE_CHECKING``, and
inside functions. It reports, per distribution:

- the import cycles (strongly connected components of more than one file), largest first;
- imports that cross into another distribution and take part in a cycle;
- the share of internal imports that point upward, from a lower layer of the
  ``core-layers`` contract in ``pyproject.toml`` to a higher one.

Usage (from the repository root)::

    python scripts/import_graph.py                 # report
    python scripts/import_graph.py --check         # exit 1 if a goal below is missed
    python scripts/import_graph.py --json          # machine-readable report

Goals checked by ``--check`` (docs/internals.md, "Import graph"): no cycle spans more than
``MAX_CYCLE`` files, no cycle spans two distributions, litestar-core names no module of
another distribution (not even for typing), and at most ``MAX_UPWARD`` of the internal
imports of litestar-core point upward.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ("Graph", "build_graph", "main")

ROOT = Path(__file__).resolve().parent.parent
MAX_CYCLE = 3
MAX_UPWARD = 0.08
OTHER_PIECES = (
    "litestar._openapi",
    "litestar.config.allowed_hosts",
    "litestar.config.compression",
    "litestar.config.cors",
    "litestar.config.csrf",
    "litestar.config.response_cache",
    "litestar.contrib",
    "litestar.di",
    "litestar.dto",
    "litestar.openapi",
    "litestar.security",
    "litestar.testing",
)
"""Modules of other distributions (spec/MODULES.md) that core may not name, even before they exist."""

ALLOWED_EDGES: dict[tuple[str, str], str] = {
    ("litestar.connection.base", "litestar.app"): (
        "ASGIConnection.app is typed Litestar as in 2.17 (tests/typing pins it): a TYPE_CHECKING "
        "import that users' type checkers need; left out of the cycle count"
    ),
}
"""Type-only back-edges kept for the public typing, left out of the cycle search (reported)."""


@dataclass
class Graph:
    """Modules (dotted name -> distribution) and import edges (source -> targets, with counts)."""

    owner: dict[str, str] = field(default_factory=dict)
    edges: dict[str, dict[str, int]] = field(default_factory=dict)
    missing: dict[str, set[str]] = field(default_factory=dict)
    """Imports of ``litestar`` modules that no distribution of the repository ships."""


def _modules(packages: Path) -> Iterator[tuple[str, str, Path]]:
    for dist_dir in sorted(p for p in packages.iterdir() if (p / "src").is_dir()):
        src = dist_dir / "src"
        for path in sorted(src.rglob("*.py")):
            parts = list(path.relative_to(src).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            yield dist_dir.name, ".".join(parts), path


def _resolve(name: str, known: dict[str, str], root_names: frozenset[str]) -> str | None:
    """The module that ``name`` (a module, or a name imported from a module) refers to.

    ``None`` when no distribution of the repository ships it: ``litestar.dto`` is a
    module of another piece (maybe not written yet), not a name of the root package.
    """
    if name in known:
        return name
    parent, _, last = name.rpartition(".")
    if parent in known and (parent != "litestar" or last in root_names):
        return parent
    return None


def _all_names(path: Path) -> frozenset[str]:
    """The names in the ``__all__`` of a module (empty when it has none)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            return frozenset(value)
    return frozenset()


def _imported_names(tree: ast.AST, module: str, is_package: bool) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = module.split(".")
                drop = node.level - 1 if is_package else node.level
                base_parts = base_parts[: len(base_parts) - drop] if drop else base_parts
                base = ".".join(base_parts)
                prefix = f"{base}.{node.module}" if node.module else base
            else:
                prefix = node.module or ""
            for alias in node.names:
                yield f"{prefix}.{alias.name}" if alias.name != "*" else prefix


def build_graph(packages: Path) -> Graph:
    """Parse every module of every distribution under ``packages``."""
    graph = Graph()
    sources: list[tuple[str, Path]] = []
    root_names: frozenset[str] = frozenset()
    for dist, module, path in _modules(packages):
        graph.owner[module] = dist
        sources.append((module, path))
        if module == "litestar":
            root_names = _all_names(path)
    for module, path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        targets = graph.edges.setdefault(module, {})
        for name in _imported_names(tree, module, path.name == "__init__.py"):
            if not name.startswith("litestar"):
                continue
            target = _resolve(name, graph.owner, root_names)
            if target is None:
                graph.missing.setdefault(module, set()).add(name.rpartition(".")[0] or name)
                continue
            if target == module:
                continue
            targets[target] = targets.get(target, 0) + 1
    return graph


def _strongly_connected(edges: dict[str, dict[str, int]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (the graph is a few hundred nodes)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(edges.get(start, {}))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, {})))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    result.append(sorted(component))
    return sorted(result, key=len, reverse=True)


def _layers(pyproject: Path) -> list[list[str]]:
    """The ``core-layers`` contract: a list of layers (high to low), each a list of siblings."""
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    for contract in config["tool"]["importlinter"]["contracts"]:
        if contract["id"] == "core-layers":
            container = contract["containers"][0]
            return [
                [f"{container}.{name.strip().strip('()')}" for name in layer.split(":")]
                for layer in contract["layers"]
            ]
    raise SystemExit("no core-layers contract in pyproject.toml")


def _layer_of(module: str, layers: list[list[str]]) -> int | None:
    """Layer index (0 = highest) of ``module``; the root package sits above every layer."""
    if module == "litestar":
        return -1
    for position, siblings in enumerate(layers):
        for prefix in siblings:
            if module == prefix or module.startswith(prefix + "."):
                return position
    return None


def report(graph: Graph, layers: list[list[str]]) -> dict[str, object]:
    """Cycles per distribution and the upward share of litestar-core's internal imports."""
    pruned = {
        source: {t: n for t, n in targets.items() if (source, t) not in ALLOWED_EDGES}
        for source, targets in graph.edges.items()
    }
    cycles = _strongly_connected(pruned)
    per_dist: dict[str, list[list[str]]] = {}
    crossing: list[list[str]] = []
    for component in cycles:
        owners = {graph.owner[m] for m in component}
        if len(owners) > 1:
            crossing.append(component)
        per_dist.setdefault(min(owners), []).append(component)
    foreign = sorted(
        f"{source} -> {target}"
        for source, targets in graph.edges.items()
        if graph.owner[source] == "litestar-core"
        for target in targets
        if graph.owner[target] != "litestar-core"
    ) + sorted(
        f"{source} -> {name} (not in this repository)"
        for source, names in graph.missing.items()
        if graph.owner[source] == "litestar-core"
        for name in names
        if name.startswith(OTHER_PIECES)
    )
    internal = upward = unplaced = 0
    upward_edges: list[tuple[str, str, int]] = []
    for source, targets in graph.edges.items():
        if graph.owner[source] != "litestar-core":
            continue
        for target, count in targets.items():
            if graph.owner[target] != "litestar-core":
                continue
            internal += count
            src_layer, dst_layer = _layer_of(source, layers), _layer_of(target, layers)
            if src_layer is None or dst_layer is None:
                unplaced += count
                continue
            if dst_layer < src_layer:
                upward += count
                upward_edges.append((source, target, count))
    return {
        "cycles": {dist: components for dist, components in sorted(per_dist.items())},
        "largest_cycle": max((len(c) for c in cycles), default=0),
        "crossing_cycles": crossing,
        "core_names_other_pieces": foreign,
        "core_internal_imports": internal,
        "core_upward_imports": upward,
        "core_upward_share": upward / internal if internal else 0.0,
        "core_unplaced_imports": unplaced,
        "core_upward_edges": sorted(upward_edges),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the report; with ``--check``, fail when a goal is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the upward imports")
    args = parser.parse_args(argv)
    graph = build_graph(args.root / "packages")
    pyproject = args.root / "pyproject.toml"
    result = report(graph, _layers(pyproject if pyproject.is_file() else ROOT / "pyproject.toml"))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for dist, components in result["cycles"].items():  # type: ignore[attr-defined]
            for component in components:
                print(f"{dist}: cycle of {len(component)} files: {', '.join(component)}")
        for component in result["crossing_cycles"]:  # type: ignore[attr-defined]
            print(f"cycle across distributions: {', '.join(component)}")
        for line in result["core_names_other_pieces"]:  # type: ignore[attr-defined]
            print(f"core names another piece: {line}")
        if args.verbose:
            for source, target, count in result["core_upward_edges"]:  # type: ignore[attr-defined]
                print(f"upward: {source} -> {target} ({count})")
        print(
            f"largest cycle: {result['largest_cycle']} files; litestar-core: "
            f"{result['core_upward_imports']}/{result['core_internal_imports']} internal imports point "
            f"upward ({result['core_upward_share']:.1%}); {result['core_unplaced_imports']} in no layer"
        )
    failed = (
        result["largest_cycle"] > MAX_CYCLE  # type: ignore[operator]
        or bool(result["crossing_cycles"])
        or bool(result["core_names_other_pieces"])
        or result["core_upward_share"] > MAX_UPWARD  # type: ignore[operator]
    )
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
