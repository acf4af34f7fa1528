"""``app.url_for`` builds a handler's path like ``route_reverse``."""

from __future__ import annotations

from litestar import Litestar, get


@get("/items/{item_id:int}", name="item")
async def item(item_id: int) -> int:
    return item_id


def test_app_url_for_matches_route_reverse() -> None:
    app = Litestar([item])
    assert app.url_for("item", item_id=3) == "/items/3" == app.route_reverse("item", item_id=3)
