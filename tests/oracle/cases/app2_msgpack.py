"""A msgpack + content-negotiation API: MessagePack request bodies (Body(media_type=MESSAGEPACK)),
MediaType.MESSAGEPACK responses, Accept-driven representation, Response media_type overrides,
If-None-Match handled by hand with ETag / Cache-Control, and error responses for msgpack handlers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any
from uuid import UUID

import msgspec
from litestar import Controller, Litestar, MediaType, Request, Response, get, post, put
from litestar.datastructures import CacheControlHeader, ETag
from litestar.enums import RequestEncodingType
from litestar.exceptions import HTTPException, NotFoundException
from litestar.params import Body
from litestar.status_codes import HTTP_304_NOT_MODIFIED


class Reading(msgspec.Struct):
    sensor: str
    values: list[float]
    taken: date
    tags: dict[str, str] = {}


@dataclass
class Batch:
    source: str
    readings: list[dict[str, Any]] = field(default_factory=list)


STORE: dict[str, Reading] = {}


def pack(value: Any) -> bytes:
    return msgspec.msgpack.encode(value)


class Readings(Controller):
    path = "/readings"

    @post("/", media_type=MediaType.MESSAGEPACK)
    async def create(
        self, data: Annotated[Reading, Body(media_type=RequestEncodingType.MESSAGEPACK)]
    ) -> Reading:
        STORE[data.sensor] = data
        return data

    @post("/batch")
    async def batch(
        self, data: Annotated[Batch, Body(media_type=RequestEncodingType.MESSAGEPACK)]
    ) -> dict[str, Any]:
        return {"source": data.source, "count": len(data.readings)}

    @post("/raw")
    async def raw(
        self, data: Annotated[Any, Body(media_type=RequestEncodingType.MESSAGEPACK)]
    ) -> dict[str, Any]:
        return {"type": type(data).__name__, "data": data}

    @get("/{sensor:str}", media_type=MediaType.MESSAGEPACK)
    async def read(self, sensor: str) -> Reading:
        if sensor not in STORE:
            raise NotFoundException(f"no sensor {sensor}")
        return STORE[sensor]

    @get("/{sensor:str}/negotiated")
    async def negotiated(self, request: Request, sensor: str) -> Response[Any]:
        reading = STORE.get(sensor)
        if reading is None:
            raise NotFoundException(f"no sensor {sensor}")
        best = request.accept.best_match([MediaType.JSON, MediaType.MESSAGEPACK, MediaType.TEXT])
        if best is None:
            raise HTTPException(status_code=406, detail="not acceptable")
        if best == MediaType.TEXT:
            return Response(f"{reading.sensor}: {reading.values}", media_type=MediaType.TEXT)
        return Response(reading, media_type=best)

    @get("/{sensor:str}/accepts")
    async def accepts(self, request: Request, sensor: str) -> dict[str, Any]:
        accept = request.accept
        return {
            "json": accept.accepts(MediaType.JSON),
            "msgpack": accept.accepts(MediaType.MESSAGEPACK),
            "html": accept.accepts("text/html"),
            "best_default": accept.best_match(["image/png"], default="text/plain"),
            "raw": list(accept),
        }

    @get("/{sensor:str}/cached", cache_control=CacheControlHeader(max_age=60, private=True))
    async def cached(self, request: Request, sensor: str) -> Response[Any]:
        reading = STORE.get(sensor)
        if reading is None:
            raise NotFoundException(f"no sensor {sensor}")
        body = pack(reading)
        tag = hashlib.sha1(body).hexdigest()[:12]
        if request.headers.get("if-none-match") == f'"{tag}"':
            return Response(None, status_code=HTTP_304_NOT_MODIFIED, headers={"etag": f'"{tag}"'})
        response: Response[Any] = Response(body, media_type=MediaType.MESSAGEPACK)
        response.set_etag(ETag(value=tag))
        return response


@put("/echo/{kind:str}")
async def echo(kind: str, request: Request) -> Response[Any]:
    payload = await request.msgpack() if kind == "msgpack" else await request.json()
    media = {"msgpack": MediaType.MESSAGEPACK, "json": MediaType.JSON}.get(
        kind, "application/vnd.custom+json"
    )
    return Response({"kind": kind, "payload": payload}, media_type=media)


@get("/types", media_type=MediaType.MESSAGEPACK)
async def types() -> dict[str, Any]:
    return {
        "uuid": UUID("12345678-1234-5678-1234-567812345678"),
        "date": date(2024, 2, 29),
        "bytes": b"\x00\x01",
        "set": [3, 1, 2],
        "nested": {"none": None, "float": 1.5, "neg": -7},
    }


@get("/boom", media_type=MediaType.MESSAGEPACK)
async def boom() -> dict[str, Any]:
    raise ValueError("kaboom")


@get("/text-override", media_type=MediaType.TEXT)
async def text_override() -> Response[bytes]:
    return Response(pack({"a": 1}), media_type=MediaType.MESSAGEPACK)


MSGPACK = {"content-type": "application/x-msgpack"}
READING = {"sensor": "t1", "values": [1.5, 2.0], "taken": "2024-05-01", "tags": {"room": "lab"}}


def create_app() -> Litestar:
    STORE.clear()
    return Litestar(route_handlers=[Readings, echo, types, boom, text_override])


REQUESTS = [
    {"method": "POST", "url": "/readings", "content": pack(READING), "headers": MSGPACK},
    {
        "method": "POST",
        "url": "/readings",
        "content": pack({**READING, "sensor": "t2", "tags": {}}),
        "headers": {"content-type": "application/vnd.msgpack"},
        "name": "other msgpack content type",
    },
    {
        "method": "POST",
        "url": "/readings",
        "content": pack({"sensor": "t3", "values": "x", "taken": "2024-05-01"}),
        "headers": MSGPACK,
        "name": "invalid field type",
    },
    {
        "method": "POST",
        "url": "/readings",
        "content": b"\xc1\xc1\xc1",
        "headers": MSGPACK,
        "name": "malformed msgpack",
    },
    {
        "method": "POST",
        "url": "/readings",
        "content": pack({"sensor": "t4"}),
        "headers": MSGPACK,
        "name": "missing fields",
    },
    {"method": "POST", "url": "/readings", "json": READING, "name": "json sent to a msgpack body"},
    {"method": "POST", "url": "/readings", "content": b"", "headers": MSGPACK, "name": "empty msgpack body"},
    {
        "method": "POST",
        "url": "/readings/batch",
        "content": pack({"source": "gw", "readings": [READING, READING]}),
        "headers": MSGPACK,
    },
    {
        "method": "POST",
        "url": "/readings/raw",
        "content": pack([1, "two", {"3": None}, True]),
        "headers": MSGPACK,
    },
    {"method": "GET", "url": "/readings/t1"},
    {"method": "GET", "url": "/readings/zz", "name": "404 from a msgpack handler"},
    {"method": "GET", "url": "/readings/t1/negotiated"},
    {"method": "GET", "url": "/readings/t1/negotiated", "headers": {"accept": "application/x-msgpack"}},
    {
        "method": "GET",
        "url": "/readings/t1/negotiated",
        "headers": {"accept": "text/plain;q=0.9, application/json;q=0.5"},
    },
    {"method": "GET", "url": "/readings/t1/negotiated", "headers": {"accept": "text/*"}},
    {"method": "GET", "url": "/readings/t1/negotiated", "headers": {"accept": "image/png"}, "name": "406"},
    {
        "method": "GET",
        "url": "/readings/t1/negotiated",
        "headers": {"accept": "*/*;q=0.1, application/x-msgpack"},
    },
    {"method": "GET", "url": "/readings/t1/accepts", "headers": {"accept": "application/*, text/html;q=0"}},
    {"method": "GET", "url": "/readings/t1/accepts"},
    {"method": "GET", "url": "/readings/t1/cached"},
    {
        "method": "GET",
        "url": "/readings/t1/cached",
        "headers": {"if-none-match": '"2b6c2b2a5c3c"'},
        "name": "stale tag",
    },
    {"method": "GET", "url": "/readings/t2/cached"},
    {"method": "PUT", "url": "/echo/msgpack", "content": pack({"k": [1, 2]}), "headers": MSGPACK},
    {"method": "PUT", "url": "/echo/json", "json": {"k": "v"}},
    {"method": "PUT", "url": "/echo/custom", "json": {"k": "v"}},
    {
        "method": "PUT",
        "url": "/echo/msgpack",
        "content": b"\xc1",
        "headers": MSGPACK,
        "name": "bad msgpack via request",
    },
    {"method": "GET", "url": "/types"},
    {"method": "GET", "url": "/boom"},
    {"method": "GET", "url": "/text-override"},
]
