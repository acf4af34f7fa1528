"""A library API on SQLite: SQLAlchemy models, DTOs and pagination.

Run with ``uv run python examples/library_app.py`` (serves http://127.0.0.1:8000), then::

    curl -X POST localhost:8000/authors -H 'content-type: application/json' -d '{"name": "Ursula"}'
    curl -X POST localhost:8000/authors/1/books -H 'content-type: application/json' \\
        -d '{"title": "The Dispossessed", "year": 1974}'
    curl 'localhost:8000/books?limit=10&offset=0'

The SQLAlchemy integration comes from ``advanced-alchemy`` through ``litestar.plugins.sqlalchemy``
(as in litestar 2.17): the plugin creates the tables at startup and injects a session per
request (``db_session``), committed when the handler answers 2xx. DTOs decide what each
endpoint reads and writes (the id and the timestamps are read-only; the author's books are
listed, not written), and list endpoints answer ``OffsetPagination`` pages.
"""

from __future__ import annotations

import os
from datetime import date

from litestar import Litestar, delete, get, patch, post
from litestar.dto import DTOConfig, DTOData
from litestar.exceptions import NotFoundException
from litestar.pagination import OffsetPagination
from litestar.params import Parameter
from litestar.plugins.sqlalchemy import SQLAlchemyAsyncConfig, SQLAlchemyDTO, SQLAlchemyPlugin
from sqlalchemy import ForeignKey, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, selectinload


class Base(DeclarativeBase):
    """The declarative base of the example's tables."""


class Author(Base):
    """A writer."""

    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    born: Mapped[date | None] = mapped_column(default=None)
    books: Mapped[list[Book]] = relationship(back_populates="author", lazy="selectin")


class Book(Base):
    """A book of one author."""

    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    year: Mapped[int]
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship(back_populates="books", lazy="selectin")


class AuthorReadDTO(SQLAlchemyDTO[Author]):
    """An author with the titles of their books."""

    config = DTOConfig(exclude={"books.0.author", "books.0.author_id"}, max_nested_depth=1)


class AuthorWriteDTO(SQLAlchemyDTO[Author]):
    """What a client sends to create or change an author."""

    config = DTOConfig(exclude={"id", "books"})


class AuthorPatchDTO(SQLAlchemyDTO[Author]):
    """A partial change of an author."""

    config = DTOConfig(exclude={"id", "books"}, partial=True)


class BookReadDTO(SQLAlchemyDTO[Book]):
    """A book with its author's name, camelCased."""

    config = DTOConfig(
        exclude={"author_id", "author.books", "author.born"}, rename_strategy="camel", max_nested_depth=1
    )


class BookWriteDTO(SQLAlchemyDTO[Book]):
    """What a client sends to add a book."""

    config = DTOConfig(include={"title", "year"})


async def _author(session: AsyncSession, author_id: int) -> Author:
    author = await session.get(Author, author_id)
    if author is None:
        raise NotFoundException(detail=f"No author with id {author_id}")
    return author


@post("/authors", dto=AuthorWriteDTO, return_dto=AuthorReadDTO)
async def create_author(data: Author, db_session: AsyncSession) -> Author:
    """Add an author."""
    db_session.add(data)
    await db_session.flush()
    await db_session.refresh(data, attribute_names=["books"])
    return data


@get("/authors", return_dto=AuthorReadDTO)
async def list_authors(
    db_session: AsyncSession,
    limit: int = Parameter(default=20, ge=1, le=100),
    offset: int = Parameter(default=0, ge=0),
) -> OffsetPagination[Author]:
    """A page of authors, by name."""
    total = len((await db_session.scalars(select(Author.id))).all())
    rows = await db_session.scalars(select(Author).order_by(Author.name).limit(limit).offset(offset))
    return OffsetPagination(items=list(rows), limit=limit, offset=offset, total=total)


@get("/authors/{author_id:int}", return_dto=AuthorReadDTO)
async def get_author(author_id: int, db_session: AsyncSession) -> Author:
    """One author."""
    return await _author(db_session, author_id)


@patch("/authors/{author_id:int}", dto=AuthorPatchDTO, return_dto=AuthorReadDTO)
async def update_author(author_id: int, data: DTOData[Author], db_session: AsyncSession) -> Author:
    """Change the fields the client sends."""
    author = data.update_instance(await _author(db_session, author_id))
    await db_session.flush()
    return author


@delete("/authors/{author_id:int}")
async def delete_author(author_id: int, db_session: AsyncSession) -> None:
    """Remove an author and their books."""
    author = await _author(db_session, author_id)
    for book in author.books:
        await db_session.delete(book)
    await db_session.delete(author)


@post("/authors/{author_id:int}/books", dto=BookWriteDTO, return_dto=BookReadDTO)
async def add_book(author_id: int, data: DTOData[Book], db_session: AsyncSession) -> Book:
    """Add a book to an author."""
    author = await _author(db_session, author_id)
    book = data.create_instance(author_id=author.id)
    db_session.add(book)
    await db_session.flush()
    await db_session.refresh(book, attribute_names=["author"])
    return book


@get("/books", return_dto=BookReadDTO)
async def list_books(
    db_session: AsyncSession,
    limit: int = Parameter(default=20, ge=1, le=100),
    offset: int = Parameter(default=0, ge=0),
    year: int | None = None,
) -> OffsetPagination[Book]:
    """A page of books, oldest first, optionally of one year."""
    query = select(Book).options(selectinload(Book.author))
    if year is not None:
        query = query.where(Book.year == year)
    total = len((await db_session.scalars(query)).all())
    rows = await db_session.scalars(query.order_by(Book.year, Book.id).limit(limit).offset(offset))
    return OffsetPagination(items=list(rows), limit=limit, offset=offset, total=total)


def create_app(database_url: str = "sqlite+aiosqlite:///:memory:") -> Litestar:
    """Build the app on the given database (an in-memory SQLite database by default)."""
    config = SQLAlchemyAsyncConfig(
        connection_string=database_url,
        metadata=Base.metadata,
        create_all=True,
        before_send_handler="autocommit",
    )

    async def close_connections() -> None:
        # The pool keeps its connections open until disposed: close them with the app.
        await config.get_engine().dispose()

    return Litestar(
        [create_author, list_authors, get_author, update_author, delete_author, add_book, list_books],
        plugins=[SQLAlchemyPlugin(config=config)],
        on_shutdown=[close_connections],
    )


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(create_app(os.environ.get("DATABASE_URL", "sqlite+aiosqlite:///library.sqlite")), port=8000)
