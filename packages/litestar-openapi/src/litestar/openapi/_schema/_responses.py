"""The ``responses`` of an operation: success, documented errors and ``ResponseSpec``s."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, get_args, get_origin

from litestar.enums import MediaType
from litestar.exceptions import HTTPException, ValidationException
from litestar.openapi._schema._field import make_field
from litestar.openapi.spec import (
    Example,
    OpenAPIFormat,
    OpenAPIHeader,
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Schema,
)
from litestar.response import File, Redirect, Response, Stream
from litestar.response.sse import ServerSentEvent
from litestar.response.template import Template
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from litestar.handlers import HTTPRouteHandler
    from litestar.openapi._schema._creator import SchemaCreator
    from litestar.openapi.datastructures import ResponseSpec
    from litestar.openapi.spec import Reference

__all__ = ("create_responses",)

_CAMEL_SPLIT = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _phrase(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).description
    except ValueError:
        return "Additional response"


_ERROR_SCHEMAS: dict[tuple[type[HTTPException], int], Schema] = {}


def _error_schema(exc: type[HTTPException], status_code: int) -> Schema:
    """The body schema of an error response (built once per exception and status: shared)."""
    key = (exc, status_code)
    cached = _ERROR_SCHEMAS.get(key)
    if cached is None:
        cached = _ERROR_SCHEMAS[key] = _build_error_schema(exc, status_code)
    return cached


def _build_error_schema(exc: type[HTTPException], status_code: int) -> Schema:
    detail = getattr(exc, "detail", "") or _status_phrase(status_code)
    return Schema(
        properties={
            "status_code": Schema(type=OpenAPIType.INTEGER),
            "detail": Schema(type=OpenAPIType.STRING),
            "extra": Schema(
                type=[OpenAPIType.NULL, OpenAPIType.OBJECT, OpenAPIType.ARRAY],
                additional_properties=Schema(),
            ),
        },
        type=OpenAPIType.OBJECT,
        required=["detail", "status_code"],
        description=_CAMEL_SPLIT.sub(" ", exc.__name__),
        examples=[{"status_code": status_code, "detail": detail, "extra": {}}],
    )


def _status_phrase(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return ""


def _file_headers() -> dict[str, OpenAPIHeader | Reference]:
    return {
        "content-length": OpenAPIHeader(
            schema=Schema(type=OpenAPIType.STRING), description="File size in bytes"
        ),
        "last-modified": OpenAPIHeader(
            schema=Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.DATE_TIME),
            description="Last modified data-time in RFC 2822 format",
        ),
        "etag": OpenAPIHeader(schema=Schema(type=OpenAPIType.STRING), description="Entity tag"),
    }


def _is_subclass(annotation: Any, kind: type) -> bool:
    target = get_origin(annotation) or annotation
    return isinstance(target, type) and issubclass(target, kind)


def _success(handler: HTTPRouteHandler, creator: SchemaCreator) -> tuple[str, OpenAPIResponse]:
    status = handler.status_code
    annotation = handler.parsed_fn_signature.return_annotation
    media_type = str(getattr(handler.media_type, "value", handler.media_type))
    description = handler.response_description
    headers: dict[str, OpenAPIHeader | Reference] = {}
    content: dict[str, OpenAPIMediaType] | None = None
    if _is_subclass(annotation, Redirect):
        description = description or "Redirect Response"
        headers["location"] = OpenAPIHeader(
            schema=Schema(type=OpenAPIType.STRING), description="target path for the redirect"
        )
    elif _is_subclass(annotation, (File, Stream, ServerSentEvent)):  # type: ignore[arg-type]
        is_file = _is_subclass(annotation, File)
        description = description or ("File Download" if is_file else "Stream Response")
        headers.update(_file_headers())
        content = {
            (handler.content_media_type or ""): OpenAPIMediaType(
                schema=Schema(
                    type=OpenAPIType.STRING,
                    content_encoding=handler.content_encoding,
                    content_media_type=handler.content_media_type or "application/octet-stream",
                )
            )
        }
    elif _is_subclass(annotation, Template):
        content = {MediaType.HTML.value: OpenAPIMediaType(schema=Schema(type=OpenAPIType.STRING))}
    else:
        if _is_subclass(annotation, Response):
            args = get_args(annotation)
            annotation = args[0] if args else Any
        if annotation is not None and annotation is not type(None) and annotation is not Empty:
            dto = handler.resolve_return_dto()
            if dto is not None:
                field = make_field(annotation, name="return")
                schema = creator.for_dto(dto, field, handler, inbound=False)
            else:
                schema = creator.for_annotation(annotation)
            if isinstance(schema, Schema) and handler.content_encoding:
                schema.content_encoding = handler.content_encoding
            if isinstance(schema, Schema) and handler.content_media_type:
                schema.content_media_type = handler.content_media_type
            content = {media_type: OpenAPIMediaType(schema=schema)}
    for header in _response_headers(handler):
        headers[header.name] = OpenAPIHeader(
            # A header object needs a schema to be valid OpenAPI 3.1 (2.17 leaves it out for
            # documentation-only headers).
            schema=Schema(type=OpenAPIType.STRING),
            description=header.description,
            required=header.required,
            deprecated=header.deprecated,
        )
    cookies = handler.resolve_response_cookies()
    if cookies:
        headers["Set-Cookie"] = OpenAPIHeader(
            schema=Schema(all_of=[_cookie_schema(c) for c in sorted(cookies, key=lambda c: c.key)])
        )
    return str(status), OpenAPIResponse(
        description=description or _phrase(status), headers=headers, content=content
    )


def _response_headers(handler: HTTPRouteHandler) -> list[Any]:
    """The layered response headers, innermost layer winning, with their documentation."""
    from litestar.datastructures import ResponseHeader

    found: dict[str, Any] = {}
    for layer in handler.ownership_layers:
        headers = getattr(layer, "response_headers", None) or ()
        if isinstance(headers, Mapping):
            headers = [ResponseHeader(name=k, value=v) for k, v in headers.items()]
        for header in headers:
            found[header.name.lower()] = header
    return list(found.values())


def _cookie_schema(cookie: Any) -> Schema:
    parts = [f'{cookie.key}="<string>"', f"Path={cookie.path}"]
    if cookie.domain:
        parts.append(f"Domain={cookie.domain}")
    if cookie.expires is not None:
        parts.append(f"expires={cookie.expires}")
    if cookie.max_age is not None:
        parts.append(f"Max-Age={cookie.max_age}")
    if cookie.secure:
        parts.append("Secure")
    if cookie.httponly:
        parts.append("HttpOnly")
    if cookie.samesite:
        parts.append(f"SameSite={cookie.samesite}")
    return Schema(description=cookie.description, example="; ".join(parts))


def _spec_examples(spec: ResponseSpec) -> dict[str, Example | Reference] | None:
    if not spec.examples:
        return None
    stem = getattr(spec.data_container, "__name__", "response").lower()
    return {
        f"{stem}-example-{i}": Example(
            summary=e.summary, description=e.description, value=e.value, external_value=e.external_value
        )
        for i, e in enumerate(spec.examples, start=1)
    }


def _spec_schema(spec: ResponseSpec, creator: SchemaCreator) -> Schema | Reference:
    schema = creator.for_annotation(spec.data_container)
    if spec.generate_examples:
        creator.example_roots.append(schema)
    else:
        creator.example_skipped.add(id(schema))
    return schema


def _spec_response(spec: ResponseSpec, creator: SchemaCreator) -> OpenAPIResponse:
    content = None
    if spec.data_container is not None:
        content = {
            str(getattr(spec.media_type, "value", spec.media_type)): OpenAPIMediaType(
                schema=_spec_schema(spec, creator), examples=_spec_examples(spec)
            )
        }
    return OpenAPIResponse(description=spec.description, content=content)


def _specs_response(specs: Sequence[ResponseSpec], creator: SchemaCreator) -> OpenAPIResponse:
    """Several specs for one status code: per media type, ``oneOf`` their described schemas."""
    if len(specs) == 1:
        return _spec_response(specs[0], creator)
    by_media_type: dict[str, list[ResponseSpec]] = {}
    for spec in specs:
        if spec.data_container is not None:
            media_type = str(getattr(spec.media_type, "value", spec.media_type))
            by_media_type.setdefault(media_type, []).append(spec)
    content: dict[str, OpenAPIMediaType] = {}
    for media_type, group in by_media_type.items():
        members: list[Schema | Reference] = [
            Schema(all_of=[_spec_schema(spec, creator)], description=spec.description) for spec in group
        ]
        examples: dict[str, Example | Reference] = {}
        for spec in group:
            examples.update(_spec_examples(spec) or {})
        schema = members[0] if len(members) == 1 else Schema(one_of=members)
        content[media_type] = OpenAPIMediaType(schema=schema, examples=examples or None)
    description = "; ".join(dict.fromkeys(spec.description for spec in specs))
    return OpenAPIResponse(description=description, content=content or None)


def _error_responses(exceptions: list[type[HTTPException]]) -> dict[str, OpenAPIResponse]:
    grouped: dict[int, list[type[HTTPException]]] = {}
    for exc in exceptions:
        code = getattr(exc, "status_code", 500)
        group = grouped.setdefault(code, [])
        if exc not in group:
            group.append(exc)
    result: dict[str, OpenAPIResponse] = {}
    for code, group in grouped.items():
        schemas = [_error_schema(exc, code) for exc in group]
        schema: Any = schemas[0] if len(schemas) == 1 else Schema(one_of=schemas)
        description = getattr(group[0], "detail", "") or _phrase(code)
        result[str(code)] = OpenAPIResponse(
            description=description,
            content={MediaType.JSON.value: OpenAPIMediaType(schema=schema)},
        )
    return result


def create_responses(
    handler: HTTPRouteHandler, creator: SchemaCreator, has_parameters: bool
) -> dict[str, OpenAPIResponse]:
    """All documented responses of ``handler``.

    Args:
        handler: The route handler.
        creator: The document's schema creator.
        has_parameters: Whether the operation reads parameters or a body, so that it can
            answer 400 with a validation error.

    Returns:
        Status code (as a string) -> response.
    """
    code, success = _success(handler, creator)
    responses: dict[str, OpenAPIResponse] = {code: success}
    exceptions: list[type[HTTPException]] = [e for e in handler.raises or () if issubclass(e, HTTPException)]
    if has_parameters:
        exceptions = [ValidationException, *exceptions]
    errors = _error_responses(exceptions)
    specs = handler.responses or {}
    for status, response in errors.items():
        if int(status) not in specs and status not in responses:
            responses[status] = response
    for spec_status, spec in specs.items():
        several = spec if isinstance(spec, (list, tuple)) else [spec]
        responses[str(spec_status)] = _specs_response(several, creator)
    return _order(responses, code, has_parameters)


def _order(
    responses: dict[str, OpenAPIResponse], success: str, has_parameters: bool
) -> dict[str, OpenAPIResponse]:
    if not has_parameters or "400" not in responses:
        return responses
    validation = responses.pop("400")
    responses["400"] = validation
    return responses
