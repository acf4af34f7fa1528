"""The parameters and request body of an operation, read from the handler's signature.

Path, query, header and cookie parameters come from the handler and from the dependency
providers it uses (recursively), as the framework extracts them at request time.
"""

from __future__ import annotations

import inspect
import typing
from typing import TYPE_CHECKING, Annotated, Any, get_args, get_origin

from litestar.enums import RequestEncodingType
from litestar.openapi._schema._constraints import DefaultValue, apply_constraints
from litestar.openapi._schema._field import make_field
from litestar.openapi._schema._types import NONE_TYPE, is_union
from litestar.openapi.spec import (
    Example,
    OpenAPIFormat,
    OpenAPIMediaType,
    OpenAPIType,
    Parameter,
    RequestBody,
    Schema,
)
from litestar.params import BodyKwarg, DependencyKwarg, ParameterKwarg
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from litestar.handlers import HTTPRouteHandler
    from litestar.openapi._schema._creator import SchemaCreator

__all__ = ("create_parameters", "create_request_body")

_RESERVED = frozenset({"request", "socket", "state", "scope", "headers", "cookies", "query", "body", "data"})


class _Param:
    __slots__ = ("annotation", "default", "kwarg", "name")

    def __init__(self, name: str, annotation: Any, default: Any, kwarg: Any) -> None:
        self.name = name
        self.annotation = annotation
        self.default = default
        self.kwarg = kwarg


def _is_optional(annotation: Any) -> bool:
    if annotation is Any or annotation is None or annotation is NONE_TYPE:
        return True
    return is_union(annotation) and NONE_TYPE in get_args(annotation)


def _from_parsed(parsed: Any) -> list[_Param]:
    return [_Param(p.name, p.annotation, p.default, p.kwarg_definition) for p in parsed.parameters.values()]


def _from_callable(fn: Any) -> list[_Param]:
    """Read a dependency provider's parameters (the handler's are parsed by core)."""
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError):
        return []
    target = fn.__init__ if isinstance(fn, type) else fn  # type: ignore[misc]
    try:
        hints = typing.get_type_hints(target, include_extras=True)
    except Exception:  # noqa: BLE001 - unresolvable hints document as untyped
        hints = {}
    result = []
    for name, param in signature.parameters.items():
        if param.kind in (param.VAR_KEYWORD, param.VAR_POSITIONAL) or name == "self":
            continue
        annotation = hints.get(name, Any)
        kwarg = None
        if get_origin(annotation) is Annotated:
            annotation, *metadata = get_args(annotation)
            kwarg = next(
                (m for m in metadata if isinstance(m, (ParameterKwarg, BodyKwarg, DependencyKwarg))), None
            )
        default = Empty if param.default is inspect.Parameter.empty else param.default
        if isinstance(default, (ParameterKwarg, BodyKwarg, DependencyKwarg)):
            kwarg, default = default, Empty
        if kwarg is not None and getattr(kwarg, "default", Empty) is not Empty:
            default = kwarg.default
        result.append(_Param(name, annotation, default, kwarg))
    return result


def _collect(
    params: list[_Param],
    dependencies: dict[str, Any],
    seen: set[str],
    out: list[_Param],
) -> None:
    for param in params:
        if param.name in seen:
            continue
        if isinstance(param.kwarg, DependencyKwarg):
            continue
        provider = dependencies.get(param.name)
        if provider is not None:
            seen.add(param.name)
            fn = getattr(provider, "dependency", provider)
            _collect(_from_callable(fn), dependencies, seen, out)
            continue
        if param.name in _RESERVED and not isinstance(param.kwarg, ParameterKwarg):
            continue
        seen.add(param.name)
        out.append(param)


def _path_parameter_names(handler: HTTPRouteHandler) -> set[str]:
    names: set[str] = set()
    for path in handler.paths:
        for segment in path.split("/"):
            if segment.startswith("{") and segment.endswith("}"):
                names.add(segment[1:-1].split(":")[0])
    return names


def create_parameters(
    handler: HTTPRouteHandler, route_path_parameters: dict[str, Any], creator: SchemaCreator
) -> list[Parameter]:
    """The parameters of an operation, in signature order (dependency parameters inline).

    Args:
        handler: The route handler.
        route_path_parameters: Name -> path parameter of the route being documented.
        creator: The document's schema creator.

    Returns:
        The OpenAPI parameter objects.
    """
    collected: list[_Param] = []
    layered = handler.resolve_layered_parameters()
    _collect(_from_parsed(handler.parsed_fn_signature), handler.resolve_dependencies(), set(), collected)
    handler_path_names = _path_parameter_names(handler)
    seen = {p.name for p in collected}
    for name, kwarg in layered.items():
        if name not in seen:
            annotation = getattr(kwarg, "annotation", Empty)
            collected.append(
                _Param(
                    name, Any if annotation is Empty else annotation, getattr(kwarg, "default", Empty), kwarg
                )
            )
    result: list[Parameter] = []
    for param in collected:
        kwarg = param.kwarg if isinstance(param.kwarg, ParameterKwarg) else None
        if param.name in layered and kwarg is None:
            kwarg = layered[param.name]
        if kwarg is not None and not kwarg.include_in_schema:
            continue
        if param.name in handler_path_names and not (kwarg and (kwarg.header or kwarg.cookie or kwarg.query)):
            path_param = route_path_parameters.get(param.name)
            if path_param is None:
                continue
            annotation = param.annotation if param.annotation is not Any else path_param.type
            result.append(_parameter(param, annotation, "path", param.name, True, kwarg, creator))
            continue
        if kwarg is not None and kwarg.header:
            location, name = "header", kwarg.header
        elif kwarg is not None and kwarg.cookie:
            location, name = "cookie", kwarg.cookie
        else:
            location, name = "query", (kwarg.query if kwarg is not None and kwarg.query else param.name)
        if kwarg is not None and kwarg.required is not None:
            required = kwarg.required
        else:
            required = param.default is Empty and not _is_optional(param.annotation)
        result.append(_parameter(param, param.annotation, location, name, required, kwarg, creator))
    # Path parameters the handler does not take are documented too (as 2.17 does), after
    # the others, in path order (2.17's order follows a set's, which changes with the hash seed).
    taken = {p.name for p in collected}
    for name, path_param in route_path_parameters.items():
        if name in taken:
            continue
        undeclared = _Param(name, path_param.type, Empty, None)
        result.append(_parameter(undeclared, path_param.type, "path", name, True, None, creator))
    return result


def _parameter(
    param: _Param,
    annotation: Any,
    location: str,
    name: str,
    required: bool,
    kwarg: ParameterKwarg | None,
    creator: SchemaCreator,
) -> Parameter:
    schema = creator.for_annotation(annotation, kwarg)
    if param.default is not Empty and param.default is not None:
        schema = apply_constraints(schema, DefaultValue(param.default))
    examples = None
    given: list[Any] = list(kwarg.examples or ()) if kwarg is not None else []
    if given:
        examples = {
            f"{param.name}-example-{i}": Example(
                summary=e.summary, description=e.description, value=e.value, external_value=e.external_value
            )
            for i, e in enumerate(given, start=1)
        }
    is_query = location == "query"
    return Parameter(
        name=name,
        param_in=location,
        schema=schema,
        description=kwarg.description if kwarg is not None else None,
        required=required,
        allow_empty_value=False if is_query else None,  # type: ignore[arg-type]
        allow_reserved=False if is_query else None,  # type: ignore[arg-type]
        examples=examples,
    )


def create_request_body(handler: HTTPRouteHandler, creator: SchemaCreator) -> RequestBody | None:
    """The request body of an operation (from its ``data`` parameter), if it has one.

    Args:
        handler: The route handler.
        creator: The document's schema creator.

    Returns:
        The request body object, or ``None``.
    """
    data = handler.parsed_fn_signature.parameters.get("data")
    if data is None:
        return None
    kwarg = data.kwarg_definition if isinstance(data.kwarg_definition, BodyKwarg) else None
    media_type = kwarg.media_type if kwarg is not None else RequestEncodingType.JSON
    media_type_value = str(getattr(media_type, "value", media_type))
    annotation = data.annotation
    dto = handler.resolve_data_dto()
    if dto is not None:
        field = make_field(annotation, name="data", kwarg_definition=kwarg)
        schema: Any = creator.for_dto(dto, field, handler, inbound=True)
    elif media_type_value == RequestEncodingType.MULTI_PART.value:
        schema = _multipart_schema(annotation, creator)
    else:
        schema = creator.for_annotation(annotation, kwarg)
    return RequestBody(
        content={media_type_value: OpenAPIMediaType(schema=schema)},
        required=data.default is Empty and not _is_optional(annotation),
    )


def _is_upload(annotation: Any) -> bool:
    return getattr(annotation, "__name__", "") == "UploadFile"


def _file_schema() -> Schema:
    return Schema(
        type=OpenAPIType.STRING,
        format=OpenAPIFormat.BINARY,
        content_media_type="application/octet-stream",
    )


def _multipart_schema(annotation: Any, creator: SchemaCreator) -> Any:
    if _is_upload(annotation):
        return Schema(type=OpenAPIType.OBJECT, properties={"file": _file_schema()})
    origin = get_origin(annotation)
    args = get_args(annotation)
    if origin in (list, typing.Sequence) and args and _is_upload(args[0]):
        return Schema(type=OpenAPIType.ARRAY, items=_file_schema())
    if origin is dict and len(args) == 2 and _is_upload(args[1]):
        return Schema(type=OpenAPIType.OBJECT, additional_properties=_file_schema())
    return creator.for_annotation(annotation)
