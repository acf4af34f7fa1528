"""htmx: request details from HX-* headers, every htmx response class, the plugin's request class."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from litestar import Litestar, get
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.plugins.htmx import (
    ClientRedirect,
    ClientRefresh,
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

HERE = Path(__file__).resolve().parent

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


RESPONSES: dict[str, Any] = {
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
    "replace": lambda: ReplaceUrl("c", replace_url="/r"),
    "reswap": lambda: Reswap("c", method="outerHTML"),
    "retarget": lambda: Retarget("c", target="#t"),
    "trigger-swap": lambda: TriggerEvent("c", name="ev", after="swap", params={"p": 1}),
    "trigger-settle": lambda: TriggerEvent("c", name="ev", after="settle"),
    "trigger-receive": lambda: TriggerEvent("c", name="ev", after="receive"),
}


@get("/r/{kind:str}")
async def respond(kind: str) -> Any:
    return RESPONSES[kind]()


@get("/template")
async def template() -> HTMXTemplate:
    return HTMXTemplate(
        template_name="list.html",
        context={"items": [1, 2]},
        push_url="/pushed",
        re_swap="innerHTML",
        re_target="#list",
        trigger_event="listed",
        params={"count": 2},
        after="settle",
    )


def create_app() -> Litestar:
    return Litestar(
        [details, respond, template],
        plugins=[HTMXPlugin()],
        template_config=TemplateConfig(directory=HERE / "_templates", engine=JinjaTemplateEngine),
    )


REQUESTS = [
    {"method": "GET", "url": "/details", "name": "not htmx"},
    {"method": "GET", "url": "/details", "headers": {"HX-Request": "true"}, "name": "bare htmx"},
    {
        "method": "GET",
        "url": "/details",
        "headers": {
            "HX-Request": "true",
            "HX-Boosted": "true",
            "HX-Current-URL": "http://testserver.local/a/b?x=1",
            "HX-History-Restore-Request": "true",
            "HX-Prompt": "yes",
            "HX-Target": "tg",
            "HX-Trigger": "tr",
            "HX-Trigger-Name": "tn",
            "Triggering-Event": json.dumps({"type": "click"}),
        },
        "name": "every header",
    },
    {
        "method": "GET",
        "url": "/details",
        "headers": {
            "HX-Request": "true",
            "HX-Current-URL": "http%3A%2F%2Ftestserver.local%2F%C3%A9",
            "HX-Current-URL-URI-AutoEncoded": "true",
            "HX-Prompt": "%C3%A9",
            "HX-Prompt-URI-AutoEncoded": "true",
        },
        "name": "uri autoencoded",
    },
    {
        "method": "GET",
        "url": "/details",
        "headers": {"HX-Request": "true", "HX-Current-URL": "http://other.example/a"},
        "name": "other host",
    },
    *({"method": "GET", "url": f"/r/{kind}", "name": kind} for kind in RESPONSES),
    {"method": "GET", "url": "/template", "name": "htmx template"},
]
