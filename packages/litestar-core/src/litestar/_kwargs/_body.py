"""Decoders for the ``data`` argument: JSON, msgpack, url-encoded and multipart bodies.

One decoder is built per handler at startup from the ``data`` annotation and its
``Body(media_type=...)``. JSON and msgpack bodies are decoded straight into the target
type by a cached msgspec decoder (lax, so ``"1"`` is accepted for an ``int`` as the
reference does); forms are parsed by the request and then converted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, get_args, get_origin

import msgspec

from litestar._kwargs._converters import msgspec_error_message
from litestar._kwargs._plan import validation_failed
from litestar._signature import unwrap_optional
from litestar.enums import RequestEncodingType
from litestar.exceptions.http_exceptions import ClientException
from litestar.serialization.msgspec_hooks import default_deserializer
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from litestar.connection.request import Request
    from litestar.exceptions.http_exceptions import ValidationException
    from litestar.types.asgi_types import Scope

__all__ = ("build_body_step", "build_dto_body_step")

BodyStep = Callable[[Any, "Request[Any, Any, Any] | None"], Any]


def _body_error(scope: Scope, message: str, key: str) -> ValidationException:
    return validation_failed(scope, [{"message": message, "key": key, "source": "body"}])


def _is_upload(annotation: Any) -> bool:
    from litestar.datastructures.upload_file import UploadFile

    return annotation is UploadFile


def build_body_step(
    annotation: Any,
    kwarg_definition: Any,
    default: Any,
    dec_hook: Callable[[type, Any], Any] | None,
) -> BodyStep:
    """Return the coroutine function that produces ``data`` for one handler."""
    # Types msgspec does not know go through the default deserializer (as the reference).
    dec_hook = dec_hook or default_deserializer
    media_type = getattr(kwarg_definition, "media_type", RequestEncodingType.JSON)
    if media_type in (RequestEncodingType.URL_ENCODED, RequestEncodingType.MULTI_PART):
        inner, optional = unwrap_optional(annotation)
        # An empty form is ``None`` for an optional annotation and otherwise an empty
        # mapping converted to the annotation: the default is not used, as in the reference.
        return _form_step(inner, media_type, optional and annotation is not Any, dec_hook)
    # An empty JSON or msgpack body takes the default; without one it is an error, even
    # for an optional annotation (as in the reference).
    fallback = default
    try:
        if media_type == RequestEncodingType.MESSAGEPACK:
            decoder: Any = msgspec.msgpack.Decoder(annotation, strict=False, dec_hook=dec_hook)
        else:
            decoder = msgspec.json.Decoder(annotation, strict=False, dec_hook=dec_hook)
    except TypeError as exc:
        return _undecodable_step(str(exc))
    decode = decoder.decode
    untyped_decode = (
        msgspec.msgpack.decode if media_type == RequestEncodingType.MESSAGEPACK else msgspec.json.decode
    )

    async def decode_body(scope: Scope, request: Request[Any, Any, Any] | None) -> Any:
        assert request is not None
        body = await request.body()
        if not body:
            if fallback is Empty:
                raise _body_error(scope, "'data'", "data")
            return fallback
        try:
            return decode(body)
        except ClientException as exc:
            # A type decoder (e.g. of a model library) reports its field errors as a 400 with
            # a list of ``{"message", "key"}``: they are reported as this request's validation.
            if isinstance(exc.extra, list) and not exc.detail.startswith("Validation failed"):
                raise validation_failed(scope, exc.extra) from None
            raise
        except msgspec.ValidationError as exc:
            _raise_if_undecodable(untyped_decode, body)
            message, error_key = msgspec_error_message(exc)
            raise _body_error(scope, message, error_key or "data") from None
        except msgspec.DecodeError as exc:
            raise ClientException(detail=str(exc)) from None

    return decode_body


def build_dto_body_step(dto: Any, kwarg_definition: Any, default: Any) -> BodyStep:
    """Return the step decoding ``data`` through a DTO class (its plan was built at startup).

    JSON and msgpack bodies go to ``dto(request).decode_bytes``; forms are parsed by the
    request and go to ``decode_builtins``.
    """
    media_type = getattr(kwarg_definition, "media_type", RequestEncodingType.JSON)
    if media_type in (RequestEncodingType.URL_ENCODED, RequestEncodingType.MULTI_PART):

        async def decode_form_dto(scope: Scope, request: Request[Any, Any, Any] | None) -> Any:
            assert request is not None
            form = await request.form()
            return dto(request).decode_builtins(dict(form.items()))

        return decode_form_dto

    async def decode_dto(scope: Scope, request: Request[Any, Any, Any] | None) -> Any:
        assert request is not None
        body = await request.body()
        if not body:
            if default is Empty:
                raise _body_error(scope, "'data'", "data")
            return default
        return dto(request).decode_bytes(body)

    return decode_dto


def _raise_if_undecodable(untyped_decode: Callable[[bytes], Any], body: bytes) -> None:
    """Report a body that fails even untyped decoding (malformed, or a number out of range) as such.

    The reference decodes the body before converting it to the annotation, so such a
    body gets the decoder's message as ``detail`` (e.g. trailing characters after a value
    the typed decoder already rejected). Only runs on the error path.
    """
    try:
        untyped_decode(body)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise ClientException(detail=str(exc)) from None
    except RecursionError:
        pass


def _undecodable_step(message: str) -> BodyStep:
    """A type msgspec cannot decode (e.g. an enum mixing str and int values).

    The reference starts and answers 500 to every request of such a handler: so do we.
    """

    async def undecodable(scope: Scope, request: Request[Any, Any, Any] | None) -> Any:
        raise TypeError(message)

    return undecodable


async def _untyped_form(request: Request[Any, Any, Any], multipart: bool) -> list[tuple[str, Any]]:
    """Read a form sent without a content type as the handler's declared encoding."""
    body = await request.body()
    if not body:
        return []
    if multipart:  # without a content type there is no boundary to split on
        raise ClientException(detail="Invalid multipart/form-data")
    from litestar._parsers import parse_url_encoded_form

    return parse_url_encoded_form(body)


def _form_step(
    annotation: Any,
    media_type: Any,
    none_when_empty: bool,
    dec_hook: Callable[[type, Any], Any] | None,
) -> BodyStep:
    origin = get_origin(annotation)
    wants_single_file = _is_upload(annotation)
    wants_file_list = (
        origin in (list, tuple) and bool(get_args(annotation)) and _is_upload(get_args(annotation)[0])
    )
    passthrough = annotation is Any or annotation is object
    # Multipart forms (not url-encoded ones, as in the reference) accept a single value for
    # a field declared as a sequence: find those fields once, here.
    multipart = media_type == RequestEncodingType.MULTI_PART
    wrap_keys = _sequence_fields(annotation) if multipart else frozenset()
    expected = str(media_type.value if hasattr(media_type, "value") else media_type)

    async def decode_form(scope: Scope, request: Request[Any, Any, Any] | None) -> Any:
        assert request is not None
        content_type = request.content_type[0]
        if not content_type:
            items = await _untyped_form(request, multipart)
        elif content_type == expected or (
            expected == RequestEncodingType.URL_ENCODED and content_type == RequestEncodingType.MULTI_PART
        ):
            items = list((await request.form()).multi_items())
        else:
            raise ClientException(
                status_code=415,
                detail=f"Unsupported media type {content_type!r}: this endpoint expects {expected!r}",
            )
        if not items and none_when_empty:
            return None
        if wants_single_file:
            for _, value in items:
                if _is_upload(type(value)):
                    return value
            raise _body_error(scope, "Expected a file upload", "data")
        if wants_file_list:
            return [value for _, value in items if _is_upload(type(value))]
        values: dict[str, Any] = {}
        for key, value in items:
            if key in values:
                existing = values[key]
                values[key] = [*existing, value] if isinstance(existing, list) else [existing, value]
            else:
                values[key] = value
        if passthrough:
            return values
        if wrap_keys:
            for key in wrap_keys:
                if key in values and not isinstance(values[key], list):
                    values[key] = [values[key]]
        try:
            return msgspec.convert(values, annotation, strict=False, dec_hook=dec_hook)
        except msgspec.ValidationError as exc:
            message, error_key = msgspec_error_message(exc)
            raise _body_error(scope, message, error_key or "data") from None

    return decode_form


def _is_sequence_info(info: Any) -> bool:
    # PERF: msgspec.inspect is imported only by apps with form bodies.
    import msgspec.inspect

    if isinstance(info, msgspec.inspect.UnionType):
        return any(_is_sequence_info(member) for member in info.types)
    return isinstance(
        info,
        (
            msgspec.inspect.ListType,
            msgspec.inspect.SetType,
            msgspec.inspect.FrozenSetType,
            msgspec.inspect.VarTupleType,
            msgspec.inspect.TupleType,
        ),
    )


def _sequence_fields(annotation: Any) -> frozenset[str]:
    """Which form keys of ``annotation`` hold sequences.

    Only the fields of classes (dataclass, Struct, TypedDict...) are wrapped; the values of
    a ``dict[str, list[...]]`` are not, as in the reference.
    """
    import msgspec.inspect

    try:
        info = msgspec.inspect.type_info(annotation)
    except TypeError:  # not decodable at all: converting the form fails with a 500, as in the reference
        return frozenset()
    fields = getattr(info, "fields", None) or ()
    return frozenset(f.encode_name for f in fields if _is_sequence_info(f.type))
