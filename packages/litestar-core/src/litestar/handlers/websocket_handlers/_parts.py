"""Pieces shared by the WebSocket handler kinds: plans, guards, message codecs (private).

Everything here runs once, at registration: it turns a handler's options into plain
callables so the per-connection and per-message paths only call them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from litestar._signature import ParsedParameter, ParsedSignature, unwrap_optional
from litestar.exceptions.base_exceptions import SerializationException
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException, ValidationException
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from litestar._kwargs._plan import KwargsPlan
    from litestar.connection.websocket import WebSocket
    from litestar.handlers.base import BaseRouteHandler
    from litestar.types.asgi_types import Message, WebSocketMode

__all__ = (
    "GuardRunner",
    "SendHandler",
    "build_data_decoder",
    "build_frame_encoder",
    "build_guard_runner",
    "build_send_handler",
    "compile_websocket_plan",
    "merge_signatures",
    "qualified_name",
)

SendHandler = Callable[["WebSocket[Any, Any, Any]", Any], Awaitable[None]]
GuardRunner = Callable[["WebSocket[Any, Any, Any]"], Awaitable[None]]


def qualified_name(fn: Any) -> str:
    """``module.qualname`` of ``fn``, the prefix of wiring error messages."""
    target = getattr(fn, "__func__", fn)
    name = getattr(target, "__qualname__", None) or type(target).__qualname__
    module = getattr(target, "__module__", None)
    return f"{module}.{name}" if module else name


def compile_websocket_plan(
    handler: BaseRouteHandler,
    signature: ParsedSignature,
    path_parameters: dict[str, Any],
) -> KwargsPlan:
    """Compile the argument plan of a WebSocket handler for ``signature``.

    Raises:
        ImproperlyConfiguredException: Listing every wiring error of the handler.
    """
    from litestar._discovery import load_piece
    from litestar._kwargs._compile import compile_kwargs_plan
    from litestar._signature import parse_signature
    from litestar.handlers.base import _dec_hook

    errors: list[str] = []
    namespace = handler.resolve_signature_namespace()
    plan = compile_kwargs_plan(
        signature=signature,
        location=handler.location,
        path_parameters=path_parameters,
        layered_parameters=handler.resolve_layered_parameters(),
        dependencies=handler.resolve_dependencies(),
        dec_hook=_dec_hook(handler.resolve_type_decoders()),
        load_di=lambda: load_piece("di"),
        parse=lambda fn: parse_signature(fn, namespace),
        errors=errors,
        is_websocket=True,
    )
    if errors:
        raise ImproperlyConfiguredException("\n".join(errors))
    return plan


def build_guard_runner(handler: BaseRouteHandler) -> GuardRunner | None:
    """Return a coroutine function running the layered guards, or ``None`` without guards."""
    guards = tuple(handler.resolve_guards())
    if not guards:
        return None

    async def run_guards(socket: WebSocket[Any, Any, Any]) -> None:
        for guard in guards:
            outcome = guard(socket, handler)
            if outcome is not None and hasattr(outcome, "__await__"):
                await outcome

    return run_guards


def build_frame_encoder(mode: WebSocketMode, serializer: Callable[[Any], Any]) -> Callable[[Any], Message]:
    """Return ``encode(value)``: the ``websocket.send`` message carrying ``value``.

    ``str`` and ``bytes`` are sent as they are, anything else as JSON; the frame type
    follows ``mode``: ``"binary"`` gives bytes frames, anything else text frames.
    """
    from litestar.serialization._msgspec_cache import get_json_encoder

    # PERF: one encoder lookup per handler instead of one per message.
    json_encode = get_json_encoder(serializer).encode

    def to_json(value: Any) -> bytes:
        try:
            return json_encode(value)
        except (TypeError, msgspec.EncodeError) as exc:
            raise SerializationException(str(exc)) from exc

    if mode == "binary":

        def encode_binary(value: Any) -> Message:
            value_type = type(value)
            if value_type is bytes:
                payload = value
            elif value_type is str:
                payload = value.encode("utf-8")
            else:
                payload = to_json(value)
            return {"type": "websocket.send", "bytes": payload, "text": None}

        return encode_binary

    def encode_text(value: Any) -> Message:
        value_type = type(value)
        if value_type is str:
            text = value
        elif value_type is bytes:
            text = value.decode("utf-8")
        else:
            text = to_json(value).decode("utf-8")
        return {"type": "websocket.send", "bytes": None, "text": text}

    return encode_text


def build_send_handler(mode: WebSocketMode, serializer: Callable[[Any], Any]) -> SendHandler:
    """Return ``send(socket, value)`` sending the frame :func:`build_frame_encoder` builds."""
    encode = build_frame_encoder(mode, serializer)

    async def send_value(socket: WebSocket[Any, Any, Any], value: Any) -> None:
        await socket.send(encode(value))

    return send_value


def _identity(value: Any) -> Any:
    return value


def _to_str(value: str | bytes) -> str:
    return value if type(value) is str else value.decode("utf-8")  # type: ignore[union-attr]


def _to_bytes(value: str | bytes) -> bytes:
    return value if type(value) is bytes else value.encode("utf-8")  # type: ignore[union-attr]


def _decode_any(value: str | bytes) -> Any:
    try:
        return _ANY_DECODER.decode(value)
    except msgspec.DecodeError as exc:
        raise SerializationException(str(exc)) from exc


_ANY_DECODER = msgspec.json.Decoder()


def _is_model(annotation: Any) -> bool:
    """Whether ``annotation`` is a class the decoded JSON should be converted into."""
    if not isinstance(annotation, type):
        return False
    if issubclass(annotation, msgspec.Struct) or dataclasses.is_dataclass(annotation):
        return True
    if hasattr(annotation, "__attrs_attrs__"):
        return True
    return issubclass(annotation, dict) and hasattr(annotation, "__required_keys__")


def build_data_decoder(
    annotation: Any,
    mode: WebSocketMode,
    type_decoders: Sequence[Any] | None,
) -> Callable[[str | bytes], Any]:
    """Return the converter from a received frame payload to the ``data`` argument.

    ``str`` and ``bytes`` receive the payload itself; a dataclass, ``msgspec.Struct``,
    attrs class or ``TypedDict`` is decoded and validated from JSON; anything else
    receives the decoded JSON value as is.
    """
    if annotation is str:
        return _identity if mode == "text" else _to_str
    if annotation is bytes:
        return _identity if mode == "binary" else _to_bytes
    target, _ = unwrap_optional(annotation)
    if (target is not annotation and _is_model(target)) or _is_model(annotation):
        from litestar.serialization.msgspec_hooks import default_deserializer

        decoders = list(type_decoders or ())

        def dec_hook(target_type: Any, value: Any) -> Any:
            return default_deserializer(target_type, value, type_decoders=decoders)

        decoder = msgspec.json.Decoder(annotation, dec_hook=dec_hook)

        def decode_model(value: str | bytes) -> Any:
            try:
                return decoder.decode(value)
            except msgspec.ValidationError as exc:
                raise ValidationException(detail=str(exc)) from exc
            except msgspec.DecodeError as exc:
                raise SerializationException(str(exc)) from exc

        return decode_model
    return _decode_any


def merge_signatures(
    signatures: Sequence[ParsedSignature],
    exclude: frozenset[str] = frozenset(),
) -> ParsedSignature:
    """Union of the parameters of ``signatures`` (first wins), without ``exclude``."""
    params: dict[str, ParsedParameter] = {}
    for signature in signatures:
        for name, param in signature.parameters.items():
            if name not in exclude and name not in params:
                params[name] = param
    return ParsedSignature(parameters=params, return_annotation=Empty, has_var_kwargs=False)
