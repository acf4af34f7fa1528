"""``is_*`` predicates over annotations and values."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Collection, Iterable, Mapping
from functools import partial
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ClassVar,
    Final,
    Generic,
    TypeGuard,
    TypeVar,
    get_args,
    get_origin,
)

from litestar.types.builtin_types import UnionTypes
from litestar.utils.typing import get_origin_or_inner_type, instantiable_type_mapping

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from typing import ParamSpec

    from litestar.types.protocols import DataclassProtocol

    P = ParamSpec("P")

__all__ = (
    "is_annotated_type",
    "is_any",
    "is_async_callable",
    "is_class_and_subclass",
    "is_class_var",
    "is_dataclass_class",
    "is_dataclass_instance",
    "is_generic",
    "is_mapping",
    "is_non_string_iterable",
    "is_non_string_sequence",
    "is_optional_union",
    "is_undefined_sentinel",
    "is_union",
)

T = TypeVar("T")

_STRING_TYPES: Final = (str, bytes, bytearray)
_UNDEFINED_SENTINELS: Final[tuple[Any, ...]] = (dataclasses.MISSING, inspect.Parameter.empty)


def is_async_callable(value: Callable[P, T]) -> TypeGuard[Callable[P, Awaitable[T]]]:
    """Tell whether calling ``value`` returns an awaitable (coroutine functions, partials
    of them, and objects or classes with an ``async def __call__``).

    Args:
        value: A callable.

    Returns:
        Whether the callable is asynchronous.
    """
    while isinstance(value, partial):
        value = value.func
    return inspect.iscoroutinefunction(value) or (
        callable(value) and inspect.iscoroutinefunction(value.__call__)  # type: ignore[operator]
    )


def _resolved_class(annotation: Any) -> Any:
    origin = get_origin_or_inner_type(annotation)
    if origin is not None:
        return instantiable_type_mapping.get(origin, origin)
    return annotation


def is_class_and_subclass(
    annotation: Any, type_or_type_tuple: type[T] | tuple[type[T], ...]
) -> TypeGuard[type[T]]:
    """Tell whether ``annotation`` (or its instantiable origin) subclasses the given type(s).

    Args:
        annotation: An annotation, e.g. ``Sequence[int]`` (checked as ``list``).
        type_or_type_tuple: The base type(s).

    Returns:
        Whether it is a subclass; ``False`` for non-classes.
    """
    cls = _resolved_class(annotation)
    try:
        return isinstance(cls, type) and issubclass(cls, type_or_type_tuple)
    except TypeError:  # pragma: no cover - exotic metaclasses refusing issubclass
        return False


def _resolves_to_subclass(annotation: Any, base: type) -> bool:
    origin = get_origin_or_inner_type(annotation)
    cls = origin if origin is not None else annotation
    try:
        return isinstance(cls, type) and issubclass(cls, base)
    except TypeError:  # pragma: no cover
        return False


def is_generic(annotation: Any) -> bool:
    """Tell whether ``annotation`` is a ``typing.Generic`` class.

    Args:
        annotation: An annotation.

    Returns:
        Whether it subclasses ``Generic``.
    """
    return is_class_and_subclass(annotation, Generic)


def is_mapping(annotation: Any) -> TypeGuard[Mapping[Any, Any]]:
    """Tell whether ``annotation`` is a mapping type.

    Args:
        annotation: An annotation.

    Returns:
        Whether it is a ``Mapping`` subclass (``dict``, ``Mapping[str, int]``, TypedDicts...).
    """
    return _resolves_to_subclass(annotation, Mapping)


def is_non_string_iterable(annotation: Any) -> TypeGuard[Iterable[Any]]:
    """Tell whether ``annotation`` is an iterable type other than ``str``/``bytes``.

    Args:
        annotation: An annotation.

    Returns:
        Whether it is an iterable, non-string type.
    """
    origin = get_origin_or_inner_type(annotation)
    cls = origin if origin is not None else annotation
    return isinstance(cls, type) and issubclass(cls, Iterable) and not issubclass(cls, _STRING_TYPES)


def is_non_string_sequence(annotation: Any) -> TypeGuard[Collection[Any]]:
    """Tell whether ``annotation`` is a non-mapping collection type other than strings.

    Args:
        annotation: An annotation.

    Returns:
        Whether it is a ``list``/``tuple``/``set``/``deque``-like type.
    """
    origin = get_origin_or_inner_type(annotation)
    cls = origin if origin is not None else annotation
    return (
        isinstance(cls, type)
        and issubclass(cls, Collection)
        and not issubclass(cls, (*_STRING_TYPES, Mapping))
    )


def is_any(annotation: Any) -> TypeGuard[Any]:
    """Tell whether ``annotation`` is ``Any`` (or a union containing ``Any``).

    Args:
        annotation: An annotation.

    Returns:
        Whether it is ``Any``.
    """
    return annotation is Any or (is_union(annotation) and any(arg is Any for arg in get_args(annotation)))


def is_union(annotation: Any) -> bool:
    """Tell whether ``annotation`` is a ``Union[...]`` or ``X | Y``.

    Args:
        annotation: An annotation.

    Returns:
        Whether it is a union.
    """
    return get_origin_or_inner_type(annotation) in UnionTypes


def is_optional_union(annotation: Any) -> TypeGuard[Any | None]:
    """Tell whether ``annotation`` is a union containing ``None``.

    Args:
        annotation: An annotation.

    Returns:
        Whether it is optional.
    """
    return is_union(annotation) and type(None) in get_args(annotation)


def is_class_var(annotation: Any) -> bool:
    """Tell whether ``annotation`` is a ``ClassVar``.

    Args:
        annotation: An annotation.

    Returns:
        Whether it is ``ClassVar`` or ``ClassVar[...]``.
    """
    annotation = get_origin(annotation) or annotation
    if get_origin(annotation) is Annotated:  # pragma: no cover - defensive
        annotation = get_args(annotation)[0]
    return annotation is ClassVar


def is_annotated_type(annotation: Any) -> bool:
    """Tell whether ``annotation`` is ``Annotated[...]``.

    Args:
        annotation: An annotation.

    Returns:
        Whether it is annotated.
    """
    return get_origin(annotation) is Annotated


def is_dataclass_class(annotation: Any) -> TypeGuard[type[DataclassProtocol]]:
    """Tell whether ``annotation`` is a dataclass type.

    Args:
        annotation: An annotation.

    Returns:
        Whether it is a dataclass class.
    """
    try:
        origin = get_origin_or_inner_type(annotation)
    except TypeError:  # pragma: no cover
        return False
    cls = origin if origin is not None else annotation
    return isinstance(cls, type) and dataclasses.is_dataclass(cls)


def is_dataclass_instance(obj: Any) -> TypeGuard[DataclassProtocol]:
    """Tell whether ``obj`` is a dataclass instance.

    Args:
        obj: Any value.

    Returns:
        Whether it is a dataclass instance.
    """
    return not isinstance(obj, type) and dataclasses.is_dataclass(obj)


def is_undefined_sentinel(value: Any) -> bool:
    """Tell whether ``value`` is an "undefined" marker of the stdlib.

    Args:
        value: Any value.

    Returns:
        Whether it is ``dataclasses.MISSING`` or ``inspect.Parameter.empty``.
    """
    return any(value is sentinel for sentinel in _UNDEFINED_SENTINELS)
