"""advanced-alchemy: the SQLAlchemy plugin, a repository service and SQLAlchemy DTOs on SQLite.

An async engine on a SQLite file (``aiosqlite``), tables created by the plugin at
startup, a session per request with autocommit, the repository service injected by
``create_service_provider``, request and response bodies through ``SQLAlchemyDTO``,
and the plugin's pagination of a list.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from advanced_alchemy.extensions.litestar import (
    AsyncSessionConfig,
    SQLAlchemyAsyncConfig,
    SQLAlchemyDTO,
    SQLAlchemyDTOConfig,
    SQLAlchemyPlugin,
    base,
    providers,
    repository,
    service,
)
from advanced_alchemy.service import OffsetPagination
from litestar import Controller, Litestar, delete, get, patch, post
from litestar.dto import DTOData
from litestar.testing import TestClient
from sqlalchemy.orm import Mapped, mapped_column


class Author(base.UUIDBase):
    __tablename__ = "ecosystem_author"
    name: Mapped[str]
    born: Mapped[int | None] = mapped_column(default=None)


class AuthorService(service.SQLAlchemyAsyncRepositoryService[Author]):
    class Repo(repository.SQLAlchemyAsyncRepository[Author]):
        model_type = Author

    repository_type = Repo


class AuthorReadDTO(SQLAlchemyDTO[Author]):
    config = SQLAlchemyDTOConfig(exclude={"created_at", "updated_at"})


class AuthorWriteDTO(SQLAlchemyDTO[Author]):
    config = SQLAlchemyDTOConfig(exclude={"id", "created_at", "updated_at"})


class AuthorPatchDTO(SQLAlchemyDTO[Author]):
    config = SQLAlchemyDTOConfig(exclude={"id", "created_at", "updated_at"}, partial=True)


class AuthorController(Controller):
    path = "/authors"
    dependencies = providers.create_service_dependencies(AuthorService, "authors_service")
    return_dto = AuthorReadDTO

    @get()
    async def list_authors(self, authors_service: AuthorService) -> OffsetPagination[Author]:
        results, total = await authors_service.list_and_count()
        return authors_service.to_schema(results, total)

    @post(dto=AuthorWriteDTO)
    async def create_author(self, authors_service: AuthorService, data: DTOData[Author]) -> Author:
        return await authors_service.create(data.create_instance())

    @get("/{author_id:uuid}")
    async def get_author(self, authors_service: AuthorService, author_id: Any) -> Author:
        return await authors_service.get(author_id)

    @patch("/{author_id:uuid}", dto=AuthorPatchDTO)
    async def update_author(
        self, authors_service: AuthorService, author_id: Any, data: DTOData[Author]
    ) -> Author:
        author = await authors_service.get(author_id)
        return await authors_service.update(data.update_instance(author))

    @delete("/{author_id:uuid}", return_dto=None)
    async def delete_author(self, authors_service: AuthorService, author_id: Any) -> None:
        await authors_service.delete(author_id)


def create_app(database: Path) -> Litestar:
    config = SQLAlchemyAsyncConfig(
        connection_string=f"sqlite+aiosqlite:///{database}",
        session_config=AsyncSessionConfig(expire_on_commit=False),
        before_send_handler="autocommit",
        create_all=True,
    )
    return Litestar(route_handlers=[AuthorController], plugins=[SQLAlchemyPlugin(config=config)])


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, TestClient(create_app(Path(folder, "app.db"))) as client:
        created = client.post("/authors", json={"name": "Ursula K. Le Guin", "born": 1929})
        assert created.status_code == 201, created.text
        author = created.json()
        assert (author["name"], author["born"]) == ("Ursula K. Le Guin", 1929)
        assert "created_at" not in author
        client.post("/authors", json={"name": "Octavia Butler"})

        page = client.get("/authors").json()
        assert (page["total"], page["offset"]) == (2, 0), page
        assert sorted(item["name"] for item in page["items"]) == ["Octavia Butler", "Ursula K. Le Guin"]

        updated = client.patch(f"/authors/{author['id']}", json={"born": 1930})
        assert updated.status_code == 200, updated.text
        assert (updated.json()["born"], updated.json()["name"]) == (1930, "Ursula K. Le Guin")
        assert client.get(f"/authors/{author['id']}").json()["born"] == 1930, "autocommit kept the change"

        assert client.delete(f"/authors/{author['id']}").status_code == 204
        missing = client.get(f"/authors/{author['id']}")
        assert missing.status_code == 404, missing.text
        invalid = client.post("/authors", json={"born": "x"})
        assert invalid.status_code == 400, invalid.text
    print("OK")


if __name__ == "__main__":
    main()
