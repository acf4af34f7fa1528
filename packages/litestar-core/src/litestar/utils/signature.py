"""Resolve a callable's annotations and describe its parameters as ``FieldDefinition``s.

Applications written with ``from __future__ import annotations`` often import framework
types such as ``Request`` or ``State`` only under ``TYPE_CHECKING``. Their annotations are
strings that name something absent from the module at run time, so resolution falls back
on a default namespace holding the framework's common names (connections, datastructures
and the ``litestar.types`` aliases) and the public names of ``typing``. The default
namespace is built on first use only: resolving annotations that import what they name
never pays for it.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from dataclasses import dataclass
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from litestar.types.empty import Empty
from litestar.typing import FieldDefinition
from litestar.utils.warnings import warn_signature_namespace_override

if TYPE_CHECKING:
    from collections.abc import Sequence
    from inspect import Signature
    from typing import Self

    from litestar.types._callables import AnyCallable

__all__ = (
    "ParsedSignature",
    "add_types_to_signature_namespace",
    "get_fn_type_hints",
    "merge_signature_namespaces",
)

_CONNECTION_NAMES = ("ASGIConnection", "Request", "WebSocket")
_DATASTRUCTURE_NAMES = (
    "Accept",
    "Address",
    "CacheControlHeader",
    "Cookie",
    "ETag",
    "FormMultiDict",
    "Header",
    "Headers",
    "ImmutableMultiDict",
    "ImmutableState",
    "MultiDict",
    "MultiMixin",
    "MutableScopeHeaders",
    "ResponseHeader",
    "SecretBytes",
    "SecretString",
    "State",
    "URL",
    "UploadFile",
)


@cache
def default_signature_namespace() -> dict[str, Any]:
    """Return the names every annotation may use without importing them.

    Returns:
        The public names of ``typing``, the ``litestar.types`` aliases, the connection
        classes and the datastructures (a fresh view is never needed: treat it as read-only).
    """
    # Looked up by name, on first use: the namespace is every public name of the
    # framework, so naming the packages here would make this low utility depend on the
    # whole ladder above it (and on the app that sits at its top).
    connection_module = importlib.import_module("litestar.connection")
    datastructures_module = importlib.import_module("litestar.datastructures")
    types_module = importlib.import_module("litestar.types")

    namespace: dict[str, Any] = {
        name: value for name, value in vars(typing).items() if not name.startswith("_")
    }
    namespace.update({name: getattr(types_module, name) for name in types_module.__all__})
    namespace.update({name: getattr(datastructures_module, name) for name in _DATASTRUCTURE_NAMES})
    namespace.update({name: getattr(connection_module, name) for name in _CONNECTION_NAMES})
    return namespace


def _unwrap(fn: Any) -> Any:
    while isinstance(fn, partial):
        fn = fn.func
    if inspect.ismethod(fn):
        return fn.__func__
    return fn


def get_fn_type_hints(fn: Any, namespace: dict[str, Any] | None = None) -> dict[str, Any]:
    """Resolve the annotations of ``fn`` (a function, method, partial or callable class).

    Names are looked up in ``namespace`` first, then in the module of ``fn``, then in the
    default namespace of framework names (see the module docstring).

    Args:
        fn: The callable.
        namespace: Extra names (a layer's ``signature_namespace``).

    Returns:
        Parameter name (and ``"return"``) to resolved annotation, ``Annotated`` kept.
    """
    target = _unwrap(fn)
    if not (inspect.isfunction(target) or inspect.ismethod(target)) and callable(target):
        target = target.__init__ if isinstance(target, type) else type(target).__call__  # type: ignore[misc]
    module = inspect.getmodule(target)
    module_globals = vars(module) if module is not None else {}
    local_namespace = dict(namespace or {})
    try:
        hints = typing.get_type_hints(
            target, globalns=module_globals, localns=local_namespace, include_extras=True
        )
    except NameError:
        global_namespace = {**default_signature_namespace(), **module_globals}
        hints = typing.get_type_hints(
            target, globalns=global_namespace, localns=local_namespace, include_extras=True
        )
    return hints


def merge_signature_namespaces(
    signature_namespace: dict[str, Any], additional_signature_namespace: dict[str, Any]
) -> dict[str, Any]:
    """Add ``additional_signature_namespace`` to ``signature_namespace`` in place.

    A name bound to a different object is overridden, with a ``LitestarWarning`` unless
    ``LITESTAR_WARN_SIGNATURE_NAMESPACE_OVERRIDE=0``.

    Args:
        signature_namespace: The namespace to extend.
        additional_signature_namespace: The names to add.

    Returns:
        ``signature_namespace``.
    """
    for key, value in additional_signature_namespace.items():
        if key in signature_namespace and signature_namespace[key] is not value:
            warn_signature_namespace_override(key)
        signature_namespace[key] = value
    return signature_namespace


def add_types_to_signature_namespace(
    signature_types: Sequence[Any], signature_namespace: dict[str, Any]
) -> dict[str, Any]:
    """Add each type under its ``__name__`` to a copy of ``signature_namespace``.

    Args:
        signature_types: Classes (or aliases with a ``__name__``).
        signature_namespace: The namespace to start from.

    Returns:
        A new namespace.
    """
    return merge_signature_namespaces(
        dict(signature_namespace), {getattr(t, "__name__", repr(t)): t for t in signature_types}
    )


@dataclass(frozen=True)
class ParsedSignature:
    """A callable's parameters and return annotation as ``FieldDefinition``s."""

    __slots__ = ("original_signature", "parameters", "return_type")

    parameters: dict[str, FieldDefinition]
    """Parameter name to definition (``*args``/``**kwargs`` included)."""
    return_type: FieldDefinition
    """The return annotation (``Any`` with ``Empty`` annotation when missing)."""
    original_signature: Signature
    """The ``inspect.Signature`` it was made from."""

    @classmethod
    def from_fn(cls, fn: AnyCallable, signature_namespace: dict[str, Any]) -> Self:
        """Parse the signature of ``fn``.

        Args:
            fn: The callable.
            signature_namespace: Extra names for resolving its annotations.

        Returns:
            The parsed signature.
        """
        signature = inspect.signature(fn)
        return cls.from_signature(signature, get_fn_type_hints(fn, namespace=signature_namespace))

    @classmethod
    def from_signature(cls, signature: Signature, fn_type_hints: dict[str, type]) -> Self:
        """Parse ``signature`` with already resolved type hints.

        Args:
            signature: The signature.
            fn_type_hints: Parameter name to resolved annotation.

        Returns:
            The parsed signature.

        Raises:
            ImproperlyConfiguredException: When a parameter has no annotation.
        """
        parameters = {
            name: FieldDefinition.from_parameter(parameter, fn_type_hints)
            for name, parameter in signature.parameters.items()
            if name not in ("self", "cls")
        }
        if "return" in fn_type_hints:
            return_type = FieldDefinition.from_annotation(fn_type_hints["return"])
        else:
            return_type = FieldDefinition(
                raw=Any,
                annotation=Empty,
                type_wrappers=set(),
                origin=None,
                args=(),
                metadata=(),
                instantiable_origin=None,
                safe_generic_origin=None,
                inner_types=(),
                default=Empty,
                extra={},
                kwarg_definition=None,
                name="",
            )
        return cls(parameters=parameters, return_type=return_type, original_signature=signature)
