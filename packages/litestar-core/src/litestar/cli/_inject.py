"""Hand ``app`` and ``ctx`` to commands that name them, as the 2.17 CLI groups do.

Third-party commands (litestar-granian's ``run``, litestar-saq's ``workers run``,
litestar-vite's ``assets``, litestar-users, advanced-alchemy's ``database`` group) are
plain click callbacks with a parameter ``app: Litestar`` and/or ``ctx: click.Context``
and no ``pass_*`` decorator: the group they are added to fills those in.
"""

from __future__ import annotations

import functools
import inspect
from pathlib import Path
from typing import Any

from litestar.cli._click import click

__all__ = ("inject_app_and_context",)

_INJECTABLE = ("app", "ctx")
_MARK = "__litestar_injects__"


def _is_click_pass_wrapper(callback: Any) -> bool:
    # update_wrapper copies __module__, so the wrapper is told by where its code lives.
    filename = getattr(getattr(callback, "__code__", None), "co_filename", "")
    return Path(filename).parts[-2:] == ("click", "decorators.py")


def _positionals_passed_by_click(callback: Any) -> int:
    """How many leading arguments click's ``pass_context``/``pass_obj`` wrappers supply."""
    count = 0
    while hasattr(callback, "__wrapped__"):
        count += _is_click_pass_wrapper(callback)
        callback = callback.__wrapped__
    return count


def _wanted(command: click.Command) -> tuple[str, ...]:
    callback = command.callback
    if callback is None:
        return ()
    try:
        parameters = list(inspect.signature(callback).parameters.values())
    except (TypeError, ValueError):
        return ()
    supplied = {name for param in command.params if (name := param.name) is not None}
    supplied.update(p.name for p in parameters[: _positionals_passed_by_click(callback)])
    names = {p.name for p in parameters if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)}
    return tuple(name for name in _INJECTABLE if name in names and name not in supplied)


def _app_of(ctx: click.Context) -> Any:
    """The app of the nearest context object that has one (groups may replace ``obj``)."""
    current: click.Context | None = ctx
    while current is not None:
        if hasattr(current.obj, "app"):
            return current.obj.app
        current = current.parent
    raise click.ClickException("Could not find a Litestar app for this command")


def inject_app_and_context(command: click.Command) -> click.Command:
    """Make ``command`` receive ``app`` and ``ctx`` when its callback names them.

    Args:
        command: A command (or group) being added to a ``LitestarGroup``.

    Returns:
        The same command, its callback wrapped once if it needs anything.
    """
    callback = command.callback
    wanted = _wanted(command)
    if callback is None or not wanted or getattr(callback, _MARK, False):
        return command

    @functools.wraps(callback)
    def with_app_and_context(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        if "ctx" in wanted:
            kwargs["ctx"] = ctx
        if "app" in wanted:
            kwargs["app"] = _app_of(ctx)
        return callback(*args, **kwargs)

    setattr(with_app_and_context, _MARK, True)
    command.callback = with_app_and_context
    return command
