"""Run a compiled dependency plan for one request, and clean generator providers up."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from litestar.concurrency import sync_to_thread as run_in_thread
from litestar.types.empty import Empty

__all__ = ("DependencyPlan", "Step")

ASYNC, SYNC, THREAD, GENERATOR, ASYNC_GENERATOR = range(5)


class Step:
    """One provider call: its name, callable, argument names and calling convention."""

    __slots__ = ("args", "call", "checks", "kind", "name", "provide")

    def __init__(
        self,
        name: str,
        provide: Any,
        args: tuple[str, ...],
        checks: tuple[tuple[str, Callable[[Any], Any]], ...] = (),
    ) -> None:
        self.name = name
        self.provide = provide
        self.args = args
        self.checks = checks
        """``(argument, check)`` pairs validating injected dependency values before the call."""
        self.call = provide.dependency
        if provide.has_async_generator_dependency:
            self.kind = ASYNC_GENERATOR
        elif provide.has_sync_generator_dependency:
            self.kind = GENERATOR
        elif provide.has_async_callable:
            self.kind = ASYNC
        elif provide.sync_to_thread:
            self.kind = THREAD
        else:
            self.kind = SYNC


class DependencyPlan:
    """Providers in resolution order; each value is computed once per request."""

    __slots__ = ("has_cleanup", "output_checks", "steps")

    def __init__(
        self,
        steps: list[Step],
        output_checks: tuple[tuple[str, Callable[[Any], Any]], ...] = (),
    ) -> None:
        self.steps = tuple(steps)
        self.output_checks = output_checks
        """``(name, check)`` pairs validating the values the consumer (handler) receives."""
        self.has_cleanup = any(s.kind in (GENERATOR, ASYNC_GENERATOR) for s in steps)

    async def run(self, values: dict[str, Any], request: Any, cleanups: list[Any] | None) -> None:
        """Compute every dependency into ``values``; register generators in ``cleanups``.

        When a provider (or a value check) fails, the generators already started are closed,
        last first, without the error being thrown into them (as the reference does), and
        ``cleanups`` is emptied before the error propagates.
        """
        try:
            for step in self.steps:
                provide = step.provide
                if provide.use_cache and provide.value is not Empty:
                    values[step.name] = provide.value
                    continue
                kwargs = {name: values[name] for name in step.args} if step.args else {}
                for arg, check in step.checks:
                    kwargs[arg] = check(kwargs[arg])
                kind = step.kind
                if kind == ASYNC:
                    value = await step.call(**kwargs)
                elif kind == SYNC:
                    value = step.call(**kwargs)
                elif kind == THREAD:
                    value = await run_in_thread(step.call, **kwargs)
                elif kind == GENERATOR:
                    generator = step.call(**kwargs)
                    value = next(generator)
                    if cleanups is not None:
                        cleanups.append(generator)
                else:
                    generator = step.call(**kwargs)
                    value = await generator.__anext__()
                    if cleanups is not None:
                        cleanups.append(generator)
                if provide.use_cache:
                    provide.value = value
                values[step.name] = value
            for name, check in self.output_checks:
                values[name] = check(values[name])
        except BaseException:
            if cleanups:
                await _close_all(cleanups)
            raise

    async def finalize(self, cleanups: list[Any], exc: BaseException | None) -> None:
        """Resume generator providers: last first normally, first first when ``exc`` is thrown in."""
        errors: list[BaseException] = []
        for generator in reversed(cleanups) if exc is None else tuple(cleanups):
            try:
                await _close(generator, exc)
            except BaseException as error:  # noqa: BLE001
                if error is not exc:
                    errors.append(error)
        cleanups.clear()
        if errors:
            raise errors[0]


async def _close_all(cleanups: list[Any]) -> None:
    """Close started generators, last first, ignoring what they raise while closing."""
    generators = cleanups[::-1]
    cleanups.clear()
    for generator in generators:
        try:
            if hasattr(generator, "aclose"):
                await generator.aclose()
            else:
                generator.close()
        except Exception:  # noqa: BLE001  (the provider's own error is the one reported)
            pass


async def _close(generator: Any, exc: BaseException | None) -> None:
    is_async = hasattr(generator, "__anext__")
    try:
        if exc is None:
            if is_async:
                await generator.__anext__()
            else:
                next(generator)
        elif is_async:
            await generator.athrow(exc)
        else:
            generator.throw(exc)
    except (StopIteration, StopAsyncIteration):
        return
    # A generator yielding more than once: the reference ignores the extra values.
    if is_async:
        await generator.aclose()
    else:
        generator.close()
