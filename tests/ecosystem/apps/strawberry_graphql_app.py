"""strawberry-graphql's Litestar integration: a GraphQL controller with context from DI."""

from __future__ import annotations

from typing import Any

import strawberry
from litestar import Litestar, Request
from litestar.testing import TestClient
from strawberry.litestar import make_graphql_controller
from strawberry.types import Info

BOOKS: list[dict[str, str]] = [{"title": "Dune", "author": "Frank Herbert"}]


@strawberry.type
class Book:
    title: str
    author: str


@strawberry.type
class Query:
    @strawberry.field
    def books(self) -> list[Book]:
        return [Book(**book) for book in BOOKS]

    @strawberry.field
    def viewer(self, info: Info) -> str:
        return str(info.context["user"])


@strawberry.type
class Mutation:
    @strawberry.mutation
    def add_book(self, title: str, author: str) -> Book:
        BOOKS.append({"title": title, "author": author})
        return Book(title=title, author=author)


async def custom_context_getter(request: Request) -> dict[str, Any]:  # type: ignore[type-arg]
    return {"user": request.headers.get("x-user", "anonymous")}


GraphQLController = make_graphql_controller(
    strawberry.Schema(query=Query, mutation=Mutation),
    path="/graphql",
    context_getter=custom_context_getter,
)


def create_app() -> Litestar:
    return Litestar(route_handlers=[GraphQLController])


def main() -> None:
    with TestClient(create_app()) as client:
        query = client.post(
            "/graphql", json={"query": "{ books { title author } viewer }"}, headers={"x-user": "ada"}
        )
        assert query.status_code == 200, query.text
        assert query.json() == {
            "data": {"books": [{"title": "Dune", "author": "Frank Herbert"}], "viewer": "ada"}
        }
        mutation = client.post(
            "/graphql",
            json={
                "query": "mutation Add($t: String!, $a: String!) { addBook(title: $t, author: $a) { title } }",
                "variables": {"t": "Emma", "a": "Jane Austen"},
            },
        )
        assert mutation.json() == {"data": {"addBook": {"title": "Emma"}}}
        via_get = client.get("/graphql", params={"query": "{ books { title } }"})
        assert via_get.json() == {"data": {"books": [{"title": "Dune"}, {"title": "Emma"}]}}
        broken = client.post("/graphql", json={"query": "{ nope }"})
        assert broken.status_code == 200
        assert "Cannot query field 'nope'" in broken.json()["errors"][0]["message"]
        ide = client.get("/graphql", headers={"accept": "text/html"})
        assert ide.status_code == 200
        assert "<html" in ide.text.lower()
    print("OK")


if __name__ == "__main__":
    main()
