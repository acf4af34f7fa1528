"""The floor: every scenario as one hand-written ASGI callable (msgspec only).

No framework: a dict of static paths, prefix checks for the dynamic ones, msgspec for
JSON. Handlers, dependencies and middlewares are still separate async callables, so the
floor pays for the same awaits a framework cannot avoid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_plus

import msgspec
import payloads
from jwt_hs256 import user_for
from msgspec_models import Order, Thing

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    Scope = dict[str, Any]
    Receive = Callable[[], Awaitable[dict[str, Any]]]
    Send = Callable[[dict[str, Any]], Awaitable[None]]
    Endpoint = Callable[[Scope, Receive, Send], Awaitable[None]]

__all__ = ("app",)

_encode = msgspec.json.encode
_decode_order = msgspec.json.Decoder(Order).decode
_JSON = b"application/json"
_TEXT = b"text/plain; charset=utf-8"
_THINGS = [Thing(**obj) for obj in payloads.OBJECTS]
_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


async def _respond(send: Send, status: int, body: bytes, content_type: bytes = _JSON) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _error(send: Send, status: int, detail: str) -> None:
    await _respond(send, status, _encode({"status_code": status, "detail": detail}))


async def _read_body(receive: Receive) -> bytes:
    message = await receive()
    body: bytes = message.get("body", b"")
    if not message.get("more_body"):
        return body
    chunks = [body]
    while message.get("more_body"):
        message = await receive()
        chunks.append(message.get("body", b""))
    return b"".join(chunks)


async def plaintext(scope: Scope, receive: Receive, send: Send) -> None:
    await _respond(send, 200, payloads.PLAINTEXT.encode(), _TEXT)


async def json_message(scope: Scope, receive: Receive, send: Send) -> None:
    await _respond(send, 200, _encode(payloads.JSON_MESSAGE))


async def query(scope: Scope, receive: Receive, send: Send) -> None:
    params: dict[str, str] = {}
    raw: bytes = scope["query_string"]
    if raw:
        for pair in raw.decode("latin-1").split("&"):
            name, _, value = pair.partition("=")
            if "%" in value or "+" in value:
                value = unquote_plus(value)
            params[name] = value
    if "a" not in params or "b" not in params:
        return await _error(send, 400, "Missing required query parameter")
    try:
        a = int(params["a"])
    except ValueError:
        return await _error(send, 400, "Invalid value for query parameter 'a'")
    c_raw = params.get("c")
    c: bool | None = None
    if c_raw is not None:
        lowered = c_raw.lower()
        if lowered in _TRUE:
            c = True
        elif lowered in _FALSE:
            c = False
        else:
            return await _error(send, 400, "Invalid value for query parameter 'c'")
    await _respond(send, 200, _encode({"a": a, "b": params["b"], "c": c}))


async def echo(scope: Scope, receive: Receive, send: Send) -> None:
    try:
        order = _decode_order(await _read_body(receive))
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        return await _error(send, 400, str(exc))
    await _respond(send, 200, _encode(order))


async def objects(scope: Scope, receive: Receive, send: Send) -> None:
    await _respond(send, 200, _encode(_THINGS))


async def chain(scope: Scope, receive: Receive, send: Send) -> None:
    c = await payloads.chain_c(await payloads.chain_b(await payloads.chain_a()))
    await _respond(send, 200, _encode({"result": c}))


async def independent(scope: Scope, receive: Receive, send: Send) -> None:
    x = await payloads.independent_x()
    y = await payloads.independent_y()
    z = await payloads.independent_z()
    await _respond(send, 200, _encode({"result": x + y + z}))


async def _middleware_endpoint(scope: Scope, receive: Receive, send: Send) -> None:
    await _respond(send, 200, _encode({"middlewares": scope[payloads.MIDDLEWARE_SCOPE_KEY]}))


class CountingMiddleware:
    """Pass-through ASGI middleware that counts itself in the scope."""

    __slots__ = ("app",)

    def __init__(self, app: Endpoint) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = payloads.MIDDLEWARE_SCOPE_KEY
        scope[key] = scope.get(key, 0) + 1
        await self.app(scope, receive, send)


def _wrap(endpoint: Endpoint, times: int) -> Endpoint:
    for _ in range(times):
        endpoint = CountingMiddleware(endpoint)
    return endpoint


_STATIC: dict[str, tuple[str, Endpoint]] = {
    "/plaintext": ("GET", plaintext),
    "/json": ("GET", json_message),
    "/query": ("GET", query),
    "/echo": ("POST", echo),
    "/objects": ("GET", objects),
    "/deps/chain": ("GET", chain),
    "/deps/independent": ("GET", independent),
    "/middleware": ("GET", _wrap(_middleware_endpoint, payloads.MIDDLEWARE_COUNT)),
}


async def auth_me(scope: Scope, receive: Receive, send: Send) -> None:
    """Scenario (l): JWT header auth (stdlib HS256 check), then the user's name."""
    authorization = None
    for name, value in scope["headers"]:
        if name == b"authorization":
            authorization = value.decode("latin-1")
            break
    user = user_for(authorization)
    if user is None:
        return await _error(send, 401, "Unauthorized")
    return await _respond(send, 200, _encode({"user": user["name"]}))


_STATIC["/auth/me"] = ("GET", auth_me)


def _int_or_none(text: str) -> int | None:
    return int(text) if text.isdigit() else None


async def _big(path: str, send: Send) -> bool:
    """Answer ``/big/r{n}[/{id}[/edit]]``; return False when nothing matches."""
    parts = path[5:].split("/")
    if not parts[0].startswith("r"):
        return False
    resource = _int_or_none(parts[0][1:])
    if resource is None or resource >= payloads.BIG_RESOURCES:
        return False
    if len(parts) == 1:
        await _respond(send, 200, _encode({"resource": resource}))
        return True
    item_id = _int_or_none(parts[1])
    if item_id is None or len(parts) > 3 or (len(parts) == 3 and parts[2] != "edit"):
        return False
    body: dict[str, Any] = {"resource": resource, "id": item_id}
    if len(parts) == 3:
        body["edit"] = True
    await _respond(send, 200, _encode(body))
    return True


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    """The raw ASGI app."""
    if scope["type"] != "http":
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
        return
    path: str = scope["path"]
    route = _STATIC.get(path)
    if route is not None:
        if route[0] != scope["method"]:
            return await _error(send, 405, "Method Not Allowed")
        return await route[1](scope, receive, send)
    if path.startswith("/items/"):
        item_id = _int_or_none(path[7:])
        if item_id is not None:
            return await _respond(send, 200, _encode({"id": item_id}))
    elif path.startswith("/big/") and await _big(path, send):
        return
    await _error(send, 404, "Not Found")
