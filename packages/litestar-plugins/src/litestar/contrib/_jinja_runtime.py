"""A Jinja2 environment whose three hottest runtime hooks skip work they can prove useless.

PERF: a compiled template calls ``escape`` for every ``{{ value }}`` (autoescaping),
``environment.getattr`` for every ``{{ row.name }}`` and ``context.call`` for every call
(``url_for(...)``, ``loop.cycle(...)``). Stock Jinja2 builds each escaped ``Markup``
through its Python ``__new__``; tries ``getattr`` first, so a dict row raises and
catches an ``AttributeError`` per lookup; and inspects each callable's ``__call__`` for a
pass-marker on every call. The answers are knowable from the type: an escaped ``str`` is
already safe, a plain ``dict`` has exactly the attributes of ``dir(dict)``, and a
function or method cannot carry a marker on its ``__call__``. The results are those of
stock Jinja2; only the engine's own environment (built from ``directory=``) uses these
classes, never an environment the application passes in.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from types import BuiltinFunctionType, CodeType, FunctionType, MethodType
from typing import Any

import markupsafe
from jinja2 import Environment, Template, pass_context, pass_environment, pass_eval_context
from jinja2.runtime import Context, Undefined
from jinja2.utils import internalcode

__all__ = ("FastContext", "FastEnvironment", "FastTemplate", "escape")

_escape_inner: Callable[[str], str] | None
try:
    # markupsafe 3's C escaper (markupsafe 2 has none by that name: its escape is C already).
    from markupsafe._speedups import _escape_inner
except ImportError:  # pragma: no cover - markupsafe 2 (its C escape is fast) or no C extension
    _escape_inner = None

_DICT_ATTRIBUTES = frozenset(dir(dict))
"""Every name ``getattr`` finds on a plain dict (it has no instance ``__dict__``)."""

_PLAIN_CALLABLES = frozenset((BuiltinFunctionType, FunctionType, MethodType))
"""Callables whose ``__call__`` is a slot wrapper, which cannot carry a pass-marker."""


def _marker(decorator: Any) -> Any:
    def probe() -> None:  # pragma: no cover - never called, only marked
        """Carry the marker ``decorator`` sets."""

    return decorator(probe).jinja_pass_arg


_PASS_CONTEXT = _marker(pass_context)
_PASS_EVAL_CONTEXT = _marker(pass_eval_context)
_PASS_ENVIRONMENT = _marker(pass_environment)


_new_str = str.__new__
_markupsafe_escape = markupsafe.escape
_Markup = markupsafe.Markup


def escape(value: Any, /) -> markupsafe.Markup:
    """Escape ``value`` for HTML exactly as :func:`markupsafe.escape` does.

    Returns:
        The escaped text as ``Markup``.
    """
    if type(value) is str and _escape_inner is not None:
        # Markup.__new__ only unwraps __html__ objects; an escaped str has none.
        return _new_str(_Markup, _escape_inner(value))
    return _markupsafe_escape(value)


class FastTemplate(Template):
    """A Jinja2 template whose compiled code escapes with :func:`escape`."""

    @classmethod
    def from_code(
        cls,
        environment: Environment,
        code: CodeType,
        globals: MutableMapping[str, Any],
        uptodate: Callable[[], bool] | None = None,
    ) -> Template:
        """Create the template from compiled code, as Jinja2 does, then swap its escaper.

        Returns:
            The template.
        """
        template = super().from_code(environment, code, globals, uptodate)
        # The render functions look ``escape`` up in their module's globals at call time.
        namespace = template.root_render_func.__globals__
        if namespace.get("escape") is _markupsafe_escape:
            namespace["escape"] = escape
        return template


class FastContext(Context):
    """A template context whose ``call`` decides the pass-marker from the callable's type."""

    # Jinja2's own signature: ``__self`` leaves the name ``self`` free for keyword arguments.
    @internalcode
    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any | Undefined:
        """Call ``__obj`` as :meth:`jinja2.runtime.Context.call` does.

        Returns:
            The call's result (undefined when it raised ``StopIteration``).
        """
        if type(__obj) not in _PLAIN_CALLABLES:
            return super().call(__obj, *args, **kwargs)
        loop_vars = kwargs.pop("_loop_vars", None)
        block_vars = kwargs.pop("_block_vars", None)
        pass_arg = getattr(__obj, "jinja_pass_arg", None)
        if pass_arg is _PASS_CONTEXT:
            # The active context sees variables set in loops and blocks without mutating it.
            context: Context = __self
            if loop_vars:
                context = context.derived(loop_vars)
            if block_vars:
                context = context.derived(block_vars)
            args = (context, *args)
        elif pass_arg is _PASS_EVAL_CONTEXT:
            args = (__self.eval_ctx, *args)
        elif pass_arg is _PASS_ENVIRONMENT:
            args = (__self.environment, *args)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:
            return __self.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception"
            )


class FastEnvironment(Environment):
    """A Jinja2 environment with :class:`FastContext` and a dict fast path in ``getattr``."""

    context_class = FastContext
    template_class = FastTemplate

    def getattr(self, obj: Any, attribute: str) -> Any:
        """Get an attribute of ``obj``, else its item ``attribute`` (attributes win).

        Returns:
            The value, or an undefined object.
        """
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        # What Environment.getattr does, without a second call frame.
        try:
            return getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]
        except (TypeError, LookupError, AttributeError):
            return self.undefined(obj=obj, name=attribute)
