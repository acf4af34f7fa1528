"""Turn handler return values into ASGI responses, with everything static precomputed.

For plain data (the common case) the status line, the content type, the layered
response headers and cookies are encoded once per handler; per request only the body
and its length are computed. ``Response`` objects, ``ASGIResponse`` objects, a custom
``response_class`` and ``after_request`` hooks take the general path.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast
from weakref import WeakValueDictionary

from litestar._scope_keys import RESPONSE_STARTED
from litestar.enums import MediaType

if TYPE_CHECKING:
    from litestar.connection.request import Request
    from litestar.handlers.http_handlers.base import HTTPRouteHandler
    from litestar.types.asgi_types import Receive, Scope, Send

__all__ = ("ResponsePlan", "build_fast_respond", "build_to_asgi", "content_type_header")

Respond = Callable[[Any, "Scope", "Receive", "Send", "Request[Any, Any, Any] | None"], Awaitable[None]]


def content_type_header(media_type: str, encoding: str = "utf-8") -> str:
    """The ``content-type`` value for a media type (text types get a charset)."""
    if media_type.startswith("text/") and "charset" not in media_type:
        return f"{media_type}; charset={encoding}"
    return media_type


def _no_body_status(status: int) -> bool:
    return status < 200 or status in (204, 304)


class ResponsePlan:
    """Per-handler response settings, resolved at startup."""

    __slots__ = (
        "after_request",
        "background",
        "cookies",
        "explicit_media_type",
        "handler",
        "headers",
        "media_type",
        "response_class",
        "status_code",
        "type_encoders",
    )

    def __init__(self, handler: HTTPRouteHandler) -> None:
        from litestar.response.base import Response

        self.handler = handler
        self.status_code: int = handler.status_code
        self.media_type = str(getattr(handler.media_type, "value", handler.media_type))
        explicit = getattr(handler, "_explicit_media_type", None)
        self.explicit_media_type = str(getattr(explicit, "value", explicit)) if explicit else None
        self.headers = dict(handler._ordered_response_headers())
        self.cookies = list(handler.resolve_response_cookies())
        self.background = handler.background
        self.type_encoders = handler.resolve_type_encoders() or None
        self.after_request = handler.resolve_after_request()
        response_class = handler.resolve_response_class()
        self.response_class = None if response_class is Response else response_class


def build_to_asgi(handler: HTTPRouteHandler) -> Callable[[Any, Any], Awaitable[Any]]:
    """General path: return a coroutine turning any return value into an ASGI app."""
    from litestar.response.base import ASGIResponse, Response

    plan = ResponsePlan(handler)
    return_dto = getattr(handler, "_return_dto", None)

    async def to_asgi(data: Any, request: Any) -> Any:
        if isinstance(data, ASGIResponse):
            return data
        if return_dto is not None:
            if isinstance(data, Response):
                data.content = return_dto(request).data_to_encodable_type(data.content)
            elif not callable(data):
                data = return_dto(request).data_to_encodable_type(data)
        if not isinstance(data, Response):
            if (
                plan.after_request is None
                and plan.response_class is None
                and not hasattr(data, "to_asgi_response")
                and callable(data)
                and _is_asgi_app(data)
            ):
                return data
            response_class = plan.response_class or Response
            data = response_class(
                content=data,
                status_code=plan.status_code,
                media_type=plan.media_type,
                type_encoders=plan.type_encoders,
            )
        if plan.after_request is not None:
            data = await plan.after_request(data)
            if not isinstance(data, Response):
                return data
        app = request.scope.get("app") if request is not None else None
        return data.to_asgi_response(
            app,
            request,
            background=plan.background,
            cookies=plan.cookies,
            headers=plan.headers,
            media_type=plan.explicit_media_type,
            status_code=plan.status_code,
            type_encoders=plan.type_encoders,
        )

    return to_asgi


def _is_asgi_app(value: Any) -> bool:
    import inspect

    call = value if inspect.isfunction(value) else getattr(value, "__call__", None)  # noqa: B004
    if call is None:
        return False
    try:
        return len(inspect.signature(call).parameters) == 3 and inspect.iscoroutinefunction(call)
    except (TypeError, ValueError):
        return False


_INTERNED: dict[Any, Any] = {}


def _intern(value: tuple[tuple[bytes, bytes], ...]) -> tuple[tuple[bytes, bytes], ...]:
    """Share equal header tuples between handlers (most handlers send the same headers)."""
    return _INTERNED.setdefault(value, value)  # type: ignore[no-any-return]


def _text_encoder(value: Any) -> bytes:
    if not value:
        return b""
    return _unrenderable(value)


def _unrenderable(value: Any) -> bytes:
    from litestar.exceptions.http_exceptions import ImproperlyConfiguredException

    raise ImproperlyConfiguredException("Unable to serialize response content")


_SHARED_RESPONDERS: WeakValueDictionary[tuple[Any, ...], Respond] = WeakValueDictionary()
"""Responders by response settings; an entry goes when no endpoint uses it any more."""

_GENERAL_PATH = "general response path"
"""The key of a handler's general response path in its layered-settings cache."""


def build_fast_respond(handler: HTTPRouteHandler) -> Respond | None:
    """Return a specialised responder for plain data, or ``None`` when it does not apply."""
    from litestar.response.base import ASGIResponse, Response
    from litestar.serialization.msgspec_hooks import get_serializer

    plan = ResponsePlan(handler)
    if plan.after_request is not None or plan.response_class is not None:
        return None
    media_type = plan.media_type
    status = plan.status_code
    no_body = _no_body_status(status)
    header_list: list[tuple[bytes, bytes]] = [
        (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in plan.headers.items()
    ]
    if not no_body:
        header_list.append((b"content-type", content_type_header(media_type).encode("latin-1")))
    cookie_headers = [cookie.to_encoded_header() for cookie in plan.cookies if not cookie.documentation_only]
    pre = _intern(tuple(header_list))
    post = _intern(tuple(cookie_headers))
    from litestar.serialization._msgspec_cache import get_json_encoder, get_msgpack_encoder

    # PERF: encoders are shared between handlers with the same type encoders.
    enc_hook = get_serializer(plan.type_encoders)
    encode: Callable[[Any], bytes]
    if media_type == MediaType.MESSAGEPACK.value:
        encode = get_msgpack_encoder(enc_hook).encode
    elif media_type.startswith("application/json") or "+json" in media_type:
        encode = get_json_encoder(enc_hook).encode
    else:
        # As ``Response.render``: a text type renders empty content as an empty body;
        # anything else it cannot render is a server error (500), as in 2.17.
        encode = _text_encoder if media_type.startswith("text/") else _unrenderable
    background = plan.background
    may_be_head = "HEAD" in handler.http_methods
    request_class = handler.resolve_request_class()
    return_dto = getattr(handler, "_return_dto", None)
    # Handlers with the same response settings share one responder: most of an app's
    # handlers return data with the same status, headers and encoder, and a responder
    # (a closure over a dozen values) is the largest thing compiled per route.
    # Background tasks and DTOs count by identity (they need not be hashable); the
    # responder keeps them alive, so no other object can take their id while it is cached.
    key = (encode, status, pre, post, may_be_head, id(background), id(return_dto), request_class)
    shared = _SHARED_RESPONDERS.get(key)
    if shared is not None:
        return shared
    response_types = (Response, ASGIResponse)

    async def respond(result: Any, scope: Scope, receive: Receive, send: Send, request: Any) -> None:
        cls = result.__class__
        if cls is str:
            body = result.encode()
        elif cls is bytes:
            body = result
        elif isinstance(result, str):
            body = result.encode()
        elif isinstance(result, response_types):
            if request is None:
                request = request_class(scope, receive, send)
            await _send_response_object(result, scope, receive, send, request)
            return
        else:
            if return_dto is not None:
                if request is None:
                    request = request_class(scope, receive, send)
                result = return_dto(request).data_to_encodable_type(result)
            body = encode(result)
        if no_body:
            await send({"type": "http.response.start", "status": status, "headers": [*pre, *post]})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        else:
            await send(
                {
                    "type": "http.response.start",
                    "status": status,
                    "headers": [*pre, (b"content-length", str(len(body)).encode()), *post],
                }
            )
            if may_be_head and scope["method"] == "HEAD":  # type: ignore[typeddict-item]  # an HTTP handler's scope
                body = b""
            await send({"type": "http.response.body", "body": body, "more_body": False})
        if background is not None:
            try:
                await background()
            except BaseException:
                scope[RESPONSE_STARTED] = True  # type: ignore[typeddict-unknown-key]
                raise

    _SHARED_RESPONDERS[key] = respond
    return respond


async def _send_response_object(
    result: Any, scope: Scope, receive: Receive, send: Send, request: Request[Any, Any, Any]
) -> None:
    """Send a ``Response`` returned by a handler declared to return data, through the general path.

    The general path of the handler serving ``scope`` is built the first time it is needed
    and kept with the handler's other layered settings.
    """
    handler = cast("HTTPRouteHandler", scope["route_handler"])
    to_asgi = handler._resolved.get(_GENERAL_PATH)
    if to_asgi is None:
        to_asgi = handler._resolved[_GENERAL_PATH] = build_to_asgi(handler)
    asgi_app = await to_asgi(result, request)
    await asgi_app(scope, receive, send)
