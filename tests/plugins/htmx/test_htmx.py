"""htmx: request details, the response classes and the plugin."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar, Request, get
from litestar.config.app import AppConfig
from litestar.contrib.htmx import request as contrib_request
from litestar.contrib.htmx import response as contrib_response
from litestar.contrib.htmx import types as contrib_types
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.exceptions import ImproperlyConfiguredException
from litestar.plugins.htmx import (
    ClientRedirect,
    ClientRefresh,
    HTMXConfig,
    HTMXHeaders,
    HTMXPlugin,
    HTMXRequest,
    HTMXTemplate,
    HXLocation,
    HXStopPolling,
    PushUrl,
    ReplaceUrl,
    Reswap,
    Retarget,
    TriggerEvent,
)
from litestar.template import TemplateConfig
from litestar.testing import TestClient

DETAILS = (
    "boosted",
    "current_url",
    "current_url_abs_path",
    "history_restore_request",
    "prompt",
    "target",
    "trigger",
    "trigger_name",
    "triggering_event",
)


@get("/details")
async def details(request: HTMXRequest) -> dict[str, Any]:
    htmx = request.htmx
    return {"is_htmx": bool(htmx), **{name: getattr(htmx, name) for name in DETAILS}}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient[Litestar]]:
    (tmp_path / "part.html").write_text("part {{ n }}")
    responses: dict[str, Any] = {
        "redirect": lambda: ClientRedirect("/elsewhere"),
        "refresh": ClientRefresh,
        "stop": HXStopPolling,
        "location": lambda: HXLocation(
            "/y",
            source="#s",
            event="click",
            target="#t",
            select="#sel",
            swap="innerHTML",
            hx_headers={"a": "b"},
            values={"v": "1"},
        ),
        "location-min": lambda: HXLocation("/y"),
        "push": lambda: PushUrl("content", push_url="/p"),
        "push-false": lambda: PushUrl({"a": 1}, push_url=False),
        "replace": lambda: ReplaceUrl("c", replace_url="/r", headers={"x-extra": "1"}),
        "replace-false": lambda: ReplaceUrl("c", replace_url=False),
        "reswap": lambda: Reswap("c", method="outerHTML"),
        "retarget": lambda: Retarget("c", target="#t"),
        "trigger-swap": lambda: TriggerEvent("c", name="ev", after="swap", params={"p": 1}),
        "trigger-settle": lambda: TriggerEvent("c", name="ev", after="settle"),
        "trigger-receive": lambda: TriggerEvent("c", name="ev", after="receive"),
        "template": lambda: HTMXTemplate(
            template_name="part.html",
            context={"n": 1},
            push_url="/pp",
            re_swap="innerHTML",
            re_target="#x",
            trigger_event="te",
            params={"a": 1},
            after="receive",
        ),
        "template-str": lambda: HTMXTemplate(template_str="x{{ n }}", context={"n": 1}, push_url=False),
    }

    @get("/r/{kind:str}")
    async def respond(kind: str) -> Any:
        return responses[kind]()

    app = Litestar(
        [details, respond],
        plugins=[HTMXPlugin()],
        template_config=TemplateConfig(directory=tmp_path, engine=JinjaTemplateEngine),
    )
    with TestClient(app) as client:
        yield client


def test_plain_request_is_not_htmx(client: TestClient[Litestar]) -> None:
    body = client.get("/details").json()
    assert body["is_htmx"] is False
    assert body["boosted"] is False
    assert body["current_url"] is None


def test_every_htmx_header_is_a_property(client: TestClient[Litestar]) -> None:
    headers = {
        "HX-Request": "true",
        "HX-Boosted": "true",
        "HX-Current-URL": "http://testserver.local/a/b?x=1",
        "HX-History-Restore-Request": "true",
        "HX-Prompt": "yes",
        "HX-Target": "tg",
        "HX-Trigger": "tr",
        "HX-Trigger-Name": "tn",
        "Triggering-Event": json.dumps({"type": "click"}),
    }
    assert client.get("/details", headers=headers).json() == {
        "is_htmx": True,
        "boosted": True,
        "current_url": "http://testserver.local/a/b?x=1",
        "current_url_abs_path": "/a/b?x=1",
        "history_restore_request": True,
        "prompt": "yes",
        "target": "tg",
        "trigger": "tr",
        "trigger_name": "tn",
        "triggering_event": {"type": "click"},
    }


def test_uri_autoencoded_headers_are_decoded(client: TestClient[Litestar]) -> None:
    headers = {
        "HX-Request": "true",
        "HX-Current-URL": "http%3A%2F%2Ftestserver.local%2F%C3%A9",
        "HX-Current-URL-URI-AutoEncoded": "true",
        "HX-Prompt": "%C3%A9",
        "HX-Prompt-URI-AutoEncoded": "true",
        "Triggering-Event": "not json",
    }
    body = client.get("/details", headers=headers).json()
    assert body["current_url"] == "http://testserver.local/é"
    assert body["current_url_abs_path"] == "/é"
    assert body["prompt"] == "é"
    assert body["triggering_event"] is None


def test_current_url_of_another_host_has_no_abs_path(client: TestClient[Litestar]) -> None:
    body = client.get("/details", headers={"HX-Request": "true", "HX-Current-URL": "http://other/a"}).json()
    assert body["current_url_abs_path"] is None


@pytest.mark.parametrize(
    ("kind", "status", "headers", "body"),
    [
        ("redirect", 200, {"hx-redirect": "/elsewhere"}, "null"),
        ("refresh", 200, {"hx-refresh": "true"}, "null"),
        ("stop", 286, {}, "null"),
        (
            "location",
            200,
            {
                "hx-location": '{"path":"/y","source":"#s","event":"click","target":"#t","select":"#sel",'
                '"swap":"innerHTML","values":{"v":"1"},"hx_headers":{"a":"b"}}'
            },
            "null",
        ),
        ("location-min", 200, {"hx-location": '{"path":"/y"}'}, "null"),
        ("push", 200, {"hx-push-url": "/p"}, "content"),
        ("push-false", 200, {"hx-push-url": "false"}, '{"a":1}'),
        ("replace", 200, {"hx-replace-url": "/r", "x-extra": "1"}, "c"),
        ("replace-false", 200, {"hx-replace-url": "false"}, "c"),
        ("reswap", 200, {"hx-reswap": "outerHTML"}, "c"),
        ("retarget", 200, {"hx-retarget": "#t"}, "c"),
        ("trigger-swap", 200, {"hx-trigger-after-swap": '{"ev":{"p":1}}'}, "c"),
        ("trigger-settle", 200, {"hx-trigger-after-settle": '{"ev":{}}'}, "c"),
        ("trigger-receive", 200, {"hx-trigger": '{"ev":{}}'}, "c"),
        (
            "template",
            200,
            {
                "hx-push-url": "/pp",
                "hx-reswap": "innerHTML",
                "hx-retarget": "#x",
                "hx-trigger": '{"te":{"a":1}}',
            },
            "part 1",
        ),
        ("template-str", 200, {"hx-push-url": "false"}, "x1"),
    ],
)
def test_responses_set_htmx_headers(
    client: TestClient[Litestar], kind: str, status: int, headers: dict[str, str], body: str
) -> None:
    response = client.get(f"/r/{kind}")
    assert response.status_code == status
    for name, value in headers.items():
        assert response.headers[name] == value
    assert response.text == body


def test_invalid_after_fails_at_construction() -> None:
    with pytest.raises(ImproperlyConfiguredException, match="invalid value for 'after' param"):
        TriggerEvent("c", name="e", after="later")  # type: ignore[arg-type]
    with pytest.raises(ImproperlyConfiguredException, match="invalid value for 'after' param"):
        HTMXTemplate(template_str="x", trigger_event="e", after="later")  # type: ignore[arg-type]


def test_plugin_sets_the_request_class_unless_one_is_set() -> None:
    plugin = HTMXPlugin()
    assert plugin.config == HTMXConfig()
    assert Litestar(plugins=[plugin]).request_class is HTMXRequest
    assert HTMXPlugin().on_app_init(AppConfig(request_class=Request)).request_class is Request
    off = HTMXPlugin(HTMXConfig(set_request_class_globally=False)).on_app_init(AppConfig())
    assert off.request_class is None
    assert HTMXRequest in off.signature_types


def test_header_names() -> None:
    assert HTMXHeaders.TRIGGERING_EVENT.value == "Triggering-Event"
    assert HTMXHeaders.REQUEST == "HX-Request"
    assert HTMXHeaders.TRIGGER_ID is HTMXHeaders.TRIGGER_EVENT
    assert len(HTMXHeaders) == 18


def test_contrib_paths_reexport_the_plugin_names() -> None:
    assert contrib_request.HTMXRequest is HTMXRequest
    assert contrib_response.ClientRedirect is ClientRedirect
    assert set(contrib_types.__all__) == {"HtmxHeaderType", "LocationType", "TriggerEventType"}
