"""``FieldDefinition``: an annotation taken apart once, with the questions asked about it.

DTOs, model plugins and the OpenAPI piece all need to know, of an annotation, its origin,
its arguments, whether it is optional, a collection, a union, ... This module parses an
annotation into a frozen record once (at startup), so those questions are attribute
reads afterwards.
"""

from __future__ import annotations

import dataclasses
from collections import abc, deque
from collections.abc import Callable, Collection, Mapping
from copy import deepcopy
from enum import Enum
from typing import (  # type: ignore[attr-defined]
    Any,
    ForwardRef,
    Literal,
    NewType,
    TypeVar,
    _GenericAlias,
    get_args,
    get_origin,
    get_type_hints,
    is_typeddict,
)

from typing_extensions import TypeAliasType

from litestar.params import DependencyKwarg, KwargDefinition, ParameterKwarg
from litestar.types.empty import Empty
from litestar.utils.predicates import is_dataclass_class, is_undefined_sentinel
from litestar.utils.typing import (
    get_instantiable_origin,
    get_safe_generic_origin,
    make_non_optional_union,
    unwrap_annotation,
)

__all__ = ("FieldDefinition",)

_NONE_TYPE = type(None)
_COLLECTION_ORIGINS = (list, tuple, set, frozenset, deque, dict, abc.Collection)


def _is_new_type(annotation: Any) -> bool:
    return isinstance(annotation, NewType)


def _unwrap_new_type(annotation: Any) -> Any:
    while isinstance(annotation, NewType):
        annotation = annotation.__supertype__
    return annotation


def _parse_metadata(value: Any, is_sequence_container: bool, extra: dict[str, Any] | None) -> dict[str, Any]:
    """Read constraint metadata (``annotated_types``, msgspec ``Meta``...) into keyword values."""
    result: dict[str, Any] = {}
    extra = dict(extra or {})
    if value is None:
        return {**result, **extra}
    meta_fields = ("gt", "ge", "lt", "le", "multiple_of", "min_length", "max_length", "pattern")
    for name in meta_fields:
        attribute = getattr(value, name, None)
        if attribute is not None and not callable(attribute):
            key = name
            if is_sequence_container and name in ("min_length", "max_length"):
                key = "min_items" if name == "min_length" else "max_items"
            result[key] = attribute
    for name in ("title", "description", "examples"):
        attribute = getattr(value, name, None)
        if attribute is not None and not callable(attribute):
            result[name] = attribute
    extra_json_schema = getattr(value, "extra_json_schema", None)
    if isinstance(extra_json_schema, dict):
        result.update(extra_json_schema)
    return {**result, **extra}


@dataclasses.dataclass(frozen=True)
class FieldDefinition:
    """An annotation parsed once, with everything later code asks about it.

    ``raw`` is the annotation as written; ``annotation`` the same with ``Annotated``,
    ``Required``/``NotRequired`` and ``NewType`` wrappers removed; ``inner_types`` the
    parsed type arguments.
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
    """The annotation as written."""
    annotation: Any
    """The annotation without its wrappers."""
    type_wrappers: tuple[type, ...]
    """The wrappers removed from ``raw`` (``Annotated``, ``Required``, ...)."""
    origin: Any
    """``get_origin`` of the annotation."""
    args: tuple[Any, ...]
    """``get_args`` of the annotation."""
    metadata: tuple[Any, ...]
    """The ``Annotated`` metadata."""
    instantiable_origin: Any
    """A concrete class that can build a value of the origin (``list`` for ``Sequence``)."""
    safe_generic_origin: Any
    """A subscriptable generic of the origin (``List`` for ``list``)."""
    inner_types: tuple[FieldDefinition, ...]
    """The parsed type arguments."""
    default: Any
    """The default value, or ``Empty``."""
    extra: dict[str, Any]
    """Extra schema values."""
    kwarg_definition: KwargDefinition | DependencyKwarg | None
    """The ``Parameter``/``Body``/``Dependency`` definition attached, if any."""
    name: str
    """The name of the field or parameter ("" for a bare annotation)."""

    def __deepcopy__(self, memo: dict[int, Any]) -> FieldDefinition:
        return type(self)(**{key: deepcopy(getattr(self, key)) for key in self.__slots__})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FieldDefinition):
            return False
        if self.origin:
            return bool(self.origin == other.origin and self.inner_types == other.inner_types)
        return bool(self.annotation == other.annotation)

    def __hash__(self) -> int:
        return hash((self.name, self.raw, self.annotation, self.origin, self.inner_types))

    # -- properties -----------------------------------------------------------------------

    @property
    def has_default(self) -> bool:
        """Whether a default value is set."""
        return self.default is not Empty

    @property
    def is_non_string_iterable(self) -> bool:
        """Whether the annotation is an iterable other than ``str``/``bytes``."""
        annotation = self.annotation
        if self.is_optional:
            annotation = make_non_optional_union(annotation)
        origin = get_origin(annotation) or annotation
        return (
            isinstance(origin, type)
            and issubclass(origin, abc.Iterable)
            and not issubclass(origin, (str, bytes))
        )

    @property
    def is_non_string_sequence(self) -> bool:
        """Whether the annotation is a sequence other than ``str``/``bytes``."""
        annotation = self.annotation
        if self.is_optional:
            annotation = make_non_optional_union(annotation)
        origin = get_origin(annotation) or annotation
        return (
            isinstance(origin, type)
            and issubclass(origin, abc.Sequence)
            and not issubclass(origin, (str, bytes))
        )

    @property
    def is_any(self) -> bool:
        """Whether the annotation is ``Any`` (or a union containing it)."""
        return self.annotation is Any or any(arg is Any for arg in self.args)

    @property
    def is_generic(self) -> bool:
        """Whether the annotation is a subscripted user generic (``Page[int]``)."""
        return (
            isinstance(self.annotation, _GenericAlias)
            and self.origin
            not in (
                *_COLLECTION_ORIGINS,
                Literal,
            )
            and not self.is_union
            and hasattr(self.origin, "__parameters__")
        )

    @property
    def is_simple_type(self) -> bool:
        """Whether the annotation is not generic (no origin)."""
        return not self.is_generic

    @property
    def is_parameter_field(self) -> bool:
        """Whether a ``Parameter()`` definition is attached."""
        return isinstance(self.kwarg_definition, ParameterKwarg)

    @property
    def is_const(self) -> bool:
        """Whether the attached definition marks the value constant."""
        return bool(isinstance(self.kwarg_definition, KwargDefinition) and self.kwarg_definition.const)

    @property
    def is_required(self) -> bool:
        """Whether a value must be given: not optional, no default, not ``NotRequired``."""
        if isinstance(self.kwarg_definition, ParameterKwarg) and self.kwarg_definition.required is not None:
            return self.kwarg_definition.required
        return not self.is_optional and not self.is_any and (not self.has_default or self.default is None)

    @property
    def is_annotated(self) -> bool:
        """Whether ``raw`` was ``Annotated[...]``."""
        return bool(self.metadata)

    @property
    def is_literal(self) -> bool:
        """Whether the annotation is a ``Literal``."""
        return self.origin is Literal

    @property
    def is_forward_ref(self) -> bool:
        """Whether the annotation is an unresolved forward reference."""
        return isinstance(self.annotation, (str, ForwardRef))

    @property
    def is_mapping(self) -> bool:
        """Whether the annotation is a mapping."""
        return self.is_subclass_of(Mapping)

    @property
    def is_tuple(self) -> bool:
        """Whether the annotation is a tuple."""
        return self.is_subclass_of(tuple)

    @property
    def is_new_type(self) -> bool:
        """Whether ``raw`` is a ``NewType``."""
        return _is_new_type(self.raw)

    @property
    def is_type_alias_type(self) -> bool:
        """Whether the annotation is a ``type X = ...`` alias."""
        return isinstance(self.annotation, TypeAliasType)

    @property
    def is_type_var(self) -> bool:
        """Whether the annotation is a ``TypeVar``."""
        return isinstance(self.annotation, TypeVar)

    @property
    def is_union(self) -> bool:
        """Whether the annotation is a union."""
        from litestar.utils.predicates import is_union

        return is_union(self.annotation)

    @property
    def is_optional(self) -> bool:
        """Whether the annotation is a union with ``None``."""
        return self.is_union and _NONE_TYPE in self.args

    @property
    def is_none_type(self) -> bool:
        """Whether the annotation is ``None``."""
        return self.annotation is None or self.annotation is _NONE_TYPE

    @property
    def is_collection(self) -> bool:
        """Whether the annotation is a collection (``str`` included)."""
        return self.is_subclass_of(Collection)

    @property
    def is_non_string_collection(self) -> bool:
        """Whether the annotation is a collection other than ``str``/``bytes``."""
        return self.is_collection and not self.is_subclass_of((str, bytes))

    @property
    def bound_types(self) -> tuple[FieldDefinition, ...] | None:
        """The parsed bound or constraints of a ``TypeVar`` annotation."""
        if not self.is_type_var:
            return None
        bound = self.annotation.__bound__
        if bound is not None:
            return (FieldDefinition.from_annotation(bound),)
        constraints = self.annotation.__constraints__
        return tuple(FieldDefinition.from_annotation(c) for c in constraints) or None

    @property
    def generic_types(self) -> tuple[FieldDefinition, ...] | None:
        """The parsed type parameters of a generic class annotation."""
        if not self.is_generic:
            return None
        return tuple(FieldDefinition.from_annotation(arg) for arg in self.args)

    @property
    def is_dataclass_type(self) -> bool:
        """Whether the annotation is a dataclass."""
        return is_dataclass_class(self.origin or self.annotation)

    @property
    def is_typeddict_type(self) -> bool:
        """Whether the annotation is a ``TypedDict``."""
        return is_typeddict(self.origin or self.annotation)

    @property
    def is_enum(self) -> bool:
        """Whether the annotation is an ``Enum``."""
        return self.is_subclass_of(Enum)

    @property
    def type_(self) -> Any:
        """The class of the annotation: its origin if generic, else the annotation."""
        return self.origin or self.annotation

    # -- methods ----------------------------------------------------------------------------

    def is_subclass_of(self, cl: type[Any] | tuple[type[Any], ...]) -> bool:
        """Tell whether the annotation (every member of a union) is a subclass of ``cl``.

        Args:
            cl: A class or a tuple of classes.

        Returns:
            ``True`` if it is.
        """
        if self.origin:
            if self.origin is Literal:
                return all(isinstance(arg, cl) for arg in self.args)
            if self.is_union:
                return all(t.is_subclass_of(cl) for t in self.inner_types)
            return isinstance(self.origin, type) and issubclass(self.origin, cl)
        if self.annotation is Any or not isinstance(self.annotation, type):
            return False
        return issubclass(self.annotation, cl)

    def has_inner_subclass_of(self, cl: type[Any] | tuple[type[Any], ...]) -> bool:
        """Tell whether any inner type is a subclass of ``cl``.

        Args:
            cl: A class or a tuple of classes.

        Returns:
            ``True`` if one is.
        """
        return any(t.is_subclass_of(cl) for t in self.inner_types)

    def get_type_hints(
        self, *, include_extras: bool = False, resolve_generics: bool = False
    ) -> dict[str, Any]:
        """Return the type hints of the annotated class.

        Args:
            include_extras: Keep ``Annotated`` wrappers.
            resolve_generics: Substitute the type arguments of a generic annotation.

        Returns:
            The resolved type hints.
        """
        model = self.origin if self.is_generic else self.annotation
        hints = get_type_hints(model, include_extras=include_extras)
        if resolve_generics and self.is_generic:
            params = getattr(self.origin, "__parameters__", ())
            mapping = dict(zip(params, self.args, strict=False))
            hints = {key: _substitute(value, mapping) for key, value in hints.items()}
        return hints

    def match_predicate_recursively(self, predicate: Callable[[FieldDefinition], bool]) -> bool:
        """Tell whether this definition or any inner one satisfies ``predicate``.

        Args:
            predicate: A test on a field definition.

        Returns:
            ``True`` if one does.
        """
        return predicate(self) or any(t.match_predicate_recursively(predicate) for t in self.inner_types)

    # -- constructors -----------------------------------------------------------------------

    @classmethod
    def from_annotation(cls, annotation: Any, **kwargs: Any) -> FieldDefinition:
        """Parse an annotation.

        Args:
            annotation: The annotation.
            **kwargs: Values of other attributes (``name``, ``default``, ...).

        Returns:
            The field definition.
        """
        unwrapped, metadata, wrappers = unwrap_annotation(annotation)
        unwrapped = _unwrap_new_type(unwrapped)
        origin = get_origin(unwrapped)
        args = () if origin is abc.Callable else get_args(unwrapped)
        if not kwargs.get("kwarg_definition"):
            definitions = [m for m in metadata if isinstance(m, (KwargDefinition, DependencyKwarg))]
            if definitions:
                kwargs["kwarg_definition"] = definitions[0]
                metadata = tuple(m for m in metadata if m is not definitions[0])
            elif metadata:
                extra = _parse_metadata(
                    metadata[0], origin in (list, tuple, set, frozenset, deque), kwargs.get("extra")
                )
                if extra:
                    kwargs.setdefault("extra", extra)
        kwargs.setdefault("default", Empty)
        kwargs.setdefault("extra", {})
        kwargs.setdefault("kwarg_definition", None)
        kwargs.setdefault("name", "")
        kwargs.setdefault("inner_types", tuple(FieldDefinition.from_annotation(arg) for arg in args))
        return cls(
            raw=annotation,
            annotation=unwrapped,
            type_wrappers=tuple(wrappers),
            origin=origin,
            args=args,
            metadata=tuple(metadata),
            instantiable_origin=get_instantiable_origin(origin, unwrapped),
            safe_generic_origin=get_safe_generic_origin(origin, unwrapped),
            **kwargs,
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
        """Parse the annotation of a named value.

        Args:
            annotation: The annotation.
            name: The name.
            default: The default value.
            inner_types: Parsed type arguments, if already known.
            kwarg_definition: An attached ``Parameter``/``Body``/``Dependency``.
            extra: Extra schema values.

        Returns:
            The field definition.
        """
        kwargs: dict[str, Any] = {
            "name": name,
            "default": default,
            "kwarg_definition": kwarg_definition,
            "extra": extra or {},
        }
        if inner_types is not None:
            kwargs["inner_types"] = inner_types
        return cls.from_annotation(annotation, **kwargs)

    @classmethod
    def from_parameter(cls, parameter: Any, fn_type_hints: dict[str, Any]) -> FieldDefinition:
        """Parse an ``inspect.Parameter`` of a function.

        Args:
            parameter: The parameter.
            fn_type_hints: The resolved type hints of the function.

        Returns:
            The field definition.

        Raises:
            ImproperlyConfiguredException: If the parameter has no annotation.
        """
        from inspect import Parameter

        from litestar.exceptions import ImproperlyConfiguredException

        if parameter.name not in fn_type_hints:
            raise ImproperlyConfiguredException(
                f"'{parameter.name}' does not have a type annotation. If it should receive any value, "
                "use 'Any'."
            )
        default = Empty if parameter.default is Parameter.empty else parameter.default
        kwarg_definition: Any = None
        if isinstance(default, (KwargDefinition, DependencyKwarg)):
            kwarg_definition, default = default, getattr(default, "default", Empty)
        if is_undefined_sentinel(default):
            default = Empty
        return cls.from_kwarg(
            annotation=fn_type_hints[parameter.name],
            name=parameter.name,
            default=default,
            kwarg_definition=kwarg_definition,
        )


def _substitute(annotation: Any, mapping: Mapping[Any, Any]) -> Any:
    if isinstance(annotation, TypeVar):
        return mapping.get(annotation, annotation)
    params = getattr(annotation, "__parameters__", ())
    if params:
        try:
            return annotation[tuple(mapping.get(p, p) for p in params)]
        except TypeError:
            return annotation
    return annotation
