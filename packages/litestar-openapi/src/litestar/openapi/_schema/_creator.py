"""``SchemaCreator``: turn a Python annotation into a ``Schema`` or a ``$ref`` to one.

One creator serves one document build: models (dataclasses, TypedDicts, msgspec structs,
attrs classes, enums) are described once in the :class:`SchemaRegistry` and referenced
everywhere else, which also makes recursive models safe.
"""

from __future__ import annotations

import dataclasses
import enum
import typing
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, get_args, get_origin, get_type_hints

import msgspec
from litestar.openapi._schema._constraints import DefaultValue, apply_constraints, plain_value
from litestar.openapi._schema._dto_names import TransferNaming, transfer_model_name
from litestar.openapi._schema._field import make_field
from litestar.openapi._schema._registry import SchemaRegistry, type_path
from litestar.openapi._schema._types import (
    ARRAY_ORIGINS,
    MAPPING_ORIGINS,
    NONE_TYPE,
    is_attrs_class,
    is_typeddict,
    is_union,
    literal_values,
    scalar_schema,
    unwrap_new_type,
)
from litestar.openapi.spec import OpenAPIType, Reference, Schema
from litestar.params import KwargDefinition
from litestar.types.empty import Empty

__all__ = ("SchemaCreator",)

_JSON_TYPES: tuple[tuple[type, OpenAPIType], ...] = (
    (bool, OpenAPIType.BOOLEAN),
    (int, OpenAPIType.INTEGER),
    (float, OpenAPIType.NUMBER),
    (str, OpenAPIType.STRING),
    (bytes, OpenAPIType.STRING),
    (NONE_TYPE, OpenAPIType.NULL),
)


def _json_type(value: Any) -> OpenAPIType:
    for kind, openapi_type in _JSON_TYPES:
        if isinstance(value, kind):
            return openapi_type
    return OpenAPIType.OBJECT


class _Property:
    __slots__ = ("annotation", "default", "name")

    def __init__(self, name: str, annotation: Any, default: Any) -> None:
        self.name = name
        self.annotation = annotation
        self.default = default


class SchemaCreator:
    """Builds schemas for annotations, registering models as components.

    Args:
        registry: Where model schemas are collected.
        plugins: ``OpenAPISchemaPlugin`` instances asked first about every type.
        prefer_alias: Whether model plugins should use field aliases (passed through).
    """

    __slots__ = (
        "_dto",
        "_dto_index",
        "_dto_path",
        "_plugins",
        "example_roots",
        "example_skipped",
        "prefer_alias",
        "registry",
    )

    def __init__(
        self,
        registry: SchemaRegistry | None = None,
        plugins: Sequence[Any] = (),
        prefer_alias: bool = True,
    ) -> None:
        self.registry = registry if registry is not None else SchemaRegistry()
        self._plugins = tuple(plugins)
        self.prefer_alias = prefer_alias
        # While a DTO is described: its naming, the place of the model being described in
        # the transfer tree and the type-argument position the current annotation sits at.
        self._dto: TransferNaming | None = None
        self._dto_path: str | None = None
        self._dto_index: int | None = None
        self.example_roots: list[Schema | Reference] = []
        """Schemas of ``ResponseSpec(generate_examples=True)`` responses (examples added)."""
        self.example_skipped: set[int] = set()
        """Ids of schemas of ``ResponseSpec(generate_examples=False)`` responses."""

    def for_dto(self, dto: Any, field_definition: Any, handler: Any, *, inbound: bool) -> Any:
        """Describe a handler's ``data`` or return value through its DTO class.

        The transfer types the DTO hands back are named after the handler (see
        :mod:`litestar.openapi._schema._dto_names`).

        Args:
            dto: The DTO class.
            field_definition: The annotated field (``data`` or ``return``).
            handler: The route handler.
            inbound: Whether it is the request body.

        Returns:
            The schema or reference the DTO returns.
        """
        self._dto, self._dto_path, self._dto_index = TransferNaming(handler.fn, inbound=inbound), None, None
        try:
            return dto.create_openapi_schema(field_definition, handler.handler_id, self)
        finally:
            self._dto = self._dto_path = self._dto_index = None

    # -- entry points -----------------------------------------------------------------

    def for_annotation(self, annotation: Any, kwarg_definition: Any = None) -> Schema | Reference:
        """Describe ``annotation``, with the constraints of an optional ``KwargDefinition``.

        Args:
            annotation: Any type annotation, ``Annotated`` included.
            kwarg_definition: A ``Parameter(...)``/``Body(...)`` definition.

        Returns:
            A schema, or a reference to a component schema.
        """
        schema = self._for(annotation)
        if kwarg_definition is not None and isinstance(kwarg_definition, KwargDefinition):
            schema = apply_constraints(schema, kwarg_definition)
        return schema

    def for_field_definition(self, field_definition: Any) -> Schema | Reference:
        """Describe a parsed field (what schema plugins call back with).

        Args:
            field_definition: An object with ``annotation`` (and optionally ``kwarg_definition``).

        Returns:
            A schema, or a reference to a component schema.
        """
        annotation = getattr(field_definition, "raw", None) or field_definition.annotation
        schema = self.for_annotation(annotation, getattr(field_definition, "kwarg_definition", None))
        default = getattr(field_definition, "default", Empty)
        if default is not Empty and default is not None and not callable(default):
            schema = apply_constraints(schema, DefaultValue(default))
        return schema

    def create_component_schema(
        self,
        model: Any,
        /,
        required: Sequence[str],
        property_fields: Mapping[str, Any],
        openapi_type: OpenAPIType = OpenAPIType.OBJECT,
        title: str | None = None,
        examples: list[Any] | None = None,
    ) -> Schema:
        """Describe an object type from its properties (for model plugins).

        Args:
            model: The model class (or a parsed field holding it).
            required: Names of the required properties.
            property_fields: Property name -> annotation (or an object with ``annotation``).
            openapi_type: The ``type`` of the schema.
            title: The schema title; defaults to the class name.
            examples: Example values.

        Returns:
            The object schema (not registered; return it from the plugin).
        """
        model_type = getattr(model, "annotation", model)
        properties = {
            name: self.for_field_definition(value) if hasattr(value, "annotation") else self._for(value)
            for name, value in property_fields.items()
        }
        return Schema(
            properties=properties,
            type=openapi_type,
            required=sorted(required),
            title=title or _title(model_type),
            examples=examples,
        )

    # -- dispatch ---------------------------------------------------------------------

    def _for(self, annotation: Any) -> Schema | Reference:
        if get_origin(annotation) is Annotated:
            base, *metadata = get_args(annotation)
            schema = self._for(base)
            for item in metadata:
                schema = apply_constraints(schema, item)
            return schema
        annotation = unwrap_new_type(annotation)
        if annotation is Any or annotation is object or isinstance(annotation, typing.TypeVar):
            return Schema()
        if annotation is None or annotation is NONE_TYPE:
            return Schema(type=OpenAPIType.NULL)
        if is_union(annotation):
            return self._union(get_args(annotation))
        origin = get_origin(annotation)
        if origin is typing.Literal:
            return _literal(literal_values(annotation))
        for plugin in self._plugins:
            if _plugin_supports(plugin, annotation):
                return self._from_plugin(plugin, annotation)
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            return self._component(annotation, annotation, self._enum)
        scalar = scalar_schema(annotation)
        if scalar is not None:
            return scalar
        if origin in MAPPING_ORIGINS or annotation in MAPPING_ORIGINS:
            return self._mapping(get_args(annotation))
        if origin in ARRAY_ORIGINS or annotation in ARRAY_ORIGINS:
            return self._array(origin or annotation, get_args(annotation), annotation)
        target = origin if origin is not None else annotation
        if _is_model(target):
            if self._dto is not None:
                model_name = transfer_model_name(target)
                if model_name is not None:
                    return self._transfer(annotation, model_name)
            return self._component(annotation, annotation, self._model)
        return Schema()

    def _inner(self, annotation: Any, index: int) -> Schema | Reference:
        """Describe the type argument at ``index`` of a generic (it names nested DTO types)."""
        saved, self._dto_index = self._dto_index, index
        try:
            return self._for(annotation)
        finally:
            self._dto_index = saved

    def _transfer(self, annotation: Any, model_name: str) -> Reference:
        assert self._dto is not None
        if annotation not in self.registry:
            parent = self._dto_path
            if parent is None:
                path = model_name
            elif self._dto_index is None:
                path = f"{parent}{model_name}"
            else:
                path = f"{parent}_{self._dto_index}{model_name}"
            schema = Schema()
            self.registry.register_transfer(annotation, self._dto.candidates(path), schema)
            saved = self._dto_path, self._dto_index
            self._dto_path, self._dto_index = path, None
            try:
                self._model(annotation, schema)
            finally:
                self._dto_path, self._dto_index = saved
            # A transfer type's nullable fields are not required, as 2.17 documents them.
            nullable = {
                f.encode_name
                for f in msgspec.structs.fields(annotation)
                if is_union(f.type) and NONE_TYPE in get_args(f.type)
            }
            schema.required = [name for name in schema.required or () if name not in nullable]
        return self.registry.reference(annotation)

    def _from_plugin(self, plugin: Any, annotation: Any) -> Schema | Reference:
        key = ("plugin", annotation)
        if key in self.registry:
            return self.registry.reference(key)
        schema: Schema | Reference = plugin.to_openapi_schema(make_field(annotation), self)
        if isinstance(schema, Schema) and schema.title and isinstance(annotation, type):
            self.registry.register(key, type_path(annotation), schema)
            return self.registry.reference(key)
        return schema

    def _component(self, key: Any, annotation: Any, build: Any) -> Reference:
        if key not in self.registry:
            schema = Schema()
            self.registry.register(key, _component_path(annotation), schema)
            build(annotation, schema)
        return self.registry.reference(key)

    # -- kinds ------------------------------------------------------------------------

    def _union(self, members: tuple[Any, ...]) -> Schema | Reference:
        # ``msgspec.UnsetType`` marks a field that may be left out: not a value to document.
        members = tuple(m for m in members if m is not msgspec.UnsetType)
        if len(members) == 1:
            return self._for(members[0])
        schemas: list[Schema | Reference] = [
            self._inner(m, index) for index, m in enumerate(members) if m is not NONE_TYPE
        ]
        rest = [m for m in members if m is not NONE_TYPE]
        if len(rest) != len(members):
            schemas.append(Schema(type=OpenAPIType.NULL))
        return Schema(one_of=schemas)

    def _mapping(self, args: tuple[Any, ...]) -> Schema:
        if len(args) == 2:
            value = args[1]
            return Schema(type=OpenAPIType.OBJECT, additional_properties=self._inner(value, 1))
        return Schema(type=OpenAPIType.OBJECT)

    def _array(self, origin: Any, args: tuple[Any, ...], annotation: Any) -> Schema:
        if origin is tuple and annotation is not tuple and not args:
            return Schema()  # ``tuple[()]``, documented without a type as Litestar 2.17 does
        if not args:
            return Schema(type=OpenAPIType.ARRAY)
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            return Schema(
                type=OpenAPIType.ARRAY, prefix_items=[self._inner(a, i) for i, a in enumerate(args)]
            )
        return Schema(type=OpenAPIType.ARRAY, items=self._inner(args[0], 0))

    def _enum(self, annotation: type[enum.Enum], schema: Schema) -> None:
        values = [member.value for member in annotation]
        types = sorted({_json_type(v).value for v in values})
        schema.type = OpenAPIType(types[0]) if len(types) == 1 else [OpenAPIType(t) for t in types]
        schema.enum = values
        schema.title = annotation.__name__
        if annotation.__doc__ and annotation.__doc__ != _default_enum_doc(annotation):
            schema.description = annotation.__doc__.strip()

    def _model(self, annotation: Any, schema: Schema) -> None:
        origin = get_origin(annotation) or annotation
        substitutions = _type_var_map(annotation)
        properties, required = _model_properties(origin, substitutions)
        schema.properties = {}
        for prop in properties:
            prop_schema = self._for(prop.annotation)
            if prop.default is not Empty:
                prop_schema = apply_constraints(prop_schema, DefaultValue(prop.default))
            schema.properties[prop.name] = prop_schema
        schema.type = OpenAPIType.OBJECT
        schema.required = sorted(required)
        schema.title = _title(annotation)


def _plugin_supports(plugin: Any, annotation: Any) -> bool:
    check = getattr(plugin, "is_plugin_supported_field", None)
    try:
        if check is not None:
            return bool(check(make_field(annotation)))
        return bool(plugin.is_plugin_supported_type(annotation))
    except NotImplementedError:
        return False


def _literal(values: list[Any]) -> Schema:
    types = sorted({_json_type(v).value for v in values})
    openapi_type: Any = OpenAPIType(types[0]) if len(types) == 1 else [OpenAPIType(t) for t in types]
    if len(values) == 1:
        return Schema(type=openapi_type, const=values[0])
    return Schema(type=openapi_type, enum=[plain_value(v) for v in values])


def _default_enum_doc(annotation: type[enum.Enum]) -> str | None:
    return "An enumeration." if annotation.__doc__ == "An enumeration." else None


def _title(annotation: Any) -> str:
    origin = get_origin(annotation)
    if origin is None:
        return str(getattr(annotation, "__name__", repr(annotation)))
    args = ", ".join(_title(a) for a in get_args(annotation))
    return f"{origin.__name__}[{args}]"


def _qualified(annotation: Any) -> str:
    origin = get_origin(annotation)
    if origin is not None:
        args = ", ".join(_qualified(a) for a in get_args(annotation))
        return f"{_qualified(origin)}[{args}]"
    module = getattr(annotation, "__module__", "")
    name = str(getattr(annotation, "__qualname__", None) or getattr(annotation, "__name__", repr(annotation)))
    return name if module in ("builtins", "") else f"{module}.{name}"


def _component_path(annotation: Any) -> tuple[str, ...]:
    origin = get_origin(annotation)
    if origin is None:
        return type_path(annotation)
    args = ", ".join(_qualified(a) for a in get_args(annotation))
    short = f"{origin.__name__}[{args}]".replace("[", "_").replace("]", "_")
    return (*type_path(origin)[:-1], short)


def _is_model(target: Any) -> bool:
    if not isinstance(target, type):
        return False
    return (
        dataclasses.is_dataclass(target)
        or is_typeddict(target)
        or issubclass(target, msgspec.Struct)
        or is_attrs_class(target)
    )


def _type_var_map(annotation: Any) -> dict[Any, Any]:
    origin = get_origin(annotation)
    if origin is None:
        return {}
    params = getattr(origin, "__parameters__", ())
    return dict(zip(params, get_args(annotation), strict=False))


def _hints(cls: type) -> dict[str, Any]:
    try:
        return get_type_hints(cls, include_extras=True)
    except (NameError, TypeError):
        return dict(getattr(cls, "__annotations__", {}))


def _substitute(annotation: Any, mapping: dict[Any, Any]) -> Any:
    if not mapping:
        return annotation
    if isinstance(annotation, typing.TypeVar):
        return mapping.get(annotation, annotation)
    params = getattr(annotation, "__parameters__", ())
    if params and any(p in mapping for p in params):
        return annotation[tuple(mapping.get(p, p) for p in params)]
    return annotation


def _model_properties(cls: type, mapping: dict[Any, Any]) -> tuple[list[_Property], list[str]]:
    hints = _hints(cls)
    properties: list[_Property] = []
    required: list[str] = []
    if issubclass(cls, msgspec.Struct):
        info = msgspec.structs.fields(cls)
        for f in info:
            default = Empty
            if f.default is msgspec.UNSET:  # an optional field of a DTO-generated struct
                pass
            elif f.default is not msgspec.NODEFAULT:
                default = f.default
            elif f.default_factory is msgspec.NODEFAULT:
                required.append(f.encode_name)
            properties.append(
                _Property(f.encode_name, _substitute(hints.get(f.name, f.type), mapping), default)
            )
        tag_field = cls.__struct_config__.tag_field
        tag = cls.__struct_config__.tag
        if tag_field is not None and tag is not None:
            properties.append(_Property(tag_field, typing.Literal[tag], Empty))
            required.append(tag_field)
        return properties, required
    if dataclasses.is_dataclass(cls):
        for dc_field in dataclasses.fields(cls):
            no_default = dc_field.default is dataclasses.MISSING
            if not dc_field.init and no_default and dc_field.default_factory is dataclasses.MISSING:
                continue
            dc_default: Any = Empty
            if not no_default:
                dc_default = dc_field.default
            elif dc_field.default_factory is dataclasses.MISSING:
                required.append(dc_field.name)
            annotation = _substitute(hints.get(dc_field.name, Any), mapping)
            properties.append(_Property(dc_field.name, annotation, dc_default))
        return properties, required
    if is_typeddict(cls):
        required_keys: frozenset[str] = getattr(cls, "__required_keys__", frozenset())
        for name, hint in hints.items():
            # NOTE: ``__required_keys__`` misses ``NotRequired[...]`` written as a string (with
            # ``from __future__ import annotations``); the resolved hint tells it apart.
            marker = get_origin(hint)
            if marker is typing.Required or (name in required_keys and marker is not typing.NotRequired):
                required.append(name)
            properties.append(_Property(name, _substitute(_strip_required(hint), mapping), Empty))
        return properties, required
    import attrs  # type: ignore[import-not-found,unused-ignore]

    attributes: Any = attrs.fields(cls)  # type: ignore[arg-type,unused-ignore]
    for a in attributes:
        if a.default is attrs.NOTHING:
            required.append(a.alias or a.name)
        annotation = hints.get(a.name, a.type if a.type is not None else Any)
        # Defaults of attrs classes are not documented, as in Litestar 2.17.
        properties.append(_Property(a.alias or a.name, _substitute(annotation, mapping), Empty))
    return properties, required


_REQUIREDNESS = frozenset(
    q for q in (typing.Required, typing.NotRequired, getattr(typing, "ReadOnly", None)) if q is not None
)


def _strip_required(annotation: Any) -> Any:
    origin = get_origin(annotation)
    if origin is not None and origin in _REQUIREDNESS:
        return _strip_required(get_args(annotation)[0])
    return annotation
