"""Build the dependency graph of a handler at startup: order, cycles, external inputs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from litestar.di._plan import DependencyPlan, Step
from litestar.di._provide import Provide

__all__ = ("DependencyGraph", "compile_dependencies")


class DependencyGraph:
    """The result of compiling a handler's dependencies."""

    __slots__ = ("errors", "external", "plan")

    def __init__(self, plan: DependencyPlan, external: dict[str, Any], errors: list[str]) -> None:
        self.plan = plan
        self.external = external
        """Parameters providers need that are not dependencies (path, query, request...)."""
        self.errors = errors
        """Wiring errors (cycles, bad providers), one message each."""


def as_provide(value: Any) -> Provide:
    """Accept ``Provide`` objects and plain callables alike."""
    return value if isinstance(value, Provide) else Provide(value)


def compile_dependencies(
    names: Iterable[str],
    providers: Mapping[str, Any],
    parse: Callable[[Callable[..., Any]], Any],
    make_check: Callable[[Any], Callable[[Any], Any] | None] | None = None,
    consumer: Mapping[str, Any] | None = None,
) -> DependencyGraph:
    """Order the providers needed for ``names`` so each runs after its own dependencies.

    Args:
        names: The dependency names the consumer (a handler) asks for.
        providers: Every provider in scope, by name.
        parse: Parses a callable into a signature (with ``.parameters``).
        make_check: Builds, from a parsed parameter, a check validating the injected value
            (``None`` when nothing needs checking).
        consumer: The consumer's parsed parameters, to check the values it receives.
    """
    order: list[Step] = []
    external: dict[str, Any] = {}
    errors: list[str] = []
    done: set[str] = set()
    visiting: list[str] = []

    def visit(name: str) -> None:
        if name in done:
            return
        if name in visiting:
            cycle = " -> ".join([*visiting[visiting.index(name) :], name])
            errors.append(f"circular dependency: {cycle}. Break the cycle between these providers.")
            return
        visiting.append(name)
        provide = as_provide(providers[name])
        if provide.use_cache and (
            provide.has_sync_generator_dependency or provide.has_async_generator_dependency
        ):
            errors.append("Cannot cache generator dependency, consider using Lifespan Context instead.")
        signature = parse(provide.dependency)
        provide.parsed_fn_signature = signature
        args: list[str] = []
        checks: list[tuple[str, Callable[[Any], Any]]] = []
        for param_name, param in signature.parameters.items():
            if not getattr(param, "has_annotation", True):
                errors.append(
                    f"the provider of {name!r}: parameter {param_name!r} does not have a type annotation. "
                    f"If it should receive any value, annotate it as 'Any'."
                )
            if param_name in providers:
                visit(param_name)
                check = make_check(param) if make_check is not None else None
                if check is not None:
                    checks.append((param_name, check))
            else:
                external.setdefault(param_name, param)
            args.append(param_name)
        visiting.pop()
        done.add(name)
        order.append(Step(name, provide, tuple(args), tuple(checks)))

    output_checks: list[tuple[str, Callable[[Any], Any]]] = []
    for name in names:
        visit(name)
        if make_check is not None and consumer is not None and name in consumer:
            check = make_check(consumer[name])
            if check is not None:
                output_checks.append((name, check))
    return DependencyGraph(DependencyPlan(order, tuple(output_checks)), external, errors)
