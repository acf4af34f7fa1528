"""Routing edge cases: routers nested three deep with path params at several levels, handlers with several
paths, trailing slashes, root "/" handlers on routers, HEAD and automatic OPTIONS at every level, 404 vs 405,
a mounted raw ASGI app (copy_scope), route_reverse / url_for across routers, and a client root_path."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Litestar, Request, Router, asgi, delete, get, head, patch, post, put, route
from litestar.enums import HttpMethod
from litestar.response import Response
from litestar.types import Receive, Scope, Send


@get("/")
async def root() -> dict[str, str]:
    return {"where": "root"}


@get(["/health", "/healthz", "/status/{check:str}"], name="health")
async def health(check: str = "all") -> dict[str, str]:
    return {"check": check}


@get("/orgs-root/")
async def orgs_trailing() -> str:
    return "trailing slash declared"


@get("/", name="orgs-index")
async def orgs_index() -> list[str]:
    return ["acme", "globex"]


@get("/{org:int}", name="org-detail")
async def org_detail(org: int) -> dict[str, int]:
    return {"org": org}


@get("/", name="teams-index")
async def teams_index(org: int) -> dict[str, Any]:
    return {"org": org, "teams": ["red", "blue"]}


class Members(Controller):
    path = "/{team:str}/members"

    @get(name="members-list")
    async def list_members(self, org: int, team: str, active: bool = True) -> dict[str, Any]:
        return {"org": org, "team": team, "active": active}

    @post()
    async def add_member(self, org: int, team: str, data: dict[str, str]) -> dict[str, Any]:
        return {"org": org, "team": team, "added": data["name"]}

    @get("/{member_id:int}", name="member-detail")
    async def member(self, org: int, team: str, member_id: int) -> dict[str, Any]:
        return {"org": org, "team": team, "member": member_id}

    @delete("/{member_id:int}")
    async def remove(self, member_id: int) -> None:
        return None

    @route("/{member_id:int}/role", http_method=[HttpMethod.PUT, HttpMethod.PATCH])
    async def set_role(self, request: Request, member_id: int, data: dict[str, str]) -> dict[str, Any]:
        return {"method": request.method, "member": member_id, "role": data.get("role")}


@head("/{team:str}/ping")
async def team_ping(org: int, team: str) -> Response[None]:
    return Response(None, headers={"x-team": f"{org}/{team}"})


@get("/links", name="links")
async def links(request: Request) -> dict[str, Any]:
    app = request.app
    return {
        "member": request.url_for("member-detail", org=7, team="red", member_id=3),
        "members": app.route_reverse("members-list", org=1, team="blue"),
        "org": app.route_reverse("org-detail", org=42),
        "health": app.route_reverse("health"),
        "health_check": app.route_reverse("health", check="db"),
        "orgs": app.route_reverse("orgs-index"),
        "teams": request.url_for("teams-index", org=5),
        "mounted": app.route_reverse("raw"),
    }


@get("/links/missing")
async def links_missing(request: Request) -> str:
    return request.app.route_reverse("nope")


@get("/links/bad-param")
async def links_bad_param(request: Request) -> str:
    return request.app.route_reverse("org-detail", org="not-an-int")


@asgi("/raw", is_mount=True, copy_scope=True, name="raw")
async def raw_app(scope: Scope, receive: Receive, send: Send) -> None:
    body = (
        f"path={scope['path']} root_path={scope.get('root_path', '')} "
        f"raw_path={scope.get('raw_path', b'').decode()} method={scope['method']}"
    ).encode()
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": body})


@put("/items/{item_id:int}/")
async def put_item(item_id: int, data: dict[str, Any]) -> dict[str, Any]:
    return {"item": item_id, **data}


@patch("/items/{item_id:int}")
async def patch_item(item_id: int) -> dict[str, Any]:
    return {"patched": item_id}


teams = Router(path="/{org:int}/teams", route_handlers=[teams_index, Members, team_ping])
orgs = Router(path="/orgs", route_handlers=[orgs_index, org_detail, teams])
api = Router(path="/api", route_handlers=[orgs, links, links_missing, links_bad_param, put_item, patch_item])


def create_app() -> Litestar:
    return Litestar(route_handlers=[root, health, orgs_trailing, api, raw_app])


# Served below a proxy prefix: url_for and error details include it, routing does not see it.
CLIENT_KWARGS = {"root_path": "/prefix"}

REQUESTS = [
    {"method": "GET", "url": "/"},
    {"method": "HEAD", "url": "/", "name": "HEAD on a GET handler"},
    {"method": "OPTIONS", "url": "/"},
    {"method": "GET", "url": "/health"},
    {"method": "GET", "url": "/healthz/"},
    {"method": "GET", "url": "/status/db"},
    {"method": "GET", "url": "/orgs-root"},
    {"method": "GET", "url": "/orgs-root/"},
    {"method": "GET", "url": "/api/orgs"},
    {"method": "GET", "url": "/api/orgs/"},
    {"method": "POST", "url": "/api/orgs", "json": {}, "name": "405 on router root"},
    {"method": "GET", "url": "/api/orgs/9"},
    {"method": "GET", "url": "/api/orgs/nine", "name": "non-int org"},
    {"method": "GET", "url": "/api/orgs/9/teams"},
    {"method": "OPTIONS", "url": "/api/orgs/9/teams"},
    {"method": "GET", "url": "/api/orgs/9/teams/red/members"},
    {"method": "GET", "url": "/api/orgs/9/teams/red/members?active=false"},
    {"method": "GET", "url": "/api/orgs/9/teams/red/members?active=maybe"},
    {"method": "POST", "url": "/api/orgs/9/teams/red/members", "json": {"name": "ann"}},
    {"method": "GET", "url": "/api/orgs/9/teams/red/members/3"},
    {"method": "HEAD", "url": "/api/orgs/9/teams/red/members/3"},
    {"method": "DELETE", "url": "/api/orgs/9/teams/red/members/3"},
    {"method": "PATCH", "url": "/api/orgs/9/teams/red/members/3", "name": "405 on member"},
    {"method": "PUT", "url": "/api/orgs/9/teams/red/members/3/role", "json": {"role": "lead"}},
    {"method": "PATCH", "url": "/api/orgs/9/teams/red/members/3/role", "json": {"role": "dev"}},
    {"method": "GET", "url": "/api/orgs/9/teams/red/members/3/role", "name": "405 multi-method route"},
    {"method": "OPTIONS", "url": "/api/orgs/9/teams/red/members/3/role"},
    {"method": "HEAD", "url": "/api/orgs/9/teams/blue/ping"},
    {"method": "GET", "url": "/api/orgs/9/teams/blue/ping", "name": "GET on a HEAD-only handler"},
    {"method": "GET", "url": "/api/orgs/9/teams/red/nothing", "name": "404 deep"},
    {"method": "GET", "url": "/api/orgs/9/teams/red/members/3/role/extra", "name": "404 below a leaf"},
    {"method": "GET", "url": "/api/links"},
    {"method": "GET", "url": "/api/links/missing"},
    {"method": "GET", "url": "/api/links/bad-param"},
    {"method": "PUT", "url": "/api/items/4", "json": {"a": 1}},
    {"method": "PUT", "url": "/api/items/4/", "json": {"a": 2}},
    {"method": "PATCH", "url": "/api/items/4/"},
    {"method": "GET", "url": "/api/items/4", "name": "405 on items"},
    {"method": "GET", "url": "/raw"},
    {"method": "POST", "url": "/raw/deep/path?x=1"},
    {"method": "GET", "url": "/raw/"},
    {"method": "GET", "url": "//health", "name": "double slash"},
]
