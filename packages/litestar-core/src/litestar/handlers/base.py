"""The base of every route handler: paths, layered options and their resolution.

Options set on the app, routers, controllers and the handler itself are merged once, at
registration, from the outermost layer (the app) to the handler: mappings are merged
with inner keys winning, sequences are concatenated outer first, scalars take the
innermost value that is set.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias, cast

from litestar._signature import ParsedSignature, callable_location, parse_signature
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.types.empty import Empty
from litestar.utils.path import normalize_path

if TYPE_CHECKING:
    from typing import Self

    from litestar.connection.base import ASGIConnection
    from litestar.middleware.base import Middleware
    from litestar.response._hook_types import ExceptionHandlersMap
    from litestar.types._callables import AnyCallable, AsyncAnyCallable
    from litestar.types._composites import Dependencies, TypeDecodersSequence, TypeEncodersMap
    from litestar.types._protocols import AppProtocol, RouteProtocol
    from litestar.types.asgi_types import ASGIApp
    from litestar.types.helper_types import SyncOrAsyncUnion

__all__ = ("BaseRouteHandler", "Guard")

Guard: TypeAlias = "Callable[[ASGIConnection[Any, Any, Any, Any], BaseRouteHandler], SyncOrAsyncUnion[None]]"
"""A guard: called with the connection and the handler; raises to refuse the connection."""


class BaseRouteHandler:
    """Common state of HTTP, WebSocket and ASGI route handlers."""

    # PERF: one handler object exists per registration; slots keep each small.
    # Integrations key caches on handlers weakly (litestar-mcp), as 2.17 allows.
    __slots__ = (
        "__weakref__",
        "_asgi_app",
        "_fn",
        "_is_auto_options",
        "_kwargs_plan",
        "_parsed_signature",
        "_resolved",
        "dependencies",
        "dto",
        "exception_handlers",
        "guards",
        "middleware",
        "name",
        "opt",
        "owner",
        "paths",
        "return_dto",
        "signature_namespace",
        "type_decoders",
        "type_encoders",
    )

    table_slot: ClassVar[Literal["asgi", "http", "websocket"]]
    """Where the app's routing table keeps the compiled endpoint of this kind of handler."""

    def __init__(
        self,
        path: str | Sequence[str] | None = None,
        *,
        dependencies: Dependencies | None = None,
        dto: Any = Empty,
        exception_handlers: ExceptionHandlersMap | None = None,
        guards: Sequence[Guard] | None = None,
        middleware: Sequence[Middleware] | None = None,
        name: str | None = None,
        opt: Mapping[str, Any] | None = None,
        return_dto: Any = Empty,
        signature_namespace: Mapping[str, Any] | None = None,
        signature_types: Sequence[Any] | None = None,
        type_decoders: TypeDecodersSequence | None = None,
        type_encoders: TypeEncodersMap | None = None,
        **kwargs: Any,
    ) -> None:
        if path is None:
            self.paths: set[str] = {"/"}
        elif isinstance(path, str):
            self.paths = {normalize_path(path)}
        else:
            self.paths = {normalize_path(p) for p in path} or {"/"}
        self.dependencies = dict(dependencies) if dependencies else None
        self.dto = dto
        self.exception_handlers = dict(exception_handlers) if exception_handlers else None
        self.guards = list(guards) if guards else None
        self.middleware = list(middleware) if middleware else None
        self.name = name
        self.opt: dict[str, Any] = {**(opt or {}), **kwargs}
        self.return_dto = return_dto
        namespace = dict(signature_namespace or {})
        for t in signature_types or ():
            namespace[getattr(t, "__name__", str(t))] = t
        self.signature_namespace = namespace
        self.type_decoders = list(type_decoders) if type_decoders else None
        self.type_encoders = dict(type_encoders) if type_encoders else None
        self.owner: Any = None
        self._fn: Any = Empty
        self._parsed_signature: ParsedSignature | None = None
        self._resolved: dict[str, Any] = {}
        self._asgi_app: ASGIApp | None = None
        self._is_auto_options = False

    def __call__(self, fn: AsyncAnyCallable) -> Self:
        """Decorate ``fn``: the handler keeps it and returns itself.

        A handler may be decorated again (dishka re-decorates listeners with an injecting
        wrapper), so what was derived from the previous callable is dropped.
        """
        self._fn = fn
        self._parsed_signature = None
        self._validate_fn(fn)
        return self

    def _validate_fn(self, fn: Any) -> None:
        """Check the decorated callable early; subclasses add their own checks."""

    def __repr__(self) -> str:
        fn = self._user_fn
        name = getattr(fn, "__qualname__", None) if fn is not Empty else None
        return f"<{type(self).__name__} {name or '<undecorated>'} paths={sorted(self.paths)}>"

    def _copy(self, owner: Any) -> Self:
        """A shallow copy owned by ``owner``: one handler may be registered on many routers."""
        clone = copy.copy(self)
        clone.owner = owner
        clone._resolved = {}
        clone.paths = set(self.paths)
        clone.opt = dict(self.opt)
        return clone

    # -- identity -------------------------------------------------------------------

    @property
    def fn(self) -> AnyCallable:
        """The decorated callable (bound to its controller instance when it has one)."""
        if self._fn is Empty:
            raise ImproperlyConfiguredException(f"{type(self).__name__} was not used as a decorator")
        return self._bind(self._fn)

    @property
    def _user_fn(self) -> Any:
        """The callable the user wrote: it names the handler and gives its signature.

        It is ``_fn`` itself except where a handler kind wraps it (websocket listeners).
        """
        return self._fn

    def _bind(self, fn: AnyCallable) -> AnyCallable:
        """``fn`` bound to the controller instance owning this handler, if it is a method."""
        owner = self.owner
        if owner is not None and getattr(owner, "_is_controller_instance", False) and _is_plain_function(fn):
            bound: AnyCallable = fn.__get__(owner, type(owner))
            return bound
        return fn

    @property
    def handler_name(self) -> str:
        """The qualified name of the decorated callable."""
        fn = self._user_fn
        return str(getattr(fn, "__qualname__", None) or type(fn).__name__)

    @property
    def handler_id(self) -> str:
        """A unique id: module-qualified name plus the identity of its owner."""
        fn = self._user_fn
        named = fn if hasattr(fn, "__qualname__") else type(fn)
        # The sum of identities tells apart two handlers made by one factory function.
        return f"{named.__module__}.{named.__qualname__}::{id(self.owner) + id(self)}"

    @property
    def location(self) -> str:
        """``qualname (file:line)`` of the decorated callable, for error messages."""
        return callable_location(self._user_fn)

    @property
    def ownership_layers(self) -> list[Any]:
        """The layers from the app (first) down to this handler (last)."""
        cached = self._resolved.get("__layers__")
        if cached is not None and cached[0] is self.owner:
            return cached[1]  # type: ignore[no-any-return]
        layers: list[Any] = [self]
        owner = self.owner
        while owner is not None:
            layers.append(owner)
            owner = getattr(owner, "owner", None)
        layers.reverse()
        if hasattr(layers[0], "asgi_router"):
            self._resolved["__layers__"] = (self.owner, layers)
        return layers

    @property
    def app(self) -> AppProtocol:
        """The application this handler is registered on."""
        root = self.ownership_layers[0]
        if hasattr(root, "asgi_router"):
            return root  # type: ignore[no-any-return]
        raise ImproperlyConfiguredException(f"{self.handler_name} is not registered on an application")

    # -- signature ------------------------------------------------------------------

    @property
    def parsed_fn_signature(self) -> ParsedSignature:
        """The handler's parameters and return annotation, resolved once."""
        if self._parsed_signature is None:
            if self._fn is Empty:
                raise ImproperlyConfiguredException(f"{type(self).__name__} was not used as a decorator")
            fn = self._bind(self._user_fn)
            self._parsed_signature = parse_signature(fn, self.resolve_signature_namespace())
        return self._parsed_signature

    @property
    def parsed_return_field(self) -> Any:
        """The resolved return annotation (``Empty`` when missing)."""
        return self.parsed_fn_signature.return_annotation

    @property
    def parsed_data_field(self) -> Any:
        """The ``data`` parameter, or ``None``."""
        return self.parsed_fn_signature.parameters.get("data")

    @property
    def signature_model(self) -> Any:
        """The compiled argument plan (available after registration)."""
        return getattr(self, "_kwargs_plan", None)

    @property
    def dependency_name_set(self) -> set[str]:
        """Names of the handler's parameters that are provided by dependencies."""
        deps = self.resolve_dependencies()
        return {name for name in self.parsed_fn_signature.parameters if name in deps}

    @property
    def default_serializer(self) -> Callable[[Any], Any]:
        """The ``enc_hook`` built from the layered type encoders."""
        from litestar.serialization.msgspec_hooks import get_serializer

        return get_serializer(self.resolve_type_encoders())

    @property
    def default_deserializer(self) -> Callable[[Any, Any], Any]:
        """The ``dec_hook`` built from the layered type decoders."""
        from litestar.serialization.msgspec_hooks import default_deserializer

        decoders = self.resolve_type_decoders()

        def deserialize(target_type: Any, value: Any) -> Any:
            return default_deserializer(target_type, value, type_decoders=decoders)

        return deserialize

    # -- layered resolution -----------------------------------------------------------

    def _merge_mappings(self, attr: str) -> dict[Any, Any]:
        cached = self._resolved.get(attr)
        if cached is None:
            cached = {}
            for layer in self.ownership_layers:
                value = getattr(layer, attr, None)
                if value:
                    cached.update(value)
            self._resolved[attr] = cached
        return cast("dict[Any, Any]", cached)

    def _concat(self, attr: str) -> list[Any]:
        cached = self._resolved.get(attr)
        if cached is None:
            cached = []
            for layer in self.ownership_layers:
                value = getattr(layer, attr, None)
                if value:
                    cached.extend(value)
            self._resolved[attr] = cached
        return cast("list[Any]", cached)

    def _innermost(self, attr: str, unset: Any = None) -> Any:
        for layer in reversed(self.ownership_layers):
            value = getattr(layer, attr, unset)
            if value is not unset:
                return value
        return unset

    def resolve_type_encoders(self) -> TypeEncodersMap:
        """Type encoders of every layer, inner layers winning."""
        return self._merge_mappings("type_encoders")

    def resolve_type_decoders(self) -> TypeDecodersSequence:
        """Type decoders of every layer, outer first."""
        return self._concat("type_decoders")

    def resolve_layered_parameters(self) -> dict[str, Any]:
        """Parameters declared on layers above the handler (``parameters=``)."""
        return self._merge_mappings("parameters")

    def resolve_guards(self) -> list[Guard]:
        """Guards of every layer, the app's first."""
        return self._concat("guards")

    def resolve_dependencies(self) -> dict[str, Any]:
        """Dependency providers of every layer; an inner layer overrides a name.

        Raises:
            ImproperlyConfiguredException: If one provider is declared under two keys.
        """
        cached = self._resolved.get("dependencies")
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        merged: dict[str, Any] = {}
        keys_by_provider: dict[Any, str] = {}
        for layer in self.ownership_layers:
            for key, provider in (getattr(layer, "dependencies", None) or {}).items():
                try:
                    existing = keys_by_provider.get(provider)
                except TypeError:
                    existing = None
                if existing is not None and existing != key:
                    raise ImproperlyConfiguredException(
                        f"Provider for key {key} is already defined under the different key {existing}. "
                        f"If you wish to override a provider, it must have the same key."
                    )
                with contextlib.suppress(TypeError):
                    keys_by_provider[provider] = key
                merged[key] = provider
        self._resolved["dependencies"] = merged
        return merged

    def resolve_middleware(self) -> list[Middleware]:
        """Middleware of every layer, the app's outermost."""
        return self._concat("middleware")

    def resolve_exception_handlers(self) -> ExceptionHandlersMap:
        """Exception handlers of every layer, inner layers winning."""
        return self._merge_mappings("exception_handlers")

    def _release_startup_state(self) -> None:
        """Drop what only compilation needed; it is recomputed if ever asked for again.

        PERF: the layered caches and the parsed signature are a few hundred bytes
        per handler that no request reads. The body size limit, read per request, stays.
        """
        limit = getattr(self, "resolve_request_max_body_size", None)
        kept = {"request_max_body_size": limit()} if limit is not None else {}
        self._resolved = kept
        self._parsed_signature = None

    def resolve_opts(self) -> None:
        """Merge ``opt`` of every layer into this handler's ``opt`` (handler keys win)."""
        merged: dict[str, Any] = {}
        for layer in self.ownership_layers:
            value = getattr(layer, "opt", None)
            if value:
                merged.update(value)
        self.opt = merged

    def resolve_signature_namespace(self) -> dict[str, Any]:
        """Signature namespaces of every layer, inner layers winning."""
        return self._merge_mappings("signature_namespace")

    def resolve_data_dto(self) -> Any:
        """The innermost ``dto`` that is set, or ``None``."""
        value = self._innermost("dto", Empty)
        return None if value is Empty else value

    def resolve_return_dto(self) -> Any:
        """The innermost ``return_dto`` that is set, or ``None``."""
        value = self._innermost("return_dto", Empty)
        return None if value is Empty else value

    async def authorize_connection(self, connection: ASGIConnection[Any, Any, Any, Any]) -> None:
        """Run every layered guard against ``connection``."""
        for guard in self.resolve_guards():
            result: Any = guard(connection, self)
            if hasattr(result, "__await__"):
                await result

    def on_registration(self, app: AppProtocol) -> None:
        """Called once the handler is registered on ``app``: resolve and compile."""
        self.resolve_opts()

    def compile_endpoint(self, app: Any, route: RouteProtocol) -> ASGIApp:
        """Compile the terminal ASGI app serving ``route``; the app adds the middleware.

        Called once per route by the app at registration. Each kind of handler compiles
        itself here; the base has nothing to serve.

        Raises:
            ImproperlyConfiguredException: Always: only the concrete handler kinds serve.
        """
        raise ImproperlyConfiguredException(
            f"Cannot register {self!r}: it is not an HTTP, WebSocket or ASGI handler."
        )

    def create_kwargs_model(self, path_parameters: dict[str, Any]) -> Any:
        """Compile and return the argument plan for the given path parameters.

        Args:
            path_parameters: ``{name: type}``, or a route's ``path_parameters`` (whose
                values carry a ``type``), as integrations pass them in 2.17.
        """
        from litestar._discovery import load_piece
        from litestar._kwargs._compile import compile_kwargs_plan

        errors: list[str] = []
        namespace = self.resolve_signature_namespace()
        plan = compile_kwargs_plan(
            signature=self.parsed_fn_signature,
            location=self.location,
            path_parameters={name: _path_parameter_type(value) for name, value in path_parameters.items()},
            layered_parameters=self.resolve_layered_parameters(),
            dependencies=self.resolve_dependencies(),
            dec_hook=_dec_hook(self.resolve_type_decoders()),
            load_di=lambda: load_piece("di"),
            parse=lambda fn: parse_signature(fn, namespace),
            errors=errors,
            is_websocket=False,
            data_dto=getattr(self, "_data_dto", None),
        )
        if errors:
            raise ImproperlyConfiguredException("\n".join(errors))
        return plan


def _path_parameter_type(value: Any) -> Any:
    """The type a path parameter reaches the handler as, from a type or a route's parameter."""
    if isinstance(value, type):
        return value
    # A ``{name:path}`` segment is passed on as the string it is (the route converts nothing).
    return str if getattr(value, "type_name", None) == "path" else getattr(value, "type", value)


def _is_plain_function(fn: Any) -> bool:
    return hasattr(fn, "__get__") and not hasattr(fn, "__self__") and hasattr(fn, "__code__")


def _dec_hook(type_decoders: Sequence[Any]) -> Callable[[type, Any], Any] | None:
    if not type_decoders:
        return None
    from litestar.serialization.msgspec_hooks import default_deserializer

    decoders = list(type_decoders)

    def dec_hook(target_type: type, value: Any) -> Any:
        return default_deserializer(target_type, value, type_decoders=decoders)

    return dec_hook
