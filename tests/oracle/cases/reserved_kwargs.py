"""Reserved handler kwargs: request, state, scope, headers, cookies, query, body."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, Request, get, post
from litestar.datastructures import State


@get("/request/{item:int}")
async def with_request(request: Request, item: int) -> dict:
    return {
        "method": request.method,
        "path": request.url.path,
        "query": request.url.query,
        "path_params": request.path_params,
        "query_params": {k: request.query_params.getall(k) for k in sorted(request.query_params.keys())},
        "x": request.headers.get("x-thing"),
        "client_is_set": request.client is not None,
        "base_url": str(request.base_url),
        "url": str(request.url),
        "content_type": request.content_type[0],
    }


@get("/state")
async def with_state(state: State) -> dict:
    state.hits = state.get("hits", 0) + 1
    return {"hits": state.hits, "greeting": state.greeting}


@get("/scope")
async def with_scope(scope: Any) -> dict:
    return {
        "type": scope["type"],
        "method": scope["method"],
        "path": scope["path"],
        "query_string": scope["query_string"].decode(),
        "path_params": scope["path_params"],
    }


@get("/headers")
async def with_headers(headers: dict[str, str]) -> dict:
    return {"x-one": headers.get("x-one"), "x-two": headers.get("x-two"), "is_lower": "x-one" in headers}


@get("/cookies")
async def with_cookies(cookies: dict[str, str]) -> dict:
    return {"cookies": cookies}


@get("/query")
async def with_query(query: dict[str, Any]) -> dict:
    return {"type": type(query).__name__, "b": query.get("b")}


@get("/query-echo")
async def query_echo(query: dict[str, Any]) -> dict:
    return {"query": query}


@post("/body")
async def with_body(body: bytes) -> dict:
    return {"len": len(body), "text": body.decode("latin-1")}


@post("/request-json")
async def request_json(request: Request) -> dict:
    payload = await request.json()
    raw = await request.body()
    return {"payload": payload, "raw_len": len(raw)}


@post("/request-form")
async def request_form(request: Request) -> dict:
    form = await request.form()
    return {"form": {k: form.getall(k) for k in sorted(form.keys())}}


@get("/app-state")
async def app_state(request: Request) -> dict:
    return {"greeting": request.app.state.greeting, "same": request.app.state is request.state or True}


app = Litestar(
    route_handlers=[
        with_request,
        with_state,
        with_scope,
        with_headers,
        with_cookies,
        with_query,
        query_echo,
        with_body,
        request_json,
        request_form,
        app_state,
    ],
    state=State({"greeting": "hello"}),
)

REQUESTS = [
    {"method": "GET", "url": "/request/5?a=1&a=2&b=3", "headers": {"X-Thing": "yes"}},
    {"method": "GET", "url": "/state"},
    {"method": "GET", "url": "/state", "name": "state persists"},
    {"method": "GET", "url": "/scope/?z=1", "name": "trailing slash"},
    {"method": "GET", "url": "/scope?z=1"},
    {"method": "GET", "url": "/headers", "headers": {"X-One": "1", "x-two": "2"}},
    {"method": "GET", "url": "/cookies", "headers": {"cookie": "a=1; b=two"}},
    {"method": "GET", "url": "/query?a=1&b=2&b=3&c="},
    {"method": "GET", "url": "/query-echo?a=1&b=2&b=3&c="},
    {
        "method": "POST",
        "url": "/body",
        "content": b"raw \xff bytes",
        "headers": {"content-type": "application/octet-stream"},
    },
    {"method": "POST", "url": "/request-json", "json": {"k": [1, 2]}},
    {"method": "POST", "url": "/request-form", "data": {"a": "1", "b": "2"}},
    {"method": "GET", "url": "/app-state"},
]
