"""The argument plan of a handler: what to extract from a request, compiled at startup.

For each handler the plan lists, per source (path, query, header, cookie, body, reserved
names, dependencies), which values to read, under which key, with which converter and
default. At request time :meth:`KwargsPlan.resolve` only runs those steps: nothing is
inspected, and query/header/cookie parsing happens only when the handler asks for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from litestar._kwargs._converters import Converter, InvalidValue
from litestar._kwargs._model_api import KwargsModelAPI
from litestar.exceptions.http_exceptions import ValidationException

if TYPE_CHECKING:
    from litestar.connection.request import Request
    from litestar.types.asgi_types import Scope

__all__ = ("Extractor", "KwargsPlan", "missing_parameter", "validation_failed")


class Extractor:
    """Reads one named value from one source of the request."""

    __slots__ = (
        "convert",
        "default",
        "default_error",
        "is_sequence",
        "key",
        "lookup",
        "name",
        "position",
        "report_source",
        "required",
        "source",
        "take_last",
    )

    def __init__(
        self,
        *,
        name: str,
        key: str,
        source: str,
        required: bool,
        default: Any,
        convert: Converter,
        is_sequence: bool = False,
        position: int = 0,
        report_source: bool = True,
        default_error: str | None = None,
    ) -> None:
        self.default_error = default_error
        """Why the (layered) default is invalid: reported instead of a missing value."""
        self.position = position
        """Rank of the parameter in the handler signature: validation errors are listed in it."""
        self.report_source = report_source
        """Whether validation errors carry a ``source`` (not for aliased layered parameters)."""
        self.name = name
        self.key = key
        self.source = source
        self.required = required
        self.default = default
        self.convert = convert
        self.is_sequence = is_sequence
        self.lookup = key.lower() if source == "header" else key
        """The key in the parsed source (header names are matched lower-cased)."""
        self.take_last = source == "query" and not is_sequence
        """Query values are lists; a scalar parameter takes the last one."""


def missing_parameter(source: str, key: str, scope: Scope) -> ValidationException:
    """Build the 400 error for a required parameter that is absent."""
    query = scope.get("query_string", b"")
    path = scope.get("root_path", "") + scope["path"] + ("?" + query.decode("latin-1") if query else "")
    return ValidationException(detail=f"Missing required {source} parameter {key!r} for path {path}")


def _error(ex: Extractor, message: str) -> tuple[int, dict[str, Any]]:
    entry = {"message": message, "key": ex.name, "source": ex.source}
    if not ex.report_source:
        del entry["source"]
    return ex.position, entry


def validation_failed(scope: Scope, errors: list[dict[str, Any]]) -> ValidationException:
    """Build the 400 error listing every failing value with its key and source."""
    query = scope.get("query_string", b"")
    # The request's URL path, as the reference reports it: `root_path` + `path` (+ query).
    target = scope.get("root_path", "") + scope["path"] + ("?" + query.decode("latin-1") if query else "")
    return ValidationException(
        detail=f"Validation failed for {scope.get('method', 'ScopeType.WEBSOCKET')} {target}", extra=errors
    )


def _header_dict(scope: Scope) -> dict[str, str]:
    # The first of repeated headers wins (as the reference, also for ``cookie``).
    headers: dict[str, str] = {}
    for raw_key, raw_value in scope["headers"]:
        key = raw_key.decode("latin-1").lower()
        if key not in headers:
            headers[key] = raw_value.decode("latin-1")
    return headers


class KwargsPlan(KwargsModelAPI):
    """Everything needed to build a handler's keyword arguments for one request.

    It also answers 2.17's kwargs/signature model calls (:class:`KwargsModelAPI`).
    """

    __slots__ = (
        "body_step",
        "cookie",
        "dependency_plan",
        "exact",
        "handler_args",
        "header",
        "needs_request",
        "path",
        "query",
        "reserved",
        "route_path_params",
        "sync_resolve",
        "wants_raw_body",
    )

    def __init__(
        self,
        *,
        path: tuple[Extractor, ...],
        query: tuple[Extractor, ...],
        header: tuple[Extractor, ...],
        cookie: tuple[Extractor, ...],
        reserved: tuple[tuple[str, Callable[[Any, Request[Any, Any, Any] | None], Any]], ...],
        body_step: Any,
        dependency_plan: Any,
        handler_args: tuple[str, ...],
        needs_request: bool,
        wants_raw_body: bool = False,
        route_path_params: frozenset[str] | None = None,
    ) -> None:
        self.wants_raw_body = wants_raw_body
        self.route_path_params = route_path_params
        """Every path parameter the route captures (``None``: unknown), declared by the handler or not."""
        self.path = path
        self.query = query
        self.header = header
        self.cookie = cookie
        self.reserved = reserved
        self.body_step = body_step
        self.dependency_plan = dependency_plan
        self.handler_args = handler_args
        self.needs_request = needs_request
        produced = {ex.name for ex in (*path, *query, *header, *cookie)} | {name for name, _ in reserved}
        if wants_raw_body:
            produced.add("body")
        if body_step is not None:
            produced.add("data")
        if dependency_plan is not None:
            produced |= {step.name for step in getattr(dependency_plan, "steps", ())}
        self.exact = produced == set(handler_args)
        """Whether the extracted values are exactly the handler's arguments (no filtering)."""
        self.sync_resolve = self._build_sync_resolve()
        """A synchronous resolver when no step needs to await (no body, no dependencies)."""

    @property
    def is_empty(self) -> bool:
        """Whether the handler takes no arguments at all."""
        return not self.handler_args and not (self.query or self.header or self.cookie or self.path)

    def _build_sync_resolve(self) -> Callable[[Any], dict[str, Any]] | None:
        if self.body_step is not None or self.wants_raw_body or self.dependency_plan is not None:
            return None
        if self.reserved or self.needs_request:
            return None
        if (
            self.path
            and not (self.query or self.header or self.cookie)
            and all(ex.convert.__name__ == "_passthrough" for ex in self.path)
            and tuple(ex.name for ex in self.path) == self.handler_args
            and all(ex.key == ex.name for ex in self.path)
            and self.route_path_params == frozenset(self.handler_args)
        ):
            # PERF: the converted path parameters are exactly the handler's arguments
            # (a route may capture more, e.g. a router's `/{org:int}` the handler ignores).
            return _path_params_only
        return self._resolve_plain

    def _resolve_plain(self, scope: Scope) -> dict[str, Any]:
        """Path, query, header and cookie values only (no awaiting needed)."""
        values = self._extract(scope, {})
        return values if self.exact else {name: values[name] for name in self.handler_args}

    def _extract(self, scope: Scope, values: dict[str, Any]) -> dict[str, Any]:
        # Missing values are reported for headers first, then cookies, then the query (as
        # the reference does); conversion errors are listed in signature order.
        errors: list[tuple[int, dict[str, Any]]] | None = None
        if self.path:
            path_params = scope["path_params"]
            for ex in self.path:
                try:
                    values[ex.name] = ex.convert(path_params[ex.key])
                except InvalidValue as exc:
                    errors = errors or []
                    errors.append((ex.position, {"message": exc.message, "key": ex.key, "source": "path"}))
        if self.header or self.cookie:
            headers = _header_dict(scope)
            if self.header:
                errors = _take(self.header, headers, values, errors, scope)
            if self.cookie:
                from litestar._parsers import parse_cookie_string

                cookie_header = headers.get("cookie")
                cookies = parse_cookie_string(cookie_header) if cookie_header else {}
                errors = _take(self.cookie, cookies, values, errors, scope)
        if self.query:
            from litestar._parsers import parse_query_string

            query: dict[str, list[str]] = {}
            for qk, qv in parse_query_string(scope["query_string"]):
                if qk in query:
                    query[qk].append(qv)
                else:
                    query[qk] = [qv]
            errors = _take(self.query, query, values, errors, scope)
        if errors:
            errors.sort(key=_position)
            raise validation_failed(scope, [entry for _, entry in errors])
        return values

    async def _with_body_errors(
        self, scope: Scope, request: Request[Any, Any, Any] | None, exc: ValidationException
    ) -> Exception:
        """Parameters failed: also check the body, and report all errors in signature order.

        A malformed body is reported instead (as the reference does); a valid one leaves
        the parameter errors as they are. Only runs on the error path.
        """
        try:
            await self.body_step(scope, request)
        except ValidationException as body_exc:
            if not isinstance(body_exc.extra, list):
                return body_exc
            order = {name: index for index, name in enumerate(self.handler_args)}
            param_errors: list[dict[str, Any]] = list(exc.extra) if isinstance(exc.extra, list) else []
            errors = [*param_errors, *body_exc.extra]
            errors.sort(
                key=lambda e: order.get("data" if e.get("source") == "body" else e.get("key"), len(order))
            )
            return validation_failed(scope, errors)
        except Exception as body_exc:  # noqa: BLE001
            return body_exc
        return exc

    async def resolve(
        self, scope: Scope, request: Request[Any, Any, Any] | None, cleanups: list[Any] | None
    ) -> dict[str, Any]:
        """Extract, convert and validate every value; run dependencies; return handler kwargs."""
        try:
            values = self._extract(scope, {})
        except ValidationException as exc:
            if self.body_step is None or not isinstance(exc.extra, list):
                raise
            raise await self._with_body_errors(scope, request, exc) from None
        for name, getter in self.reserved:
            values[name] = getter(scope, request)
        if self.wants_raw_body:
            assert request is not None
            values["body"] = await request.body()
        if self.body_step is not None:
            values["data"] = await self.body_step(scope, request)
        if self.dependency_plan is not None:
            await self.dependency_plan.run(values, request, cleanups)
        return values if self.exact else {name: values[name] for name in self.handler_args}


def _take(
    extractors: tuple[Extractor, ...],
    found: dict[str, Any],
    values: dict[str, Any],
    errors: list[tuple[int, dict[str, Any]]] | None,
    scope: Scope,
) -> list[tuple[int, dict[str, Any]]] | None:
    """Convert the values of one source (headers, cookies or query) into ``values``.

    A missing required value raises at once; conversion errors are collected and returned.
    """
    for ex in extractors:
        value = found.get(ex.lookup)
        if value is None:
            if not ex.required:
                values[ex.name] = ex.default
                continue
            if ex.default_error is None:
                raise missing_parameter(ex.source, ex.key, scope)
            message = ex.default_error
        else:
            try:
                values[ex.name] = ex.convert(value[-1] if ex.take_last else value)
                continue
            except InvalidValue as exc:
                message = exc.message
        errors = errors or []
        errors.append(_error(ex, message))
    return errors


def _position(error: tuple[int, dict[str, Any]]) -> int:
    return error[0]


def _path_params_only(scope: Scope) -> dict[str, Any]:
    """The resolver of handlers whose arguments are exactly the converted path parameters."""
    return scope["path_params"]
