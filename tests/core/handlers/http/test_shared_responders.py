"""Handlers with the same response settings share one responder and still answer as their own.

The responder turns a handler's return value into ASGI messages. Sharing it must not
mix up what belongs to one handler: its body, a ``Response`` it returns instead of data
(sent through that handler's own general path, built on first use), its background task.
"""

from __future__ import annotations

from typing import Any

from litestar import Litestar, Response, Router, get
from litestar.background_tasks import BackgroundTask
from litestar.testing import TestClient


def _resource(n: int) -> Any:
    async def show(as_response: bool = False) -> dict[str, Any]:
        if as_response:
            return Response({"n": n, "wrapped": True}, status_code=202, headers={"x-n": str(n)})  # type: ignore[return-value]
        return {"n": n}

    show.__name__ = show.__qualname__ = f"show_{n}"
    return get(f"/r{n}")(show)


def test_each_route_answers_its_own_body_and_response_objects() -> None:
    handlers = [_resource(n) for n in range(50)]
    with TestClient(Litestar([Router("/big", route_handlers=handlers)])) as client:
        for n in (0, 7, 49):
            assert client.get(f"/big/r{n}").json() == {"n": n}
            for _ in range(2):  # the second call reuses the general path built by the first
                response = client.get(f"/big/r{n}", params={"as_response": "true"})
                assert response.status_code == 202
                assert response.json() == {"n": n, "wrapped": True}
                assert response.headers["x-n"] == str(n)
        assert client.head("/big/r3").status_code == 405


def test_layered_headers_and_background_tasks_stay_with_their_handler() -> None:
    ran: list[str] = []

    @get("/plain")
    async def plain() -> dict[str, str]:
        return {"who": "plain"}

    @get("/tasked", background=BackgroundTask(ran.append, "tasked"))
    async def tasked() -> dict[str, str]:
        return {"who": "tasked"}

    @get("/headed", response_headers={"x-layer": "handler"})
    async def headed() -> dict[str, str]:
        return {"who": "headed"}

    @get("/created", status_code=201)
    async def created() -> dict[str, str]:
        return {"who": "created"}

    with TestClient(Litestar([plain, tasked, headed, created])) as client:
        first = client.get("/plain")
        assert (first.status_code, first.json(), ran) == (200, {"who": "plain"}, [])
        assert "x-layer" not in first.headers
        assert client.get("/tasked").json() == {"who": "tasked"}
        assert ran == ["tasked"]
        assert client.get("/headed").headers["x-layer"] == "handler"
        assert client.get("/created").status_code == 201
        assert client.get("/plain").status_code == 200
        assert ran == ["tasked"]
