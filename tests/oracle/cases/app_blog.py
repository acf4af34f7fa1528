"""A blog API: posts and comments controllers, nested routers, repository DI, pagination, 404 / 400."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Annotated

import msgspec
from litestar import Controller, Litestar, Router, delete, get, patch, post, put
from litestar.di import Provide
from litestar.exceptions import NotFoundException
from litestar.params import Dependency, Parameter


@dataclass
class Post:
    id: int
    title: str
    body: str
    tags: list[str] = field(default_factory=list)


@dataclass
class PostIn:
    title: str
    body: str
    tags: list[str] = field(default_factory=list)


class Comment(msgspec.Struct):
    id: int
    post_id: int
    author: str
    text: str


class CommentIn(msgspec.Struct):
    author: str
    text: str
    rating: int = 0


class Repo:
    def __init__(self, name: str) -> None:
        self.name = name
        self.posts: dict[int, Post] = {
            i: Post(i, f"title {i}", f"body {i}", ["t"] if i % 2 else []) for i in range(1, 8)
        }
        self.comments: list[Comment] = [Comment(1, 1, "ann", "first!"), Comment(2, 1, "bob", "nice")]

    def get_post(self, post_id: int) -> Post:
        try:
            return self.posts[post_id]
        except KeyError:
            raise NotFoundException(detail=f"post {post_id} not found") from None


MAIN_REPO = Repo("main")
AUDIT_REPO = Repo("audit")


async def provide_repo() -> Repo:
    return MAIN_REPO


async def provide_audit_repo() -> Repo:
    return AUDIT_REPO


def provide_limit(per_page_default: int) -> int:
    return per_page_default


async def provide_session(repo: Repo) -> AsyncGenerator[dict[str, str], None]:
    session = {"repo": repo.name, "state": "open"}
    try:
        yield session
    finally:
        session["state"] = "closed"
        CLOSED.append(repo.name)


CLOSED: list[str] = []


class PostController(Controller):
    path = "/posts"
    tags = ["posts"]

    @get()
    async def list_posts(
        self,
        repo: Repo,
        page: Annotated[int, Parameter(ge=1)] = 1,
        per_page: Annotated[int, Parameter(query="perPage", ge=1, le=5)] = 2,
        tag: str | None = None,
    ) -> dict:
        posts = [p for p in repo.posts.values() if tag is None or tag in p.tags]
        start = (page - 1) * per_page
        return {
            "items": posts[start : start + per_page],
            "total": len(posts),
            "page": page,
            "repo": repo.name,
        }

    @get("/{post_id:int}")
    async def get_post(self, repo: Repo, post_id: int) -> Post:
        return repo.get_post(post_id)

    @post()
    async def create_post(self, repo: Repo, data: PostIn) -> Post:
        new = Post(max(repo.posts) + 1, data.title, data.body, data.tags)
        repo.posts[new.id] = new
        return new

    @put("/{post_id:int}")
    async def replace_post(self, repo: Repo, post_id: int, data: PostIn) -> Post:
        repo.get_post(post_id)
        repo.posts[post_id] = Post(post_id, data.title, data.body, data.tags)
        return repo.posts[post_id]

    @patch("/{post_id:int}/title")
    async def retitle(self, repo: Repo, post_id: int, title: Annotated[str, Parameter(min_length=3)]) -> Post:
        p = repo.get_post(post_id)
        p.title = title
        return p

    @delete("/{post_id:int}")
    async def delete_post(self, repo: Repo, post_id: int) -> None:
        repo.get_post(post_id)
        del repo.posts[post_id]


class CommentController(Controller):
    path = "/posts/{post_id:int}/comments"
    dependencies = {"repo": Provide(provide_audit_repo)}

    @get()
    async def list_comments(self, repo: Repo, post_id: int) -> list[Comment]:
        repo.get_post(post_id)
        return [c for c in repo.comments if c.post_id == post_id]

    @post()
    async def add_comment(self, repo: Repo, post_id: int, data: CommentIn) -> Comment:
        repo.get_post(post_id)
        c = Comment(len(repo.comments) + 1, post_id, data.author, data.text)
        repo.comments.append(c)
        return c

    @get("/{comment_id:int}")
    async def get_comment(self, repo: Repo, post_id: int, comment_id: int) -> Comment:
        for c in repo.comments:
            if c.id == comment_id and c.post_id == post_id:
                return c
        raise NotFoundException()


@get("/health", dependencies={"session": Provide(provide_session)})
async def health(repo: Repo, session: dict[str, str], limit: Annotated[int, Dependency(default=3)]) -> dict:
    return {"status": "ok", "repo": repo.name, "session": session, "closed": CLOSED, "limit": limit}


@get(
    "/bulk",
    dependencies={
        "limit": Provide(provide_limit, sync_to_thread=False),
        "per_page_default": Provide(lambda: 4, sync_to_thread=False),
    },
)
async def bulk(
    repo: Repo, limit: int, ids: Annotated[list[int] | None, Parameter(query="id")] = None
) -> dict:
    return {"limit": limit, "found": [repo.posts[i].title for i in ids or [] if i in repo.posts]}


v1 = Router(path="/v1", route_handlers=[PostController, CommentController])
api = Router(path="/api", route_handlers=[v1, health, bulk])


def create_app() -> Litestar:
    return Litestar(route_handlers=[api], dependencies={"repo": Provide(provide_repo)})


REQUESTS = [
    {"method": "GET", "url": "/api/health"},
    {"method": "GET", "url": "/api/v1/posts"},
    {"method": "GET", "url": "/api/v1/posts/", "name": "trailing slash"},
    {"method": "GET", "url": "/api/v1/posts", "params": {"page": "2", "perPage": "3"}},
    {"method": "GET", "url": "/api/v1/posts", "params": {"page": "0"}, "name": "page below ge"},
    {"method": "GET", "url": "/api/v1/posts", "params": {"perPage": "9"}, "name": "perPage above le"},
    {"method": "GET", "url": "/api/v1/posts", "params": {"per_page": "4"}, "name": "python name ignored"},
    {"method": "GET", "url": "/api/v1/posts", "params": {"page": "x"}, "name": "page not int"},
    {"method": "GET", "url": "/api/v1/posts", "params": {"tag": "t", "perPage": "5"}},
    {"method": "GET", "url": "/api/v1/posts/3"},
    {"method": "GET", "url": "/api/v1/posts/99", "name": "404 detail"},
    {"method": "GET", "url": "/api/v1/posts/abc", "name": "bad path type"},
    {"method": "POST", "url": "/api/v1/posts", "json": {"title": "new", "body": "b", "tags": ["x"]}},
    {"method": "POST", "url": "/api/v1/posts", "json": {"title": "new"}, "name": "missing field"},
    {"method": "POST", "url": "/api/v1/posts", "json": {"title": 1, "body": "b"}, "name": "wrong type"},
    {
        "method": "POST",
        "url": "/api/v1/posts",
        "content": b"{not json",
        "headers": {"content-type": "application/json"},
    },
    {"method": "POST", "url": "/api/v1/posts", "json": [1, 2], "name": "array body"},
    {"method": "GET", "url": "/api/v1/posts/8"},
    {"method": "PUT", "url": "/api/v1/posts/8", "json": {"title": "t8", "body": "b8"}},
    {"method": "PUT", "url": "/api/v1/posts/80", "json": {"title": "t8", "body": "b8"}},
    {"method": "PATCH", "url": "/api/v1/posts/8/title", "params": {"title": "abcd"}},
    {"method": "PATCH", "url": "/api/v1/posts/8/title", "params": {"title": "ab"}, "name": "min_length"},
    {"method": "PATCH", "url": "/api/v1/posts/8/title", "name": "missing required query"},
    {"method": "DELETE", "url": "/api/v1/posts/8"},
    {"method": "DELETE", "url": "/api/v1/posts/8", "name": "delete again 404"},
    {"method": "GET", "url": "/api/v1/posts/1/comments", "name": "audit repo has comments"},
    {"method": "POST", "url": "/api/v1/posts/1/comments", "json": {"author": "cy", "text": "hey"}},
    {"method": "POST", "url": "/api/v1/posts/1/comments", "json": {"author": "cy"}, "name": "struct missing"},
    {
        "method": "POST",
        "url": "/api/v1/posts/1/comments",
        "json": {"author": "cy", "text": "x", "rating": "5"},
    },
    {"method": "POST", "url": "/api/v1/posts/42/comments", "json": {"author": "cy", "text": "x"}},
    {"method": "GET", "url": "/api/v1/posts/1/comments/3"},
    {"method": "GET", "url": "/api/v1/posts/2/comments/1", "name": "comment on another post"},
    {"method": "GET", "url": "/api/v1/posts/1/comments/x"},
    {"method": "DELETE", "url": "/api/v1/posts/1/comments", "name": "405"},
    {"method": "GET", "url": "/api/v2/posts", "name": "unknown prefix"},
    {"method": "GET", "url": "/api/health", "name": "generator dependency closed after first"},
    {"method": "GET", "url": "/api/bulk", "params": [("id", "1"), ("id", "3"), ("id", "99")]},
    {"method": "GET", "url": "/api/bulk", "params": {"id": "z"}},
    {"method": "GET", "url": "/api/bulk"},
]
