"""litestar-asyncpg: ``AsyncpgPlugin`` manages a pool, injects it and sets its JSON codecs.

Its ``db_connection`` dependency answers 500 on litestar 2.17.0 itself with this release,
so the app uses the injected pool.

The database calls need the PostgreSQL server of the development machines (127.0.0.1:5432,
trust auth, database ``test``); without it the app still checks the plugin's wiring.
"""

from __future__ import annotations

import asyncio
import os
import socket

import asyncpg
from asyncpg import Pool
from litestar import Litestar, get, post
from litestar.testing import TestClient
from litestar_asyncpg import AsyncpgConfig, AsyncpgConnection, AsyncpgPlugin, PoolConfig

TABLE = f"ecosystem_notes_{os.getpid()}"
"""One table per process: the app may run on both sides at once."""
DSN = os.environ.get("ECOSYSTEM_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")


def postgres_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


@get("/pool")
async def pool_info(db_pool: Pool) -> dict[str, object]:
    return {"size": db_pool.get_size() >= 1}


@post("/notes/{text:str}")
async def add_note(text: str, db_pool: Pool) -> dict[str, object]:
    connection: AsyncpgConnection
    async with db_pool.acquire() as connection:
        row = await connection.fetchrow(
            f"INSERT INTO {TABLE} (text, meta) VALUES ($1, $2) RETURNING id, text, meta",
            text,
            {"length": len(text)},
        )
    return {"text": row["text"], "meta": row["meta"]}


@get("/notes")
async def list_notes(db_pool: Pool) -> list[str]:
    async with db_pool.acquire() as connection:
        rows = await connection.fetch(f"SELECT text FROM {TABLE} ORDER BY id")
    return [row["text"] for row in rows]


async def create_table(app: Litestar) -> None:
    async with app.state.db_pool.acquire() as connection:
        await connection.execute(f"CREATE TABLE {TABLE} (id serial PRIMARY KEY, text text, meta jsonb)")


async def drop_table() -> None:
    connection = await asyncpg.connect(DSN)
    try:
        await connection.execute(f"DROP TABLE IF EXISTS {TABLE}")
    finally:
        await connection.close()


def create_app() -> Litestar:
    config = AsyncpgConfig(pool_config=PoolConfig(dsn=DSN, min_size=1, max_size=2))
    return Litestar(
        route_handlers=[pool_info, add_note, list_notes],
        plugins=[AsyncpgPlugin(config=config)],
        on_startup=[create_table],
    )


def main() -> None:
    plugin_app = create_app()
    assert any(isinstance(plugin, AsyncpgPlugin) for plugin in plugin_app.plugins)
    if not postgres_reachable():
        print("OK (no PostgreSQL: wiring only)")
        return
    try:
        with TestClient(plugin_app) as client:
            assert client.get("/pool").json() == {"size": True}
            created = client.post("/notes/hello")
            assert created.status_code == 201, created.text
            assert created.json() == {"text": "hello", "meta": {"length": 5}}, "jsonb uses the plugin's codec"
            client.post("/notes/world")
            assert client.get("/notes").json() == ["hello", "world"]
    finally:
        asyncio.run(drop_table())
    print("OK")


if __name__ == "__main__":
    main()
