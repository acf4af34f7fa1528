"""litestar-api-auth: API keys created through its routes, then guarding handlers by key and scope."""

from __future__ import annotations

from litestar import Litestar, get
from litestar.testing import TestClient
from litestar_api_auth import APIAuthConfig, APIAuthPlugin, require_api_key, require_scope
from litestar_api_auth.backends.memory import MemoryBackend


@get("/protected", guards=[require_api_key])
async def protected() -> dict[str, str]:
    return {"status": "authenticated"}


@get("/admin", guards=[require_scope("admin:write")])
async def admin() -> dict[str, str]:
    return {"status": "admin access"}


def create_app() -> Litestar:
    config = APIAuthConfig(
        backend=MemoryBackend(),
        key_prefix="eco_",
        header_name="X-API-Key",
        auto_routes=True,
        route_prefix="/api-keys",
    )
    return Litestar([protected, admin], plugins=[APIAuthPlugin(config=config)])


def main() -> None:
    with TestClient(create_app()) as client:
        assert client.get("/protected").status_code == 401
        assert client.get("/protected", headers={"X-API-Key": "eco_not-a-key"}).status_code == 401

        reader = client.post("/api-keys/", json={"name": "reader", "scopes": ["read"], "prefix": "eco_"})
        assert reader.status_code == 201, reader.text
        reader_key = reader.json()["key"]
        assert reader_key.startswith("eco_")
        writer = client.post(
            "/api-keys/", json={"name": "writer", "scopes": ["admin:write"], "prefix": "eco_"}
        )
        writer_key = writer.json()["key"]

        assert client.get("/protected", headers={"X-API-Key": reader_key}).json() == {
            "status": "authenticated"
        }
        assert client.get("/admin", headers={"X-API-Key": reader_key}).status_code == 403
        assert client.get("/admin", headers={"X-API-Key": writer_key}).json() == {"status": "admin access"}

        listed = client.get("/api-keys/").json()
        names = sorted(item["name"] for item in (listed["items"] if isinstance(listed, dict) else listed))
        assert names == ["reader", "writer"], listed
        reader_id = reader.json()["key_id"]
        assert client.post(f"/api-keys/{reader_id}/revoke").status_code == 204
        assert client.get("/protected", headers={"X-API-Key": reader_key}).status_code == 401
    print("OK")


if __name__ == "__main__":
    main()
