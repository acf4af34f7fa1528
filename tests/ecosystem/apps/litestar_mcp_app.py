"""litestar-mcp: routes marked ``mcp_tool``/``mcp_resource`` become MCP tools and resources.

A tool call runs the route handler outside HTTP: path arguments are converted with
``litestar._asgi.routing_trie.traversal.parse_path_params``, the arguments are built by the
handler's kwargs model (query values, the ``data`` body, a generator dependency whose
cleanup must run) and the result goes through ``handler.to_response``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any

from litestar import Litestar, get, post
from litestar.di import Provide
from litestar.openapi.config import OpenAPIConfig
from litestar.testing import TestClient
from litestar_mcp import LitestarMCP


@get("/users", mcp_tool="list_users")
async def get_users() -> list[dict[str, Any]]:
    """List all users in the system."""
    return [{"id": 1, "name": "Alice"}, {"id": 2, "name": "Bob"}]


@get("/config", mcp_resource="app_config")
async def get_app_config() -> dict[str, Any]:
    """Get the current application configuration."""
    return {"debug": True, "version": "1.0.0"}


CLEANED: list[str] = []
BEFORE: list[str] = []


def count_request(request: Any) -> None:
    """An app-level hook: a tool call is one HTTP request, so it runs once per call."""
    BEFORE.append(request.url.path)


async def provide_audit() -> AsyncGenerator[str, None]:
    yield "audit-1"
    CLEANED.append("audit-1")


@dataclass
class NewUser:
    name: str
    admin: bool = False


@get("/users/{user_id:int}", mcp_tool="get_user")
async def get_user(user_id: int, verbose: bool = False) -> dict[str, Any]:
    """Get one user by id."""
    return {"id": user_id, "id_type": type(user_id).__name__, "verbose": verbose}


@post("/users", mcp_tool="create_user", dependencies={"audit": Provide(provide_audit)})
async def create_user(data: NewUser, audit: str) -> dict[str, Any]:
    """Create a user."""
    return {"name": data.name, "admin": data.admin, "audit": audit}


@get("/plain")
async def plain() -> str:
    return "not exposed"


SESSION: dict[str, str] = {}


def rpc(client: TestClient[Any], method: str, params: dict[str, Any] | None = None) -> Any:
    """One JSON-RPC call; the session id handed out by ``initialize`` goes with every later one."""
    response = client.post(
        "/mcp",
        json={"jsonrpc": "2.0", "id": 1, "method": method, "params": params or {}},
        headers={"accept": "application/json, text/event-stream", **SESSION},
    )
    assert response.status_code == 200, response.text
    if "mcp-session-id" in response.headers:
        SESSION["Mcp-Session-Id"] = response.headers["mcp-session-id"]
    body = response.json()
    assert "error" not in body, body
    return body["result"]


def main() -> None:
    app = Litestar(
        [get_users, get_app_config, plain, get_user, create_user],
        plugins=[LitestarMCP()],
        openapi_config=OpenAPIConfig(title="My API", version="1.0.0"),
        before_request=count_request,
    )
    with TestClient(app) as client:
        client_info = {"name": "ecosystem-test", "version": "1"}
        info = rpc(
            client,
            "initialize",
            {"protocolVersion": "2025-03-26", "capabilities": {}, "clientInfo": client_info},
        )
        assert info["serverInfo"]["name"] == "My API", info
        initialized = client.post(
            "/mcp",
            json={"jsonrpc": "2.0", "method": "notifications/initialized"},
            headers={"accept": "application/json, text/event-stream", **SESSION},
        )
        assert initialized.status_code == 204, initialized.text
        tools = rpc(client, "tools/list")["tools"]
        assert sorted(tool["name"] for tool in tools) == ["create_user", "get_user", "list_users"], tools
        called = rpc(client, "tools/call", {"name": "list_users", "arguments": {}})
        assert "Alice" in str(called["content"]), called
        BEFORE.clear()
        one = rpc(client, "tools/call", {"name": "get_user", "arguments": {"user_id": "7", "verbose": True}})
        assert BEFORE == ["/mcp"], BEFORE
        assert json.loads(one["content"][0]["text"]) == {"id": 7, "id_type": "int", "verbose": True}, one
        created = rpc(
            client, "tools/call", {"name": "create_user", "arguments": {"name": "Zoe", "admin": True}}
        )
        assert json.loads(created["content"][0]["text"]) == {"name": "Zoe", "admin": True, "audit": "audit-1"}
        assert CLEANED == ["audit-1"], "the generator dependency is finalised after the call"
        bad = rpc(client, "tools/call", {"name": "get_user", "arguments": {"user_id": "x"}})
        assert bad.get("isError") is True, bad
        resources = rpc(client, "resources/list")["resources"]
        assert [resource["name"] for resource in resources] == ["openapi", "app_config"], resources
        config = rpc(client, "resources/read", {"uri": "litestar://app_config"})
        assert '"version":"1.0.0"' in config["contents"][0]["text"].replace(" ", ""), config
    print("OK")


if __name__ == "__main__":
    main()
