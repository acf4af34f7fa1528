"""The repository pattern: filters, errors, the abstract bases and the in-memory mocks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

import pytest
from litestar import Litestar, get
from litestar.repository import (
    AbstractAsyncRepository,
    AbstractSyncRepository,
    ConflictError,
    NotFoundError,
    RepositoryError,
)
from litestar.repository.filters import CollectionFilter, LimitOffset, OrderBy, SearchFilter
from litestar.repository.handlers import on_app_init, signature_namespace_values
from litestar.repository.testing.generic_mock_repository import (
    GenericAsyncMockRepository,
    GenericSyncMockRepository,
)
from litestar.testing import create_test_client


@dataclass
class Book:
    id: Any = None
    title: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@pytest.fixture(params=["async", "sync"])
def repo(request: pytest.FixtureRequest) -> Any:
    """A fresh mock repository of each kind, wrapped so tests can ``await`` every call."""
    cls: Any = (
        GenericAsyncMockRepository[Book] if request.param == "async" else GenericSyncMockRepository[Book]
    )
    cls.clear_collection()

    class Awaitable:
        def __init__(self) -> None:
            self.inner = cls()
            self.cls = cls

        def __getattr__(self, name: str) -> Any:
            attr = getattr(self.inner, name)

            async def call(*args: Any, **kwargs: Any) -> Any:
                result = attr(*args, **kwargs)
                if hasattr(result, "__await__"):
                    return await result
                return result

            return call

    return Awaitable()


async def test_add_assigns_id_and_audit_times(repo: Any) -> None:
    """A new item gets a UUID and both timestamps; an identified one is a conflict."""
    book = await repo.add(Book(title="a"))
    assert isinstance(book.id, UUID)
    assert book.created_at == book.updated_at
    with pytest.raises(ConflictError, match="received identified item"):
        await repo.add(Book(id=book.id))


async def test_reads_and_not_found(repo: Any) -> None:
    """get/get_one raise NotFoundError; keyword filters match attributes; filters objects are ignored."""
    added = await repo.add_many([Book(title="a"), Book(title="b")])
    assert await repo.get(added[0].id) is added[0]
    with pytest.raises(NotFoundError, match="No item found when one was expected"):
        await repo.get("missing")
    with pytest.raises(NotFoundError):
        await repo.get_one(title="zzz")
    assert await repo.get_one_or_none(title="zzz") is None
    assert (await repo.get_one(title="b")).title == "b"
    assert [b.title for b in await repo.list(LimitOffset(1, 0))] == ["a", "b"]
    assert await repo.list_and_count(title="a") == ([added[0]], 1)
    assert await repo.count() == 2
    assert await repo.exists(title="b")
    with pytest.raises(RepositoryError):
        await repo.list(nope=1)


async def test_writes(repo: Any) -> None:
    """update/upsert/delete act on stored items; get_or_create matches given fields."""
    book = await repo.add(Book(title="a"))
    updated = await repo.update(Book(id=book.id, title="b"))
    assert updated.title == "b"
    with pytest.raises(NotFoundError):
        await repo.update(Book(id="x"))
    assert (await repo.upsert(Book(id=book.id, title="c"))).title == "c"
    assert (await repo.update_many([Book(id=book.id, title="d")]))[0].title == "d"
    item, created = await repo.get_or_create(title="d")
    assert (item, created) == (book, False)
    other, created = await repo.get_or_create(match_fields="title", title="new")
    assert created
    assert len(await repo.upsert_many([Book(id=other.id, title="n2")])) == 1
    assert await repo.delete(book.id) is book
    with pytest.raises(NotFoundError):
        await repo.delete(book.id)
    assert await repo.delete_many([other.id, "missing"]) == [other]


async def test_ids_on_add_and_seeding() -> None:
    """``allow_ids_on_add`` keeps given ids; seeding fills the class-level collection."""
    cls = GenericAsyncMockRepository[Book]
    cls.clear_collection()
    repo = cls(allow_ids_on_add=True, id_factory=lambda: "gen")
    assert (await repo.add(Book(id=5))).id == 5
    assert (await repo.add(Book())).id == "gen"
    cls.seed_collection([Book(id=9, title="seeded")])
    assert (await cls().get(9)).title == "seeded"
    assert GenericAsyncMockRepository[Any] is not None


def test_abstract_bases_and_helpers() -> None:
    """The bases cannot be instantiated; the id helpers read and write ``id_attribute``."""
    with pytest.raises(TypeError):
        AbstractAsyncRepository()  # type: ignore[abstract]
    with pytest.raises(TypeError):
        AbstractSyncRepository()  # type: ignore[abstract]
    book = Book(id=1)
    assert AbstractAsyncRepository.get_id_attribute_value(book) == 1
    assert AbstractSyncRepository.set_id_attribute_value(2, book, id_attribute="id").id == 2
    with pytest.raises(NotFoundError):
        AbstractSyncRepository.check_not_found(None)


def test_filters_resolve_in_signatures() -> None:
    """``on_app_init`` puts the filter names into the signature namespace."""

    @get("/books")
    async def books(limit: int = 10) -> dict[str, Any]:
        return {"order": OrderBy("title").sort_order, "search": SearchFilter("t", "x").ignore_case}

    assert signature_namespace_values["CollectionFilter"] is CollectionFilter
    app = Litestar([books], on_app_init=[on_app_init])
    assert app.signature_namespace["LimitOffset"] is LimitOffset  # type: ignore[attr-defined]
    with create_test_client([books]) as client:
        assert client.get("/books").json() == {"order": "asc", "search": False}
