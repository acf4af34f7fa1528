"""Compile a handler's signature into a :class:`KwargsPlan`, collecting wiring errors.

Errors are returned, not raised, so the app can report every misconfigured handler of
an application at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from litestar._kwargs._body import build_body_step, build_dto_body_step
from litestar._kwargs._converters import (
    InvalidValue,
    _annotated_types_meta,
    _apply_meta,
    _generic,
    _meta_for,
    build_converter,
    build_value_check,
    is_sequence_annotation,
)
from litestar._kwargs._plan import Extractor, KwargsPlan
from litestar._signature import ParsedParameter, ParsedSignature, marker_classes, unwrap_optional
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from litestar.connection.request import Request
    from litestar.types.asgi_types import Scope

__all__ = ("RESERVED_KWARGS", "compile_kwargs_plan")

RESERVED_KWARGS = frozenset(
    {"request", "socket", "state", "scope", "headers", "cookies", "query", "body", "data"}
)


def _get_request(scope: Scope, request: Request[Any, Any, Any] | None) -> Any:
    return request


def _get_scope(scope: Scope, request: Request[Any, Any, Any] | None) -> Any:
    return scope


def _get_state(scope: Scope, request: Request[Any, Any, Any] | None) -> Any:
    return scope["app"].state


def _get_headers(scope: Scope, request: Request[Any, Any, Any] | None) -> Any:
    assert request is not None
    return dict(request.headers)


def _get_cookies(scope: Scope, request: Request[Any, Any, Any] | None) -> Any:
    assert request is not None
    return request.cookies


def _get_query(scope: Scope, request: Request[Any, Any, Any] | None) -> Any:
    assert request is not None
    return request.query_params


def _get_query_dict(scope: Scope, request: Request[Any, Any, Any] | None) -> Any:
    assert request is not None
    return dict(request.query_params)


def _is_plain_dict(annotation: Any) -> bool:
    from typing import get_origin

    return annotation is dict or get_origin(annotation) is dict


_RESERVED_GETTERS: dict[str, Callable[[Any, Any], Any]] = {
    "request": _get_request,
    "socket": _get_request,
    "scope": _get_scope,
    "state": _get_state,
    "headers": _get_headers,
    "cookies": _get_cookies,
    "query": _get_query,
}
_NEEDS_REQUEST = frozenset({"request", "socket", "headers", "cookies", "query", "body", "data"})


def _is_state_class(annotation: Any) -> bool:
    from litestar.datastructures.state import ImmutableState

    return isinstance(annotation, type) and issubclass(annotation, ImmutableState)


def compile_kwargs_plan(
    *,
    signature: ParsedSignature,
    location: str,
    path_parameters: Mapping[str, type],
    layered_parameters: Mapping[str, Any],
    dependencies: Mapping[str, Any],
    dec_hook: Callable[[type, Any], Any] | None,
    load_di: Callable[[], Any],
    parse: Callable[[Callable[..., Any]], ParsedSignature],
    errors: list[str],
    is_websocket: bool = False,
    data_dto: Any = None,
) -> KwargsPlan:
    """Build the plan for one handler; append human-readable wiring errors to ``errors``."""
    _, dependency_kwarg, parameter_kwarg = marker_classes()
    params: dict[str, ParsedParameter] = dict(signature.parameters)
    for name, param in params.items():
        if not param.has_annotation:
            errors.append(
                f"{location}: parameter {name!r} does not have a type annotation. "
                f"If it should receive any value, annotate it as 'Any'."
            )
    state = params.get("state")
    if state is not None and state.has_annotation and not _is_state_class(state.annotation):
        errors.append(
            f"{location}: The type annotation `{state.annotation!r}` is an invalid type for the 'state' reserved "
            "kwarg. It must be typed to a subclass of `litestar.datastructures.ImmutableState` or "
            "`litestar.datastructures.State`."
        )
    ambiguous = sorted(name for name in layered_parameters if name in path_parameters)
    if ambiguous:
        errors.append(
            f"{location}: Kwarg resolution ambiguity detected for the following keys: {', '.join(ambiguous)}. "
            "Make sure to use distinct keys for your dependencies, path parameters, and aliased parameters."
        )
    dependency_names = [n for n in params if n in dependencies]
    for name, param in params.items():
        if (
            isinstance(param.kwarg_definition, dependency_kwarg)
            and name not in dependencies
            and param.default is Empty
        ):
            errors.append(
                f"{location}: dependency {name!r} has no provider. Register one with "
                f"dependencies={{{name!r}: Provide(...)}} on the handler, its controller, router or app, "
                f"or give it a default: Dependency(default=...)."
            )
    for name in dependency_names:
        if name in path_parameters:
            errors.append(
                f"{location}: {name!r} is both a path parameter and a dependency; rename one of them."
            )
        if name in RESERVED_KWARGS:
            errors.append(
                f"{location}: {name!r} is a reserved keyword and cannot be used as a dependency name."
            )

    dependency_plan = None
    external: dict[str, ParsedParameter] = {n: p for n, p in params.items() if n not in dependencies}
    if dependency_names:
        graph = load_di().compile_dependencies(
            dependency_names, dependencies, parse, make_check=build_value_check, consumer=params
        )
        errors.extend(f"{location}: {message}" for message in graph.errors)
        dependency_plan = graph.plan
        for name, param in graph.external.items():
            external.setdefault(name, param)

    # Layered parameters (``parameters=`` on the app, a router or a controller), as the
    # reference treats them: one the handler does not declare is only checked for presence;
    # one the handler declares plainly takes its source, alias, default and requiredness
    # from the layer but is converted to the handler's annotation, without the layer's
    # constraints. Requiredness comes from the layer's own type (see `_layered_required`);
    # a missing value that is not required is the handler's default, else the layer's
    # default, else None, validated against the handler's annotation.
    presence_only: set[str] = set()
    layered: set[str] = set()
    layered_required: dict[str, bool] = {}
    layered_default: set[str] = set()
    for name, value in layered_parameters.items():
        if name not in external and name not in dependencies:
            presence_only.add(name)
            layered.add(name)
            external[name] = ParsedParameter(
                name=name,
                annotation=getattr(value, "annotation", Any)
                if getattr(value, "annotation", Empty) is not Empty
                else Any,
                default=getattr(value, "default", Empty),
                kwarg_definition=value,
                has_annotation=True,
                metadata=(),
            )
            layered_required[name] = _layered_required(value, Empty)
        elif name in params and params[name].kwarg_definition is None and isinstance(value, parameter_kwarg):
            layered.add(name)
            own_default = params[name].default
            layered_required[name] = _layered_required(value, own_default)
            if own_default is Empty or own_default is None:
                # Validated below like a received value (it may not fit the annotation).
                layered_default.add(name)
                own_default = None if value.default is Empty else value.default
            external[name] = ParsedParameter(
                name=name,
                annotation=params[name].annotation,
                default=own_default,
                kwarg_definition=value,
                has_annotation=True,
                metadata=params[name].metadata,
            )
        elif (
            name in external
            and isinstance(external[name].kwarg_definition, parameter_kwarg)
            and external[name].default is Empty
            and isinstance(value, parameter_kwarg)
            and value.default is not Empty
        ):
            # The handler's own ``Parameter(...)`` (source, alias, constraints) without a
            # default: the layer's default applies and is validated like a received value.
            layered_default.add(name)
            external[name] = dataclasses.replace(external[name], default=value.default)

    for name, param in external.items():
        if name not in RESERVED_KWARGS or isinstance(param.kwarg_definition, parameter_kwarg):
            # Query, header, cookie, path and injected values: even an empty mutable
            # default is refused, as in the reference.
            _refuse_mutable_default(location, name, param.default, allow_empty=False)
    for name, param in params.items():
        _refuse_mutable_default(location, name, param.default, allow_empty=True)

    path: list[Extractor] = []
    query: list[Extractor] = []
    header: list[Extractor] = []
    cookie: list[Extractor] = []
    reserved: list[tuple[str, Callable[[Any, Any], Any]]] = []
    body_step = None
    wants_raw_body = False
    needs_request = bool(dependency_plan is not None)
    positions = {name: index for index, name in enumerate(params)}
    for name, param in external.items():
        if name in path_parameters:
            annotation, _ = unwrap_optional(param.annotation)
            kwarg = param.kwarg_definition
            constrained = (kwarg is not None and getattr(kwarg, "is_constrained", False)) or (
                _annotated_types_meta(param.metadata) is not None
            )
            convert: Callable[[Any], Any]
            if isinstance(annotation, type) and issubclass(annotation, PurePath) and not constrained:
                convert = annotation
            elif (annotation is not path_parameters[name] and annotation is not Any) or constrained:
                convert = _generic(_apply_meta(param.annotation, _meta_for(kwarg), param.metadata), dec_hook)
            else:
                convert = _passthrough
            path.append(
                _plain_path_extractor(name)
                if convert is _passthrough
                else Extractor(
                    name=name, key=name, source="path", required=True, default=Empty, convert=convert
                )
            )
            continue
        if name in RESERVED_KWARGS:
            if name == "data":
                if isinstance(param.kwarg_definition, parameter_kwarg):
                    pass
                else:
                    body_step = (
                        build_dto_body_step(data_dto, param.kwarg_definition, param.default)
                        if data_dto is not None
                        else build_body_step(
                            param.annotation, param.kwarg_definition, param.default, dec_hook
                        )
                    )
                    needs_request = True
                    continue
            elif name == "body":
                wants_raw_body = True
                needs_request = True
                continue
            elif name == "socket" and not is_websocket:
                errors.append(f"{location}: 'socket' is only available to websocket handlers.")
                continue
            else:
                getter = _RESERVED_GETTERS[name]
                if name == "query" and _is_plain_dict(param.annotation):
                    getter = _get_query_dict
                reserved.append((name, getter))
                needs_request = needs_request or name in _NEEDS_REQUEST
                continue
        kwarg = param.kwarg_definition
        if isinstance(kwarg, dependency_kwarg):
            default = param.default
            reserved.append((name, _constant(None if default is Empty else default)))
            continue
        # ``Body()`` on another name than ``data`` describes a plain query parameter (its
        # default and constraints apply), as the reference treats it.
        source, key = "query", name
        if isinstance(kwarg, parameter_kwarg):
            if kwarg.header:
                source, key = "header", kwarg.header
            elif kwarg.cookie:
                source, key = "cookie", kwarg.cookie
            elif kwarg.query:
                key = kwarg.query
        _, optional = unwrap_optional(param.annotation)
        required = param.default is Empty and not optional
        if name in layered_required:
            required = layered_required[name]
        elif isinstance(kwarg, parameter_kwarg) and kwarg.required is not None:
            required = kwarg.required and param.default is Empty
        default = None if param.default is Empty else param.default
        sequence = is_sequence_annotation(param.annotation)
        try:
            if name in presence_only:
                convert = _passthrough
            else:
                own = None if name in layered else kwarg
                convert = build_converter(param.annotation, own, param.metadata, dec_hook)
        except (TypeError, ValueError) as exc:
            errors.append(f"{location}: parameter {name!r} has an unsupported annotation: {exc}")
            continue
        default_error = None
        if name in layered_default and not (name in layered and required):
            own = None if name in layered else kwarg
            try:
                default = _generic(_apply_meta(param.annotation, _meta_for(own), param.metadata), dec_hook)(
                    default
                )
            except InvalidValue as exc:
                # Reported at request time, when the value is absent and the default is used.
                required, default_error = True, exc.message
        extractor = Extractor(
            name=name,
            key=key,
            source=source,
            required=required,
            default=default,
            convert=convert,
            # Only the query string repeats keys: a header value is one string, as in the reference.
            is_sequence=sequence and source == "query",
            position=positions.get(name, len(positions)),
            report_source=not (name in layered and key != name),
            default_error=default_error,
        )
        {"query": query, "header": header, "cookie": cookie}[source].append(extractor)

    return KwargsPlan(
        path=tuple(path),
        query=tuple(query),
        header=tuple(header),
        cookie=tuple(cookie),
        reserved=tuple(reserved),
        body_step=body_step,
        dependency_plan=dependency_plan,
        handler_args=tuple(params),
        needs_request=needs_request,
        wants_raw_body=wants_raw_body,
        route_path_params=_shared_names(frozenset(path_parameters)),
    )


_MUTABLE_DEFAULTS = (list, dict, set, bytearray)


def _refuse_mutable_default(location: str, name: str, default: Any, *, allow_empty: bool) -> None:
    """Raise ``TypeError`` for a mutable collection used as a default (shared between requests)."""
    if isinstance(default, _MUTABLE_DEFAULTS) and not (allow_empty and not default):
        raise TypeError(
            f"{location}: parameter {name!r} has a mutable default ({default!r}), which would be "
            f"shared between requests. Use an immutable value instead (a tuple, a frozenset) or None."
        )


def _layered_required(value: Any, handler_default: Any) -> bool:
    """Whether a layered parameter must be sent, as the reference decides it.

    Only the layer's own type counts: a parameter without a type (``Any``) or with an
    optional one is never required, even with ``required=True``; ``required=False`` or a
    default other than None (on the layer or the handler) makes it optional.
    """
    if not isinstance(value, marker_classes()[2]) or value.required is False:
        return False
    annotation = value.annotation
    if annotation is Empty or annotation is Any or unwrap_optional(annotation)[1]:
        return False
    return (value.default is Empty or value.default is None) and (
        handler_default is Empty or handler_default is None
    )


def _passthrough(value: Any) -> Any:
    return value


_NAME_SETS: dict[frozenset[str], frozenset[str]] = {}


def _shared_names(names: frozenset[str]) -> frozenset[str]:
    """One object per distinct set of path parameter names (plans of many handlers hold one)."""
    return _NAME_SETS.setdefault(names, names)


@cache
def _plain_path_extractor(name: str) -> Extractor:
    """The extractor of a path parameter used as the route converted it, shared by all handlers."""
    return Extractor(name=name, key=name, source="path", required=True, default=Empty, convert=_passthrough)


def _constant(value: Any) -> Callable[[Any, Any], Any]:
    def get(scope: Scope, request: Any) -> Any:
        return value

    return get
