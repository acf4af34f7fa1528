"""Tests for ``Template``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

import pytest
from _response_helpers import make_request, run_asgi
from litestar.exceptions import ImproperlyConfiguredException
from litestar.response import Template
from litestar.utils.scope.state import ScopeState


class _Template:
    def __init__(self, name: str) -> None:
        self.name = name

    def render(self, *args: Any, **context: Any) -> str:
        return f"{self.name}:{','.join(sorted(context))}:{context.get('a')}"


class Engine:
    """A minimal template engine."""

    def get_template(self, template_name: str) -> _Template:
        return _Template(template_name)

    def render_string(self, template_string: str, context: Mapping[str, Any]) -> str:
        return f"S{template_string}:{','.join(sorted(context))}"


APP = SimpleNamespace(template_engine=Engine())


def test_attributes() -> None:
    template = Template("x.html", context={"a": 1})
    assert (template.template_name, template.template_str, template.context) == ("x.html", None, {"a": 1})
    assert (template.media_type, template.status_code, template.content) == (None, 200, b"")
    assert Template(template_str="s").context == {}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"template_name": "x", "template_str": "y"},
            "Either template_name or template_str must be provided, not both.",
        ),
        ({}, "Either template_name or template_str must be provided."),
    ],
)
def test_name_xor_string(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        Template(**kwargs)


def test_context_adds_request_and_csrf_input() -> None:
    request = make_request()
    context = Template("x.html", context={"a": 1}).create_template_context(request)
    assert context == {
        "a": 1,
        "request": request,
        "csrf_input": '<input type="hidden" name="_csrf_token" value="" />',
    }
    ScopeState.from_scope(request.scope).csrf_token = "tok"
    assert 'value="tok"' in Template("x.html").create_template_context(request)["csrf_input"]


@pytest.mark.parametrize("app", [None, SimpleNamespace(template_engine=None)])
def test_missing_engine_raises(app: Any) -> None:
    with pytest.raises(ImproperlyConfiguredException, match="Template engine is not configured"):
        Template("x.html").to_asgi_response(app, make_request())


@pytest.mark.parametrize(
    ("template", "media_type", "expected_type"),
    [
        (Template("a.html", context={"a": 1}), None, b"text/html; charset=utf-8"),
        (Template("a.txt"), None, b"text/plain; charset=utf-8"),
        (Template("noext"), None, b"text/plain; charset=utf-8"),
        (Template("a.json"), None, b"application/json"),
        (Template("a.html.j2"), None, b"text/html; charset=utf-8"),
        (Template("a.html"), "application/json", b"application/json"),
        (Template("a.html", media_type="text/css"), "application/json", b"text/css; charset=utf-8"),
        (Template(template_str="q"), None, b"text/html; charset=utf-8"),
    ],
)
async def test_media_type(template: Template, media_type: str | None, expected_type: bytes) -> None:
    capture = await run_asgi(template.to_asgi_response(APP, make_request(), media_type=media_type))  # type: ignore[arg-type]
    assert (b"content-type", expected_type) in capture.headers


async def test_rendering_and_layering() -> None:
    template = Template("a.html", context={"a": 1}, headers={"x": "1"}, status_code=201)
    capture = await run_asgi(
        template.to_asgi_response(APP, make_request(), headers={"y": "2"}, status_code=202)  # type: ignore[arg-type]
    )
    assert capture.start["status"] == 201
    assert capture.headers[:2] == [(b"y", b"2"), (b"x", b"1")]
    assert capture.body == b"a.html:a,csrf_input,request:1"
    from_string = await run_asgi(Template(template_str="q").to_asgi_response(APP, make_request()))  # type: ignore[arg-type]
    assert from_string.body == b"Sq:csrf_input,request"


def test_head_with_rendered_body_raises() -> None:
    with pytest.raises(ImproperlyConfiguredException, match="not supported for HEAD"):
        Template("a.txt").to_asgi_response(APP, make_request(), is_head_response=True)  # type: ignore[arg-type]
