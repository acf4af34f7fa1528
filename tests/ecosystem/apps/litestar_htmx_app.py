"""litestar-htmx: ``HTMXPlugin`` makes every request an ``HTMXRequest``; htmx response headers.

Templates render through the Jinja engine of ``litestar.contrib.jinja`` (the ``jinja``
extra), as an htmx app would use them.
"""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from litestar import Litestar, get, post
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.template.config import TemplateConfig
from litestar.testing import TestClient
from litestar_htmx import (
    ClientRedirect,
    HTMXPlugin,
    HTMXRequest,
    HTMXTemplate,
    HXStopPolling,
    PushUrl,
    Reswap,
    TriggerEvent,
)


@get("/details")
async def details(request: HTMXRequest) -> dict[str, Any]:
    htmx = request.htmx
    return {
        "is_htmx": bool(htmx),
        "boosted": htmx.boosted,
        "target": htmx.target,
        "trigger": htmx.trigger,
        "trigger_name": htmx.trigger_name,
        "current_url": htmx.current_url,
        "prompt": htmx.prompt,
    }


@get("/row/{row_id:int}")
async def row(row_id: int) -> HTMXTemplate:
    return HTMXTemplate(
        template_name="row.html",
        context={"row_id": row_id},
        push_url=f"/rows/{row_id}",
        re_swap="outerHTML",
        re_target="#row",
        trigger_event="rowLoaded",
        params={"id": row_id},
        after="settle",
    )


@post("/save")
async def save() -> ClientRedirect:
    return ClientRedirect(redirect_to="/saved")


@get("/poll")
async def poll() -> HXStopPolling:
    return HXStopPolling()


@get("/fragment")
async def fragment() -> PushUrl[str]:
    return PushUrl(content="<p>fragment</p>", push_url=False)


@get("/swap")
async def swap() -> Reswap[str]:
    return Reswap(content="<li>x</li>", method="beforeend")


@get("/event")
async def event() -> TriggerEvent[str]:
    return TriggerEvent(content="done", name="saved", params={"n": 1}, after="receive")


def main() -> None:
    with TemporaryDirectory() as templates:
        Path(templates, "row.html").write_text("<tr id='row'><td>{{ row_id }}</td></tr>")
        app = Litestar(
            [details, row, save, poll, fragment, swap, event],
            plugins=[HTMXPlugin()],
            template_config=TemplateConfig(directory=templates, engine=JinjaTemplateEngine),
        )
        with TestClient(app) as client:
            plain = client.get("/details").json()
            assert plain["is_htmx"] is False
            assert plain["target"] is None
            headers = {
                "HX-Request": "true",
                "HX-Boosted": "true",
                "HX-Target": "list",
                "HX-Trigger": "btn",
                "HX-Trigger-Name": "save",
                "HX-Current-URL": "http://testserver.local/page",
                "HX-Prompt": "sure?",
            }
            assert client.get("/details", headers=headers).json() == {
                "is_htmx": True,
                "boosted": True,
                "target": "list",
                "trigger": "btn",
                "trigger_name": "save",
                "current_url": "http://testserver.local/page",
                "prompt": "sure?",
            }

            rendered = client.get("/row/7")
            assert rendered.status_code == 200, rendered.text
            assert rendered.text == "<tr id='row'><td>7</td></tr>"
            assert rendered.headers["hx-push-url"] == "/rows/7"
            assert rendered.headers["hx-reswap"] == "outerHTML"
            assert rendered.headers["hx-retarget"] == "#row"
            assert rendered.headers["hx-trigger-after-settle"] == '{"rowLoaded":{"id":7}}'

            redirect = client.post("/save")
            assert redirect.headers["hx-redirect"] == "/saved"
            assert client.get("/poll").status_code == 286
            assert client.get("/fragment").headers["hx-push-url"] == "false"
            assert client.get("/swap").headers["hx-reswap"] == "beforeend"
            assert client.get("/event").headers["hx-trigger"] == '{"saved":{"n":1}}'
    print("OK")


if __name__ == "__main__":
    main()
