"""The engine's own Jinja2 environment renders exactly what a stock ``Environment`` renders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markupsafe
import pytest
from jinja2 import (
    DictLoader,
    Environment,
    StrictUndefined,
    UndefinedError,
    pass_context,
    pass_environment,
    pass_eval_context,
)
from litestar.contrib._jinja_runtime import FastContext, FastEnvironment, FastTemplate, escape
from litestar.contrib.jinja import JinjaTemplateEngine


class Html:
    def __html__(self) -> str:
        return "<b>safe</b>"


class Shouty(str):
    """A str subclass: escaped through markupsafe, not the str fast path."""


class Callable:
    """A callable object whose ``__call__`` asks for the context."""

    @pass_context
    def __call__(self, context: Any, suffix: str) -> str:
        return f"{context['title']}{suffix}"


def _stop() -> None:
    raise StopIteration


@pass_context
def _from_context(context: Any, name: str) -> Any:
    return context.get(name, "-")


@pass_environment
def _from_environment(environment: Environment) -> str:
    return type(environment).__name__.replace("Fast", "")


@pass_eval_context
def _from_eval_context(eval_context: Any) -> bool:
    return bool(eval_context.autoescape)


TEMPLATES = {
    "dict keys and dict methods": "{{ d.id }} {{ d.name }} {{ d['id'] }} {{ d.items is defined }} {{ d.get('id') }}",
    "a key named like a dict method": "{{ shadow.items is callable }} {{ shadow['items'] }} {{ shadow.keys is callable }}",
    "missing key and attribute": "[{{ d.missing }}] [{{ obj.missing }}] [{{ none.x }}]",
    "dict subclass and objects": "{{ sub.id }} {{ obj.real }} {{ lst.0 }} {{ (1, 2).1 }}",
    "escaping": "{{ s }} {{ shouty }} {{ html }} {{ markup }} {{ n }} {{ none }} {{ s|safe }}",
    "calls of every kind": (
        "{{ callable_obj('!') }} {{ from_env() }} {{ from_eval() }} {{ plain(2) }} "
        "{{ stop() is undefined }} {{ 'a,b'.split(',') }} {{ range(3)|list }}"
    ),
    "loop and block variables reach pass_context callables": (
        "{% for x in [1, 2] %}{% set inner = x * 10 %}{{ from_context('inner') }}|{{ loop.cycle('o', 'e') }} "
        "{% endfor %}{% set outer = 5 %}{{ from_context('outer') }}"
    ),
    "macros, call blocks and captured output": (
        "{% macro m(v) %}<{{ v }}>{{ caller() if caller else '' }}{% endmacro %}"
        "{{ m(s) }}{% call m('c') %}{{ s }}{% endcall %}{% set cap %}{{ s }}{% endset %}{{ cap }}"
    ),
    "inheritance": "{% extends 'base.html' %}{% block body %}{{ super() }}+{{ d.name }}{% endblock %}",
}

CONTEXT: dict[str, Any] = {
    "d": {"id": 7, "name": "<seven>"},
    "shadow": {"items": "own value"},
    "sub": type("Sub", (dict,), {})(id=3),
    "obj": type("Obj", (), {"real": "attr"})(),
    "lst": ["first"],
    "none": None,
    "s": "<a href='x'>&\"</a>",
    "shouty": Shouty("<shout>"),
    "html": Html(),
    "markup": markupsafe.Markup("<i>ok</i>"),
    "n": 42,
    "title": "T",
    "callable_obj": Callable(),
    "from_env": _from_environment,
    "from_eval": _from_eval_context,
    "from_context": _from_context,
    "plain": lambda n: n * 2,
    "stop": _stop,
}


def _environments(**options: Any) -> tuple[Environment, Environment]:
    loader = DictLoader({**TEMPLATES, "base.html": "[{% block body %}{{ s }}{% endblock %}]"})
    return (
        Environment(loader=loader, autoescape=True, **options),
        FastEnvironment(loader=loader, autoescape=True, **options),
    )


@pytest.mark.parametrize("name", sorted(TEMPLATES))
@pytest.mark.parametrize("autoescape", [True, False])
def test_renders_like_a_stock_environment(name: str, autoescape: bool) -> None:
    stock, fast = _environments()
    stock.autoescape = fast.autoescape = autoescape
    expected = stock.get_template(name).render(CONTEXT)
    assert fast.get_template(name).render(CONTEXT) == expected
    assert fast.from_string(TEMPLATES[name]).render(CONTEXT) == stock.from_string(TEMPLATES[name]).render(
        CONTEXT
    )


def test_strict_undefined_still_raises_for_a_missing_dict_key() -> None:
    _, fast = _environments(undefined=StrictUndefined)
    with pytest.raises(UndefinedError, match="has no attribute 'missing'"):
        fast.from_string("{{ d.missing }}").render(CONTEXT)


@pytest.mark.parametrize(
    "value", ["plain", "<&>'\"", "", Shouty("<x>"), markupsafe.Markup("<m>"), Html(), 3, None, 1.5]
)
def test_escape_matches_markupsafe(value: Any) -> None:
    result = escape(value)
    expected = markupsafe.escape(value)
    assert type(result) is markupsafe.Markup
    assert result == expected


def test_the_engine_built_from_a_directory_uses_the_fast_classes(tmp_path: Path) -> None:
    engine = JinjaTemplateEngine(directory=tmp_path)
    assert type(engine.engine) is FastEnvironment
    assert engine.engine.context_class is FastContext
    assert engine.engine.template_class is FastTemplate


def test_an_environment_passed_in_is_used_as_it_is() -> None:
    environment = Environment(autoescape=True)
    engine = JinjaTemplateEngine.from_environment(environment)
    assert engine.engine is environment
    assert type(environment) is Environment
