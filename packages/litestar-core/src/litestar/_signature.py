"""Read a callable's parameters once, at startup, into plain descriptors.

Handlers, dependency providers and hooks are all inspected through :func:`parse_signature`,
which resolves string annotations with the layered signature namespace and splits
``Annotated[...]`` metadata from the type.
"""

from __future__ import annotations

import inspect
import sys
import threading
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Annotated, Any, Union, cast, get_args, get_origin

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from litestar.params import BodyKwarg, DependencyKwarg, ParameterKwarg

__all__ = (
    "ParsedParameter",
    "ParsedSignature",
    "callable_location",
    "marker_classes",
    "parse_signature",
    "unwrap_optional",
)

_NONE_TYPE = type(None)


@dataclass(frozen=True)
class ParsedParameter:
    """One parameter of a callable: name, resolved annotation, default and marker."""

    name: str
    annotation: Any
    default: Any
    """The Python default, or ``Empty``."""
    kwarg_definition: Any
    """A ``ParameterKwarg``/``BodyKwarg``/``DependencyKwarg`` found as default or metadata."""
    has_annotation: bool
    metadata: tuple[Any, ...]
    """Other ``Annotated`` metadata (e.g. ``msgspec.Meta``)."""

    @property
    def is_optional(self) -> bool:
        """Whether ``None`` is an accepted value."""
        return unwrap_optional(self.annotation)[1]


@dataclass(frozen=True)
class ParsedSignature:
    """All parameters of a callable plus its return annotation."""

    parameters: dict[str, ParsedParameter]
    return_annotation: Any
    """The resolved return annotation, or ``Empty`` when missing."""
    has_var_kwargs: bool

    @property
    def return_type(self) -> Any:
        """The return annotation as a ``FieldDefinition`` (``Any`` when missing), as in 2.17.

        Packages that describe handlers' responses (litestar-vite) read it from
        ``handler.parsed_fn_signature``.
        """
        from litestar.typing import FieldDefinition

        annotation = Any if self.return_annotation is Empty else self.return_annotation
        return FieldDefinition.from_annotation(annotation)


def unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    """Split ``T | None`` into ``(T, True)``; other annotations give ``(annotation, False)``."""
    origin = get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        args = get_args(annotation)
        if _NONE_TYPE in args:
            # A union has at least two distinct members, so ``rest`` is never empty.
            rest = tuple(a for a in args if a is not _NONE_TYPE)
            return (rest[0] if len(rest) == 1 else Union[rest]), True  # noqa: UP007
    if annotation is None or annotation is _NONE_TYPE:
        return _NONE_TYPE, True
    if annotation is Any:
        return Any, True
    return annotation, False


def callable_location(fn: Any) -> str:
    """Return ``qualname (file:line)`` for error messages that point at user code."""
    fn = _unwrap(fn)
    name = getattr(fn, "__qualname__", None) or getattr(type(fn), "__qualname__", repr(fn))
    module = getattr(fn, "__module__", None)
    try:
        code = fn.__code__
        where = f"{code.co_filename}:{code.co_firstlineno}"
    except AttributeError:
        try:
            where = f"{inspect.getsourcefile(fn)}"
        except (TypeError, OSError):  # a built-in, an instance, or a class without a source file
            where = "<unknown>"
    full = f"{module}.{name}" if module and module != "builtins" else name
    return f"{full} ({where})"


def _unwrap(fn: Any) -> Any:
    while isinstance(fn, partial):
        fn = fn.func
    if inspect.ismethod(fn):
        return fn.__func__
    return fn


_FORWARD_REFS_LIMIT = 4096
_per_thread = threading.local()


def _forward_ref(text: str) -> typing.ForwardRef:
    """One ``ForwardRef`` (holding the compiled expression) per annotation string and thread.

    Per thread: evaluating a ``ForwardRef`` stores the result on it before returning it, so
    two threads sharing one could each read the other's result.
    """
    refs: dict[str, typing.ForwardRef] | None = getattr(_per_thread, "forward_refs", None)
    if refs is None:
        refs = _per_thread.forward_refs = {}
    ref = refs.get(text)
    if ref is None:
        if len(refs) >= _FORWARD_REFS_LIMIT:
            refs.clear()
        ref = refs[text] = typing.ForwardRef(text, is_argument=True, is_class=False)
    return ref


def _with_forward_refs(target: Any) -> Any:
    """An object whose annotations are ``target``'s, string ones replaced by shared ``ForwardRef``s.

    ``typing.get_type_hints`` turns each string annotation into a new ``ForwardRef``,
    which compiles it: most of the time spent resolving an app's handlers, whose
    annotations repeat (``int``, ``dict[str, Any]``). A shared ``ForwardRef`` compiles
    once and is evaluated against each function's own namespaces (it re-evaluates
    whenever the local namespace is not the global one, which ``_type_hints`` ensures).
    """
    annotations = getattr(target, "__annotations__", None)
    if not isinstance(annotations, dict) or not any(type(v) is str for v in annotations.values()):
        return target
    try:
        shared = {name: _forward_ref(v) if type(v) is str else v for name, v in annotations.items()}
    except SyntaxError:
        return target  # reported by typing as for any other callable
    return types.SimpleNamespace(__annotations__=shared)


def _type_hints(fn: Any, namespace: Mapping[str, Any]) -> dict[str, Any]:
    target = _unwrap(fn)
    if not (inspect.isfunction(target) or inspect.ismethod(target)) and callable(target):
        target = target.__init__ if isinstance(target, type) else type(target).__call__  # type: ignore[misc]
    module = sys.modules.get(getattr(target, "__module__", "") or "")
    globalns = vars(module) if module else {}
    annotated = _with_forward_refs(target) if inspect.isfunction(target) else target
    for attempt in (1, 2):
        try:
            return typing.get_type_hints(
                annotated, globalns=globalns, localns=dict(namespace), include_extras=True
            )
        except NameError as exc:
            if attempt == 2:
                raise ImproperlyConfiguredException(
                    f"Cannot resolve the annotation {exc.name!r} of {callable_location(fn)}: import it at module "
                    f"level or add it to 'signature_namespace' (or 'signature_types') of a layer."
                ) from exc
            # Framework names imported only under TYPE_CHECKING resolve like 2.17's defaults
            # (imported here: apps that import what they annotate never pay for it).
            from litestar.utils.signature import default_signature_namespace

            globalns = {**default_signature_namespace(), **globalns}
        except TypeError:
            break
    return getattr(target, "__annotations__", {}) or {}


class _NoMarker:
    """Stands in for the marker classes while :mod:`litestar.params` is not loaded."""


def marker_classes() -> tuple[type[BodyKwarg], type[DependencyKwarg], type[ParameterKwarg]]:
    """``(BodyKwarg, DependencyKwarg, ParameterKwarg)``, the classes of ``Body()``, ``Dependency()`` and ``Parameter()``.

    Until something imports :mod:`litestar.params` no value can be one of them, so an app
    that uses no marker does not load that module (three large dataclasses, one of the
    costlier imports of the framework): a class nothing is an instance of stands in.
    """
    params = sys.modules.get("litestar.params")
    if params is None:
        return cast("tuple[type[BodyKwarg], type[DependencyKwarg], type[ParameterKwarg]]", (_NoMarker,) * 3)
    return (params.BodyKwarg, params.DependencyKwarg, params.ParameterKwarg)


def parse_signature(fn: Callable[..., Any], namespace: Mapping[str, Any] | None = None) -> ParsedSignature:
    """Inspect ``fn`` and resolve its annotations with ``namespace`` as extra globals."""
    markers = marker_classes()
    signature = inspect.signature(fn)
    hints = _type_hints(fn, namespace or {})
    params: dict[str, ParsedParameter] = {}
    has_var_kwargs = False
    for name, param in signature.parameters.items():
        if param.kind is param.VAR_KEYWORD:
            has_var_kwargs = True
            continue
        if param.kind is param.VAR_POSITIONAL:
            continue
        has_annotation = name in hints or param.annotation is not inspect.Parameter.empty
        annotation = hints.get(name, Any if param.annotation is inspect.Parameter.empty else param.annotation)
        default = Empty if param.default is inspect.Parameter.empty else param.default
        kwarg_definition: Any = None
        metadata: tuple[Any, ...] = ()
        if get_origin(annotation) is Annotated:
            base, *extra = get_args(annotation)
            for item in extra:
                if isinstance(item, markers):
                    kwarg_definition = item
                else:
                    metadata += (item,)
            annotation = base
        if isinstance(default, markers):
            kwarg_definition = default
            default = Empty
        if kwarg_definition is not None and getattr(kwarg_definition, "default", Empty) is not Empty:
            default = kwarg_definition.default
        params[name] = ParsedParameter(
            name=name,
            annotation=annotation,
            default=default,
            kwarg_definition=kwarg_definition,
            has_annotation=has_annotation,
            metadata=metadata,
        )
    return_annotation = hints.get("return", signature.return_annotation)
    if return_annotation is inspect.Signature.empty:
        return_annotation = Empty
    return ParsedSignature(
        parameters=params, return_annotation=return_annotation, has_var_kwargs=has_var_kwargs
    )
