"""A notes app: msgspec Structs with renamed fields, enums / UUID / datetime parameters, layered
response headers and cookies, a custom response class, url_for, events, raw Request access."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any, Literal
from uuid import UUID

import msgspec
from litestar import Controller, Litestar, MediaType, Request, Response, Router, get, post, put
from litestar.datastructures import Cookie, ResponseHeader
from litestar.events import listener
from litestar.exceptions import HTTPException, NotFoundException


class Color(str, enum.Enum):
    RED = "red"
    GREEN = "green"


class Label(msgspec.Struct):
    name: str
    color: Color = Color.GREEN


class Note(msgspec.Struct, rename="camel"):
    note_id: UUID
    title: str
    created_at: datetime
    labels: list[Label] = []
    pinned_until: date | None = None
    kind: Literal["text", "todo"] = "text"


class NoteIn(msgspec.Struct, rename="camel", forbid_unknown_fields=True):
    title: str
    labels: list[Label] = []
    pinned_until: date | None = None
    kind: Literal["text", "todo"] = "text"


IDS = [UUID(int=i) for i in range(1, 10)]
NOTES: dict[UUID, Note] = {
    IDS[0]: Note(IDS[0], "groceries", datetime(2024, 1, 2, 3, 4, 5), [Label("home", Color.RED)], kind="todo"),
}
EVENTS: list[str] = []


@listener("note_created")
async def on_note_created(note_id: UUID, title: str) -> None:
    EVENTS.append(f"created {title} ({note_id.int})")


class EnvelopeResponse(Response):
    def render(self, content: Any, media_type: str, enc_hook: Any = None) -> bytes:
        if media_type == MediaType.JSON:
            return msgspec.json.encode({"data": content}, enc_hook=enc_hook)
        return super().render(content, media_type, enc_hook)


class NoteController(Controller):
    path = "/notes"
    response_headers = [ResponseHeader(name="X-Controller", value="notes")]
    response_cookies = [Cookie(key="seen_notes", value="1", max_age=60)]

    @get(name="notes:list")
    async def list_notes(self, color: Color | None = None, after: date | None = None) -> list[Note]:
        out = [n for n in NOTES.values() if color is None or any(lbl.color == color for lbl in n.labels)]
        return [n for n in out if after is None or (n.pinned_until is not None and n.pinned_until > after)]

    @get("/{note_id:uuid}", name="notes:get")
    async def get_note(self, note_id: UUID) -> Note:
        if note_id not in NOTES:
            raise NotFoundException(f"note {note_id} not found")
        return NOTES[note_id]

    @post()
    async def create(self, request: Request, data: NoteIn) -> Response[Note]:
        note_id = IDS[len(NOTES)]
        NOTES[note_id] = note = Note(
            note_id, data.title, datetime(2024, 5, 6), data.labels, data.pinned_until, data.kind
        )
        request.app.emit("note_created", note_id=note_id, title=data.title)
        location = request.url_for("notes:get", note_id=note_id)
        return Response(note, status_code=201, headers={"Location": location})

    @put(
        "/{note_id:uuid}/pin/{until:date}",
        response_headers=[ResponseHeader(name="X-Controller", value="pin")],
    )
    async def pin(self, note_id: UUID, until: date) -> Note:
        note = await self.get_note.fn(self, note_id)
        note.pinned_until = until
        return note

    @get("/by-kind/{kind:str}", response_class=EnvelopeResponse)
    async def by_kind(self, kind: Literal["text", "todo"]) -> list[str]:
        return [n.title for n in NOTES.values() if n.kind == kind]


@get("/events", media_type=MediaType.TEXT)
async def events() -> str:
    return "\n".join(EVENTS) or "(none)"


@post("/echo", status_code=200)
async def echo(request: Request) -> dict:
    raw = await request.body()
    parsed = await request.json() if raw else None
    return {
        "len": len(raw),
        "json": parsed,
        "tags": request.query_params.getall("tag", []),
        "url": str(request.url),
        "base": str(request.base_url),
        "list_url": request.app.route_reverse("notes:list"),
    }


@get("/html", media_type=MediaType.HTML)
async def html() -> str:
    return "<h1>Notes</h1>"


@get("/teapot")
async def teapot() -> None:
    raise HTTPException(status_code=418, detail="short and stout", headers={"X-Tea": "earl grey"})


api = Router(
    path="/api",
    route_handlers=[NoteController, events, echo],
    response_headers=[
        ResponseHeader(name="X-Api", value="1"),
        ResponseHeader(name="X-Controller", value="router"),
    ],
)


def create_app() -> Litestar:
    return Litestar(route_handlers=[api, html, teapot], listeners=[on_note_created])


NID = str(IDS[0])

REQUESTS = [
    {"method": "GET", "url": "/api/notes"},
    {"method": "GET", "url": "/api/notes", "params": {"color": "red"}},
    {"method": "GET", "url": "/api/notes", "params": {"color": "blue"}, "name": "bad enum"},
    {"method": "GET", "url": f"/api/notes/{NID}"},
    {"method": "GET", "url": f"/api/notes/{IDS[5]}", "name": "404"},
    {"method": "GET", "url": "/api/notes/not-a-uuid", "name": "bad uuid path"},
    {
        "method": "POST",
        "url": "/api/notes",
        "json": {"title": "call bob", "labels": [{"name": "work"}], "pinnedUntil": "2024-06-01"},
    },
    {"method": "GET", "url": "/api/events", "name": "listener ran"},
    {
        "method": "POST",
        "url": "/api/notes",
        "json": {"title": "x", "pinned_until": "2024-06-01"},
        "name": "snake field forbidden",
    },
    {"method": "POST", "url": "/api/notes", "json": {"title": "x", "kind": "memo"}, "name": "bad literal"},
    {
        "method": "POST",
        "url": "/api/notes",
        "json": {"title": "x", "labels": [{"name": "a", "color": "pink"}]},
        "name": "bad nested enum",
    },
    {
        "method": "POST",
        "url": "/api/notes",
        "json": {"title": "y", "pinnedUntil": "2024-13-01"},
        "name": "bad date",
    },
    {
        "method": "POST",
        "url": "/api/notes",
        "json": {"title": "todo list", "kind": "todo", "labels": [{"name": "x", "color": "red"}]},
    },
    {"method": "GET", "url": "/api/notes", "params": {"color": "red"}},
    {"method": "GET", "url": "/api/notes", "params": {"after": "2024-01-01"}},
    {"method": "GET", "url": "/api/notes", "params": {"after": "yesterday"}},
    {"method": "PUT", "url": f"/api/notes/{NID}/pin/2025-02-03", "name": "handler header beats layers"},
    {"method": "PUT", "url": f"/api/notes/{NID}/pin/2025-02-30", "name": "bad date path"},
    {"method": "PUT", "url": f"/api/notes/{IDS[7]}/pin/2025-02-03", "name": "404 through .fn call"},
    {"method": "GET", "url": "/api/notes/by-kind/todo", "name": "custom response class"},
    {"method": "GET", "url": "/api/notes/by-kind/memo", "name": "literal path value"},
    {"method": "POST", "url": "/api/echo?tag=a&tag=b", "json": {"k": [1, 2]}},
    {"method": "POST", "url": "/api/echo", "name": "empty body"},
    {
        "method": "POST",
        "url": "/api/echo",
        "content": b"{oops",
        "headers": {"content-type": "application/json"},
        "name": "request.json() on bad JSON",
    },
    {"method": "GET", "url": "/api/events"},
    {"method": "GET", "url": "/html"},
    {"method": "GET", "url": "/teapot"},
    {"method": "HEAD", "url": "/html", "name": "HEAD on GET route"},
]


def NORMALISE(resp: dict[str, Any]) -> dict[str, Any]:
    import re

    cookies = resp.get("headers", {}).get("set-cookie")
    if cookies:
        resp["headers"]["set-cookie"] = [re.sub(r"expires=[^;]+", "expires=<date>", c) for c in cookies]
    return resp
