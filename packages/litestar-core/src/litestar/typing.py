"""``FieldDefinition``: one annotation taken apart once, with the questions plugins ask of it.

DTO backends, OpenAPI schema plugins and serialization plugins all receive a
``FieldDefinition`` instead of a raw annotation, so each of them does not have to strip
``Annotated``/``Optional`` and look up origins again. Building one costs a few
``typing.get_origin``/``get_args`` calls; every predicate is a cheap property over the
fields computed here.
"""

from __future__ import annotations

import dataclasses
import inspect
import warnings
from collections import abc
from dataclasses import dataclass, is_dataclass
from enum import Enum
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ForwardRef,
    Literal,
    NotRequired,
    TypeVar,
    Union,
    get_args,
    get_origin,
    get_type_hints,
)

from typing_extensions import is_typeddict

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.params import DependencyKwarg, KwargDefinition, ParameterKwarg
from litestar.types.builtin_types import UnionTypes
from litestar.types.empty import Empty
from litestar.utils.predicates import is_any, is_class_and_subclass, is_generic
from litestar.utils.typing import (
    get_instantiable_origin,
    get_safe_generic_origin,
    unwrap_annotation,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from inspect import Parameter
    from typing import Self

__all__ = ("FieldDefinition",)

_NONE_TYPE = type(None)
_STRING_TYPES = (str, bytes, bytearray)
_KWARG_TYPES = (KwargDefinition, DependencyKwarg)


def _split_metadata(
    metadata: tuple[Any, ...],
) -> tuple[KwargDefinition | DependencyKwarg | None, tuple[Any, ...]]:
    """Separate a ``Parameter()``/``Body()``/``Dependency()`` marker from other ``Annotated`` metadata."""
    kwarg: KwargDefinition | DependencyKwarg | None = None
    rest: tuple[Any, ...] = ()
    for item in metadata:
        if isinstance(item, _KWARG_TYPES) and kwarg is None:
            kwarg = item
        else:
            rest += (item,)
    if kwarg is None and rest:
        # Annotated constraints without an explicit marker describe a plain parameter.
        kwarg = ParameterKwarg()
    return kwarg, rest


def _origin_class(annotation: Any, origin: Any) -> Any:
    return origin if origin is not None else annotation


@dataclass(frozen=True)
class FieldDefinition:
    """An annotation (of a parameter, a field or a return value) and what it is made of.

    Build one with :meth:`from_annotation`, :meth:`from_kwarg` or :meth:`from_parameter`.
    """

    __slots__ = (
        "annotation",
        "args",
        "default",
        "extra",
        "inner_types",
        "instantiable_origin",
        "kwarg_definition",
        "metadata",
        "name",
        "origin",
        "raw",
        "safe_generic_origin",
        "type_wrappers",
    )

    raw: Any
    """The annotation as written, wrappers included."""
    annotation: Any
    """The annotation without ``Annotated``/``Required``/``NotRequired`` wrappers."""
    type_wrappers: set[Any]
    """The wrappers removed from :attr:`raw` (``Annotated``, ``NotRequired``...)."""
    origin: Any
    """``typing.get_origin`` of :attr:`annotation` (``list`` for ``list[int]``), or ``None``."""
    args: tuple[Any, ...]
    """``typing.get_args`` of :attr:`annotation`."""
    metadata: tuple[Any, ...]
    """``Annotated`` metadata other than the ``Parameter``/``Body``/``Dependency`` marker."""
    instantiable_origin: Any
    """A concrete class for :attr:`origin` (``list`` for ``Sequence``)."""
    safe_generic_origin: Any
    """A ``typing`` generic for :attr:`origin` that can be subscripted (``List`` for ``list``)."""
    inner_types: tuple[FieldDefinition, ...]
    """One definition per type argument."""
    default: Any
    """The default value, or ``Empty``."""
    extra: dict[str, Any]
    """Free-form data attached by whoever built the definition."""
    kwarg_definition: KwargDefinition | DependencyKwarg | None
    """The ``Parameter()``/``Body()``/``Dependency()`` marker, if any."""
    name: str
    """The parameter or field name (empty for a bare annotation)."""

    def __deepcopy__(self, memo: dict[str, Any]) -> Self:
        return type(self)(**{f.name: getattr(self, f.name) for f in dataclasses.fields(self)})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FieldDefinition):
            return False
        if self.origin is not None or other.origin is not None:
            return bool(self.origin == other.origin and self.inner_types == other.inner_types)
        return bool(self.annotation == other.annotation)

    def __hash__(self) -> int:
        try:
            return hash((self.name, self.raw, self.annotation, self.origin, self.inner_types))
        except TypeError:
            return hash((self.name, id(self.raw)))

    # -- construction -------------------------------------------------------------------

    @classmethod
    def from_annotation(cls, annotation: Any, **kwargs: Any) -> FieldDefinition:
        """Take ``annotation`` apart.

        Args:
            annotation: The annotation (``Annotated[...]``, unions, generics and strings
                are all accepted; strings stay forward references).
            **kwargs: ``name``, ``default``, ``kwarg_definition``, ``extra`` or ``inner_types``.

        Returns:
            The definition.
        """
        unwrapped, metadata, wrappers = unwrap_annotation(annotation)
        origin = get_origin(unwrapped)
        args = () if origin is abc.Callable else get_args(unwrapped)

        kwarg_definition = kwargs.pop("kwarg_definition", None)
        if metadata:
            found, metadata = _split_metadata(metadata)
            if kwarg_definition is None:
                kwarg_definition = found
        default = kwargs.pop("default", Empty)
        if isinstance(kwarg_definition, (KwargDefinition, DependencyKwarg)):
            kwarg_default = kwarg_definition.default
            if kwarg_default is not Empty:
                if default is not Empty and default != kwarg_default:
                    raise ValueError(
                        "Multiple defaults given: one in the annotation and one as default value"
                    )
                if default is Empty:
                    warnings.warn(
                        f"Deprecated default value specification for annotation '{annotation!r}'. Setting "
                        "defaults inside 'typing.Annotated' is discouraged and support for this will be "
                        "removed in a future version. Defaults should be set with regular parameter default "
                        "values. Use 'param: Annotated[<type>, Parameter(...)] = <default>' instead of "
                        "'param: Annotated[<type>, Parameter(..., default=<default>)].",
                        category=DeprecationWarning,
                        stacklevel=2,
                    )
                default = kwarg_default

        inner_types = kwargs.pop("inner_types", None)
        if inner_types is None:
            inner_types = tuple(cls.from_annotation(arg) for arg in args)

        return cls(
            raw=annotation,
            annotation=unwrapped,
            type_wrappers=wrappers,
            origin=origin,
            args=args,
            metadata=metadata,
            instantiable_origin=get_instantiable_origin(origin, unwrapped),
            safe_generic_origin=get_safe_generic_origin(origin, unwrapped),
            inner_types=inner_types,
            default=default,
            extra=kwargs.pop("extra", None) or {},
            kwarg_definition=kwarg_definition,
            name=kwargs.pop("name", ""),
        )

    @classmethod
    def from_kwarg(
        cls,
        annotation: Any,
        name: str,
        default: Any = Empty,
        inner_types: tuple[FieldDefinition, ...] | None = None,
        kwarg_definition: KwargDefinition | DependencyKwarg | None = None,
        extra: dict[str, Any] | None = None,
    ) -> FieldDefinition:
        """Build the definition of a named field or keyword argument.

        Args:
            annotation: Its annotation.
            name: Its name.
            default: Its default, or ``Empty``.
            inner_types: Definitions of its type arguments, when already known.
            kwarg_definition: A ``Parameter()``/``Body()``/``Dependency()`` marker.
            extra: Free-form data to attach.

        Returns:
            The definition.
        """
        return cls.from_annotation(
            annotation,
            name=name,
            default=default,
            **({"inner_types": inner_types} if inner_types is not None else {}),
            **({"kwarg_definition": kwarg_definition} if kwarg_definition is not None else {}),
            **({"extra": extra} if extra is not None else {}),
        )

    @classmethod
    def from_parameter(cls, parameter: Parameter, fn_type_hints: dict[str, Any]) -> FieldDefinition:
        """Build the definition of a function parameter.

        Args:
            parameter: The ``inspect.Parameter``.
            fn_type_hints: The function's resolved type hints.

        Returns:
            The definition.

        Raises:
            ImproperlyConfiguredException: When the parameter has no annotation.
        """
        try:
            annotation = fn_type_hints[parameter.name]
        except KeyError as exc:
            raise ImproperlyConfiguredException(
                f"{parameter.name!r} does not have a type annotation. If it should receive any value, use 'Any'."
            ) from exc
        default = Empty if parameter.default is inspect.Parameter.empty else parameter.default
        kwarg_definition: Any = None
        if isinstance(default, _KWARG_TYPES):
            kwarg_definition, default = default, Empty
        return cls.from_kwarg(
            annotation=annotation, name=parameter.name, default=default, kwarg_definition=kwarg_definition
        )

    # -- predicates ---------------------------------------------------------------------

    @property
    def has_default(self) -> bool:
        """Whether a default value is set."""
        return self.default is not Empty

    @property
    def is_non_string_iterable(self) -> bool:
        """Whether the type (optional or not) is an iterable other than ``str``/``bytes``."""
        annotation = self.annotation
        if self.is_optional:
            annotation = Union[tuple(a for a in self.args if a is not _NONE_TYPE)]  # noqa: UP007
        cls = _origin_class(annotation, get_origin(annotation))
        try:
            return (
                isinstance(cls, type) and issubclass(cls, abc.Iterable) and not issubclass(cls, _STRING_TYPES)
            )
        except TypeError:  # pragma: no cover - exotic metaclasses
            return False

    @property
    def is_non_string_sequence(self) -> bool:
        """Whether the type (optional or not) is a non-mapping collection other than strings."""
        annotation = self.annotation
        if self.is_optional:
            annotation = Union[tuple(a for a in self.args if a is not _NONE_TYPE)]  # noqa: UP007
        cls = _origin_class(annotation, get_origin(annotation))
        return is_class_and_subclass(cls, abc.Collection) and not is_class_and_subclass(
            cls, (*_STRING_TYPES, abc.Mapping)
        )

    @property
    def is_any(self) -> bool:
        """Whether the type is ``Any``."""
        return is_any(self.annotation)

    @property
    def is_generic(self) -> bool:
        """Whether the type is a user ``Generic`` class, parametrised or not."""
        return is_generic(self.annotation)

    @property
    def is_simple_type(self) -> bool:
        """Whether the type has no structure to look into (not generic, union, collection...)."""
        return not (
            self.is_generic
            or self.is_optional
            or self.is_union
            or self.is_mapping
            or self.is_non_string_iterable
            or self.is_new_type
        )

    @property
    def is_parameter_field(self) -> bool:
        """Whether a ``Parameter()`` marker is attached."""
        return isinstance(self.kwarg_definition, ParameterKwarg)

    @property
    def is_const(self) -> bool:
        """Whether the marker declares a constant value."""
        return bool(isinstance(self.kwarg_definition, KwargDefinition) and self.kwarg_definition.const)

    @property
    def is_required(self) -> bool:
        """Whether a value must be supplied (not optional, no default, not ``Any``)."""
        if isinstance(self.kwarg_definition, ParameterKwarg) and self.kwarg_definition.required is not None:
            return self.kwarg_definition.required
        if NotRequired in self.type_wrappers:
            return False
        return not self.is_optional and not self.is_any and (not self.has_default or self.default is None)

    @property
    def is_annotated(self) -> bool:
        """Whether ``Annotated`` metadata other than a marker is attached."""
        return bool(self.metadata)

    @property
    def is_literal(self) -> bool:
        """Whether the type is a ``Literal``."""
        return self.origin is Literal

    @property
    def is_forward_ref(self) -> bool:
        """Whether the annotation is a string or ``ForwardRef`` still to be resolved."""
        return isinstance(self.annotation, (str, ForwardRef))

    @property
    def is_mapping(self) -> bool:
        """Whether the type is a mapping."""
        return is_class_and_subclass(self.annotation, abc.Mapping)

    @property
    def is_tuple(self) -> bool:
        """Whether the type is a tuple."""
        return is_class_and_subclass(self.annotation, tuple)

    @property
    def is_new_type(self) -> bool:
        """Whether the type was made with ``typing.NewType``."""
        return hasattr(self.annotation, "__supertype__")

    @property
    def is_type_alias_type(self) -> bool:
        """Whether the type is a PEP 695 ``type X = ...`` alias."""
        return type(self.annotation).__name__ == "TypeAliasType"

    @property
    def is_type_var(self) -> bool:
        """Whether the annotation is a ``TypeVar``."""
        return isinstance(self.annotation, TypeVar)

    @property
    def is_union(self) -> bool:
        """Whether the type is a union (``Optional`` included)."""
        return self.origin in UnionTypes

    @property
    def is_optional(self) -> bool:
        """Whether ``None`` is one member of a union."""
        return self.is_union and _NONE_TYPE in self.args

    @property
    def is_none_type(self) -> bool:
        """Whether the type is ``NoneType``."""
        return self.annotation is _NONE_TYPE

    @property
    def is_collection(self) -> bool:
        """Whether the type is a ``Collection`` (strings included)."""
        return is_class_and_subclass(_origin_class(self.annotation, self.origin), abc.Collection)

    @property
    def is_non_string_collection(self) -> bool:
        """Whether the type is a ``Collection`` other than strings."""
        return self.is_collection and not is_class_and_subclass(self.annotation, _STRING_TYPES)

    @property
    def bound_types(self) -> tuple[FieldDefinition, ...] | None:
        """The definitions of a bounded ``TypeVar``'s bound, else ``None``."""
        bound = getattr(self.annotation, "__bound__", None) if self.is_type_var else None
        if bound is None:
            return None
        if get_origin(bound) in UnionTypes:
            return tuple(FieldDefinition.from_annotation(arg) for arg in get_args(bound))
        return (FieldDefinition.from_annotation(bound),)

    @property
    def generic_types(self) -> tuple[FieldDefinition, ...] | None:
        """The type parameters of an unparametrised ``Generic`` class, else ``None``."""
        if not self.is_generic or self.origin is not None:
            return None
        params = getattr(self.annotation, "__parameters__", ())
        return tuple(FieldDefinition.from_annotation(param) for param in params) or None

    @property
    def is_dataclass_type(self) -> bool:
        """Whether the type is a dataclass."""
        cls = _origin_class(self.annotation, self.origin)
        return isinstance(cls, type) and is_dataclass(cls)

    @property
    def is_typeddict_type(self) -> bool:
        """Whether the type is a ``TypedDict``."""
        return is_typeddict(_origin_class(self.annotation, self.origin))

    @property
    def is_enum(self) -> bool:
        """Whether the type is an ``Enum``."""
        return is_class_and_subclass(self.annotation, Enum)

    @property
    def type_(self) -> Any:
        """The origin if there is one, else the annotation."""
        return self.origin or self.annotation

    def is_subclass_of(self, cl: type[Any] | tuple[type[Any], ...]) -> bool:
        """Tell whether the type is a subclass of ``cl`` (every member, for a union).

        Args:
            cl: A class or a tuple of classes.

        Returns:
            Whether it is.
        """
        if self.origin in UnionTypes:
            return all(t.is_subclass_of(cl) for t in self.inner_types)
        if self.origin is not None:
            return is_class_and_subclass(self.origin, cl)
        if self.annotation is Any or self.is_type_var:
            return False
        return is_class_and_subclass(self.annotation, cl)

    def has_inner_subclass_of(self, cl: type[Any] | tuple[type[Any], ...]) -> bool:
        """Tell whether one of the type arguments is a subclass of ``cl``.

        Args:
            cl: A class or a tuple of classes.

        Returns:
            Whether one is.
        """
        return any(t.is_subclass_of(cl) for t in self.inner_types)

    def match_predicate_recursively(self, predicate: Callable[[FieldDefinition], bool]) -> bool:
        """Tell whether ``predicate`` holds for this definition or any nested one.

        Args:
            predicate: A test over definitions.

        Returns:
            Whether it holds somewhere.
        """
        return predicate(self) or any(t.match_predicate_recursively(predicate) for t in self.inner_types)

    def get_type_hints(
        self, *, include_extras: bool = False, resolve_generics: bool = False
    ) -> dict[str, Any]:
        """Return the type hints of the annotated class (a dataclass, TypedDict...).

        Args:
            include_extras: Keep ``Annotated`` wrappers.
            resolve_generics: Replace the class's type variables by the arguments given,
                e.g. ``T`` by ``int`` for ``Model[int]``.

        Returns:
            Field name to annotation.
        """
        target = _origin_class(self.annotation, self.origin)
        hints = get_type_hints(target, include_extras=include_extras)
        if resolve_generics and self.origin is not None and self.args:
            params = getattr(self.origin, "__parameters__", ())
            mapping = dict(zip(params, self.args, strict=False))
            hints = {key: _substitute(value, mapping) for key, value in hints.items()}
        return hints


def _substitute(annotation: Any, mapping: dict[Any, Any]) -> Any:
    if isinstance(annotation, TypeVar):
        return mapping.get(annotation, annotation)
    params = getattr(annotation, "__parameters__", ())
    if params and get_origin(annotation) is not Annotated:
        try:
            return annotation[tuple(mapping.get(p, p) for p in params)]
        except TypeError:  # pragma: no cover - not subscriptable after all
            return annotation
    return annotation
