"""The transfer plan of a DTO: built once per handler field, run per request.

For a model and a :class:`~litestar.dto.config.DTOConfig` the plan holds

- a msgspec ``Struct`` (the *transfer type*) with one field per model field that travels in
  this direction, under its wire name, with nested models replaced by their own transfer
  types (up to ``max_nested_depth``);
- generated functions moving values between model instances and transfer instances.

Decoding a body is then one msgspec decode into the transfer type (validation in C) and
one generated function call per object; encoding is one generated call per object that
builds the transfer instances, which the app's msgspec encoder writes out. The functions
are generated source code (attribute reads and a constructor call per object), which is
what makes the plan cheap per request: no loops over field lists, no ``getattr`` by name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from itertools import count
from types import GenericAlias
from typing import TYPE_CHECKING, Any, TypeVar, Union, get_args, get_origin

import msgspec
from litestar.dto._as_is import decodes_as_is, encodes_as_is, positional_first, untransferred_defaults
from litestar.dto._rename import rename_field
from litestar.dto.data_structures import DTOData, DTOFieldDefinition
from litestar.dto.field import Mark
from litestar.exceptions import ClientException
from litestar.serialization import default_deserializer
from litestar.types.empty import Empty
from litestar.typing import FieldDefinition

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from litestar.dto.base_dto import AbstractDTO
    from litestar.dto.config import DTOConfig

__all__ = ("DTOBackend",)

_UNSET = msgspec.UNSET
_names = count()
_SEQUENCE_ORIGINS = (list, tuple, set, frozenset)


def _identity(value: Any) -> Any:
    return value


@dataclasses.dataclass
class _Conversion:
    """How a value of one field moves between the model and the wire (both directions)."""

    annotation: Any
    """The transfer annotation (model types replaced by transfer types)."""
    to_model: Callable[[Any], Any] | None
    """Wire -> model; ``None`` when the value is used as is."""
    to_transfer: Callable[[Any], Any] | None
    """Model -> wire; ``None`` when the value is used as is."""
    decode: Any = None
    """The annotation msgspec decodes into, when it differs from ``annotation`` (models it
    can build itself stand there in place of their transfer types)."""

    @property
    def decode_annotation(self) -> Any:
        """What msgspec decodes the wire value into."""
        return self.annotation if self.decode is None else self.decode


def _sub_paths(paths: AbstractSet[str], name: str) -> set[str]:
    """The paths below ``name``: ``{"a.b", "a.0.c"}`` below ``a`` are ``{"b", "0.c"}``.

    A path reaches into a collection or an optional through the index of the inner type
    (``"friends.0.street"``, ``"address.0.city"`` for ``Optional[Address]``), as in 2.17.
    """
    prefix = f"{name}."
    return {path[len(prefix) :] for path in paths if path.startswith(prefix)}


class _ModelPlan:
    """The transfer type and functions of one model in one direction."""

    __slots__ = (
        "as_is",
        "create",
        "decode_type",
        "fields",
        "model_type",
        "partial",
        "to_builtins",
        "to_model",
        "to_transfer",
        "transfer_type",
        "unset_fields",
    )

    def __init__(
        self,
        dto_factory: type[AbstractDTO[Any]],
        model_type: Any,
        config: DTOConfig,
        *,
        inbound: bool,
        depth: int,
        include: AbstractSet[str],
        exclude: AbstractSet[str],
        partial: bool = False,
        partial_nested: bool = False,
    ) -> None:
        self.model_type = model_type
        self.partial = partial
        fields: list[tuple[DTOFieldDefinition, str, _Conversion]] = []
        for field in _field_definitions(dto_factory, model_type):
            name = field.name
            mark = field.dto_field.mark
            if mark is not None:
                mark = Mark(mark)
            if mark is Mark.PRIVATE or (config.underscore_fields_private and name.startswith("_")):
                continue
            if (inbound and mark is Mark.READ_ONLY) or (not inbound and mark is Mark.WRITE_ONLY):
                continue
            if name in exclude or (include and name not in include and not _sub_paths(include, name)):
                continue
            conversion = _convert(
                dto_factory,
                field,
                config,
                inbound=inbound,
                depth=depth,
                include=_sub_paths(include, name),
                exclude=_sub_paths(exclude, name),
                partial=partial_nested,
            )
            if conversion is None:
                continue
            if name in config.rename_fields:
                wire = config.rename_fields[name]
            elif config.rename_strategy is not None:
                wire = rename_field(name, config.rename_strategy)
            else:
                wire = name
            fields.append((field, wire, conversion))
        self.fields = fields
        self.transfer_type = self._define_struct(model_type, config, inbound=inbound)
        self.decode_type = self.transfer_type
        self.create: Callable[[dict[str, Any]], Any] = _constructor(dto_factory, model_type)
        self.to_model: Callable[[Any], Any] | None = None
        self.to_transfer: Callable[[Any], Any] | None = None
        if inbound:
            if any(conversion.decode is not None for _, _, conversion in fields):
                self.decode_type = self._define_struct(model_type, config, inbound=inbound, decode=True)
            # PERF: where msgspec builds the model itself from the same wire fields (in C),
            # it decodes into the model and nothing runs per object.
            self.as_is = not self.unset_fields and decodes_as_is(dto_factory, model_type, fields, config)
            self.to_builtins = self._compile_to_builtins(partial=partial)
            if not self.as_is:
                self.to_model = self._compile_to_model()
        else:
            # PERF: msgspec writes the model itself exactly as it would write the transfer
            # instance (same fields, names and order), so nothing is built per object.
            self.as_is = encodes_as_is(dto_factory, model_type, fields)
            if not self.as_is:
                self.to_transfer = self._compile_to_transfer(dto_factory)

    def conversion(self, *, inbound: bool, nested: bool = True) -> _Conversion:
        """How a value of this model moves: through its transfer type, or as is."""
        if not inbound:
            return _Conversion(self.transfer_type, None, self.to_transfer)
        if self.as_is:
            return _Conversion(self.transfer_type, None, None, decode=self.model_type)
        decode = None if self.decode_type is self.transfer_type else self.decode_type
        if self.partial and nested:
            # A nested partial model stays a ``DTOData`` of what the client sent, so an
            # update merges it into the nested instance (a model, never a dict).
            return _Conversion(self.transfer_type, _dto_data(self, self.to_builtins), None, decode=decode)
        return _Conversion(self.transfer_type, self.to_model, None, decode=decode)

    def _define_struct(
        self, model_type: Any, config: DTOConfig, *, inbound: bool, decode: bool = False
    ) -> type[Any]:
        """Define the transfer Struct; fields the client may leave out get the model's default.

        PERF: a default known to msgspec is filled in by the decoder (in C), so building the
        model is one constructor call. Only fields of a partial DTO, and nested fields with a
        default model instance, are left ``UNSET`` (and skipped when building the model).
        """
        specs: list[tuple[str, Any, Any]] = []
        unset: set[str] = set()
        for field, wire, conversion in self.fields:
            annotation = conversion.decode_annotation if decode else conversion.annotation
            has_default = field.default is not Empty or field.default_factory is not None
            if inbound and (self.partial or (has_default and not _bakeable(field, conversion))):
                unset.add(field.name)
                specs.append(
                    (
                        field.name,
                        Union[annotation, msgspec.UnsetType],  # noqa: UP007
                        msgspec.field(name=wire, default=_UNSET),
                    )
                )
            elif inbound and has_default:
                specs.append((field.name, annotation, _default_field(field, wire)))
            elif wire != field.name:
                specs.append((field.name, annotation, msgspec.field(name=wire)))
            else:
                specs.append((field.name, annotation, msgspec.NODEFAULT))
        self.unset_fields = frozenset(unset)
        model_name = getattr(get_origin(model_type) or model_type, "__name__", "Model")
        name = f"{model_name}{'Request' if inbound else 'Response'}Body{next(_names)}"
        return msgspec.defstruct(
            name,
            [spec if spec[2] is not msgspec.NODEFAULT else spec[:2] for spec in specs],
            kw_only=inbound,
            forbid_unknown_fields=inbound and config.forbid_unknown_fields,
            module=__name__,
            # PERF: transfer instances hold decoded JSON or values read from a model; no
            # cycle can run through them, so the collector need not track them.
            gc=False,
        )

    def _compile_to_builtins(self, *, partial: bool) -> Callable[[Any], dict[str, Any]]:
        namespace: dict[str, Any] = {"UNSET": _UNSET}
        lines = ["def to_builtins(t):", "    d = {}"]
        for index, (field, _, conversion) in enumerate(self.fields):
            value = f"t.{field.name}"
            converted = _call(namespace, f"c{index}", conversion.to_model, "v")
            lines += [
                f"    v = {value}",
                "    if v is not UNSET:",
                f"        d[{field.name!r}] = {converted}",
            ]
            # Unless partial, a field the client left out takes its default (as 2.17).
            if partial:
                continue
            if field.default_factory is not None:
                namespace[f"f{index}"] = field.default_factory
                lines += ["    else:", f"        d[{field.name!r}] = f{index}()"]
            elif field.default is not Empty:
                namespace[f"d{index}"] = field.default
                lines += ["    else:", f"        d[{field.name!r}] = d{index}"]
        lines.append("    return d")
        return _exec("\n".join(lines), namespace, "to_builtins")  # type: ignore[no-any-return]

    def _compile_to_model(self) -> Callable[[Any], Any]:
        namespace: dict[str, Any] = {"UNSET": _UNSET, "M": self.model_type}
        direct: list[str] = []
        lines = ["def to_model(t):"]
        for index, (field, _, conversion) in enumerate(self.fields):
            if field.name in self.unset_fields:
                converted = _call(namespace, f"c{index}", conversion.to_model, "v")
                lines += [
                    f"    v = t.{field.name}",
                    "    if v is not UNSET:",
                    f"        d[{field.name!r}] = {converted}",
                ]
            else:
                direct.append(
                    f"{field.name}={_call(namespace, f'c{index}', conversion.to_model, f't.{field.name}')}"
                )
        rest = (
            untransferred_defaults(self.model_type, {f.name for f, _, _ in self.fields})
            if len(lines) == 1
            else None
        )
        if rest is not None:
            # PERF: a plain dataclass is built as msgspec builds one: its ``__dict__`` set at
            # once, without the keyword-argument ``__init__`` call (2-3x faster per object).
            # Fields the DTO does not transfer take their defaults, as ``__init__`` would.
            namespace["new"] = object.__new__
            items = [f"{d.split('=', 1)[0]!r}: {d.split('=', 1)[1]}" for d in direct]
            for index, (name, value, factory) in enumerate(rest):
                key = f"r{index}"
                namespace[key] = factory if factory is not None else value
                items.append(f"{name!r}: {key}()" if factory is not None else f"{name!r}: {key}")
            lines += ["    o = new(M)", f"    o.__dict__ = {{{', '.join(items)}}}", "    return o"]
        elif len(lines) == 1:
            lines.append(f"    return M({', '.join(positional_first(self.model_type, direct))})")
        else:
            lines.insert(1, f"    d = dict({', '.join(direct)})")
            lines.append("    return M(**d)")
        return _exec("\n".join(lines), namespace, "to_model")  # type: ignore[no-any-return]

    def _compile_to_transfer(self, dto_factory: type[AbstractDTO[Any]]) -> Callable[[Any], Any]:
        namespace: dict[str, Any] = {"T": self.transfer_type}
        accessor = dto_factory.attribute_accessor
        args = []
        for index, (field, _, conversion) in enumerate(self.fields):
            if accessor is getattr and field.name.isidentifier():
                value = f"m.{field.name}"
            else:
                namespace["get"] = accessor
                value = f"get(m, {field.name!r})"
            args.append(_call(namespace, f"c{index}", conversion.to_transfer, value))
        source = f"def to_transfer(m):\n    return T({', '.join(args)})"
        return _exec(source, namespace, "to_transfer")  # type: ignore[no-any-return]


_MUTABLE = (list, dict, set, bytearray)


def _field_definitions(dto_factory: type[AbstractDTO[Any]], model_type: Any) -> Iterator[DTOFieldDefinition]:
    """The model's fields; for a parametrised generic (``Page[Item]``), with its arguments.

    The DTO kind reads the fields of the generic class; each type variable in a field's
    annotation is then replaced by the argument it stands for.
    """
    origin = get_origin(model_type)
    parameters = getattr(origin, "__parameters__", ()) if origin is not None else ()
    if not parameters:
        yield from dto_factory.generate_field_definitions(model_type)
        return
    arguments = dict(zip(parameters, get_args(model_type), strict=False))
    for field in dto_factory.generate_field_definitions(origin):
        annotation = _substitute(field.raw, arguments)
        if annotation is field.raw:
            yield field
            continue
        yield DTOFieldDefinition.from_field_definition(
            field_definition=FieldDefinition.from_kwarg(
                annotation=annotation, name=field.name, default=field.default
            ),
            model_name=field.model_name,
            default_factory=field.default_factory,
            dto_field=field.dto_field,
        )


def _substitute(annotation: Any, arguments: dict[Any, Any]) -> Any:
    if isinstance(annotation, TypeVar):
        return arguments.get(annotation, annotation)
    parameters = getattr(annotation, "__parameters__", ())
    if not parameters or not any(p in arguments for p in parameters):
        return annotation
    return annotation[tuple(arguments.get(p, p) for p in parameters)]


def _bakeable(field: DTOFieldDefinition, conversion: _Conversion) -> bool:
    """Whether the field's default can be the transfer field's default (it needs no conversion)."""
    if conversion.to_model is None or field.default_factory is not None:
        return True
    return field.default is None


def _default_field(field: DTOFieldDefinition, wire: str) -> Any:
    if field.default_factory is not None:
        return msgspec.field(name=wire, default_factory=field.default_factory)
    default = field.default
    if isinstance(default, _MUTABLE) and default:
        return msgspec.field(name=wire, default_factory=default.copy)
    return msgspec.field(name=wire, default=default)


def _call(namespace: dict[str, Any], name: str, fn: Callable[[Any], Any] | None, argument: str) -> str:
    if fn is None:
        return argument
    namespace[name] = fn
    return f"{name}({argument})"


def _exec(source: str, namespace: dict[str, Any], name: str) -> Any:
    exec(compile(source, f"<dto transfer {name}>", "exec"), namespace)
    return namespace[name]


def _constructor(dto_factory: type[AbstractDTO[Any]], model_type: Any) -> Callable[[dict[str, Any]], Any]:
    def create(values: dict[str, Any]) -> Any:
        return model_type(**values)

    return create


def _convert(
    dto_factory: type[AbstractDTO[Any]],
    field: FieldDefinition,
    config: DTOConfig,
    *,
    inbound: bool,
    depth: int,
    include: AbstractSet[str],
    exclude: AbstractSet[str],
    partial: bool = False,
) -> _Conversion | None:
    """The conversion of one field's value, or ``None`` to leave the field out (too deep).

    ``partial``: a model met here (not inside a collection) is a partial nested model.
    """
    if not field.match_predicate_recursively(dto_factory.detect_nested_field):
        return _Conversion(field.raw, None, None)
    if dto_factory.detect_nested_field(field) and not field.is_union:
        if depth + 1 > config.max_nested_depth:
            return None
        plan = _ModelPlan(
            dto_factory,
            field.annotation,
            config,
            inbound=inbound,
            depth=depth + 1,
            include=include,
            exclude=exclude,
            partial=partial and inbound,
            partial_nested=partial and inbound,
        )
        return plan.conversion(inbound=inbound)
    if field.is_optional:
        members = [t for t in field.inner_types if not t.is_none_type]
        if len(members) != 1:
            return _Conversion(field.raw, None, None)
        index = str(field.inner_types.index(members[0]))
        inner = _convert(
            dto_factory,
            members[0],
            config,
            inbound=inbound,
            depth=depth,
            include=_sub_paths(include, index),
            exclude=_sub_paths(exclude, index),
            partial=partial,
        )
        if inner is None:
            return None
        return _optional_of(inner)
    origin = field.origin
    if origin is not None and field.instantiable_origin in _SEQUENCE_ORIGINS and field.inner_types:
        if field.instantiable_origin is tuple and not (len(field.args) == 2 and field.args[1] is Ellipsis):
            return _fixed_tuple(
                dto_factory, field, config, inbound=inbound, depth=depth, include=include, exclude=exclude
            )
        inner = _convert(
            dto_factory,
            field.inner_types[0],
            config,
            inbound=inbound,
            depth=depth,
            include=_sub_paths(include, "0"),
            exclude=_sub_paths(exclude, "0"),
        )
        if inner is None:
            return None
        container = field.instantiable_origin
        return _sequence_of(container, inner)
    if origin is not None and field.instantiable_origin is dict and len(field.inner_types) == 2:
        inner = _convert(
            dto_factory,
            field.inner_types[1],
            config,
            inbound=inbound,
            depth=depth,
            include=_sub_paths(include, "1"),
            exclude=_sub_paths(exclude, "1"),
        )
        if inner is None:
            return None
        return _mapping_of(field.args[0], inner)
    return _Conversion(field.raw, None, None)


def _fixed_tuple(
    dto_factory: type[AbstractDTO[Any]],
    field: FieldDefinition,
    config: DTOConfig,
    *,
    inbound: bool,
    depth: int,
    include: AbstractSet[str],
    exclude: AbstractSet[str],
) -> _Conversion | None:
    """A ``tuple[A, B]``: each position converts on its own (paths reach it by index)."""
    items: list[_Conversion] = []
    for index, inner_field in enumerate(field.inner_types):
        inner = _convert(
            dto_factory,
            inner_field,
            config,
            inbound=inbound,
            depth=depth,
            include=_sub_paths(include, str(index)),
            exclude=_sub_paths(exclude, str(index)),
        )
        if inner is None:
            return None
        items.append(inner)
    decode = None
    if any(item.decode is not None for item in items):
        decode = GenericAlias(tuple, tuple(item.decode_annotation for item in items))
    return _Conversion(
        GenericAlias(tuple, tuple(item.annotation for item in items)),
        _positions([item.to_model for item in items]),
        _positions([item.to_transfer for item in items]),
        decode,
    )


def _positions(functions: list[Callable[[Any], Any] | None]) -> Callable[[Any], Any] | None:
    if all(fn is None for fn in functions):
        return None
    steps = [fn or _identity for fn in functions]

    def positions(values: Any) -> Any:
        return tuple(step(value) for step, value in zip(steps, values, strict=True))

    return positions


def _optional_of(inner: _Conversion) -> _Conversion:
    decode = None if inner.decode is None else Union[inner.decode, None]  # noqa: UP007
    return _Conversion(
        Union[inner.annotation, None],  # noqa: UP007
        _optional(inner.to_model),
        _optional(inner.to_transfer),
        decode,
    )


def _sequence_of(container: Any, inner: _Conversion) -> _Conversion:
    def annotate(item: Any) -> Any:
        return tuple[item, ...] if container is tuple else container[item]

    return _Conversion(
        annotate(inner.annotation),
        _each(container, inner.to_model),
        _each(container, inner.to_transfer),
        None if inner.decode is None else annotate(inner.decode),
    )


def _mapping_of(key: Any, inner: _Conversion) -> _Conversion:
    return _Conversion(
        GenericAlias(dict, (key, inner.annotation)),
        _values(inner.to_model),
        _values(inner.to_transfer),
        None if inner.decode is None else GenericAlias(dict, (key, inner.decode)),
    )


def _optional(fn: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    if fn is None:
        return None

    def optional(value: Any) -> Any:
        return None if value is None else fn(value)

    return optional


def _each(container: Any, fn: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    if fn is None:
        return None
    if container is list:

        def each_list(values: Any) -> Any:
            return [fn(value) for value in values]

        return each_list

    def each(values: Any) -> Any:
        return container(fn(value) for value in values)

    return each


def _values(fn: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    if fn is None:
        return None

    def values(mapping: Mapping[Any, Any]) -> Any:
        return {key: fn(value) for key, value in mapping.items()}

    return values


class DTOBackend:
    """The transfer plan of one DTO for one handler field (``data`` or the return value).

    Built by :meth:`AbstractDTO.create_for_field_definition` when the app registers the
    handler; :class:`~litestar.dto.AbstractDTO` instances call it per request.
    """

    __slots__ = (
        "_decode_annotation",
        "_decode_json",
        "_decode_msgpack",
        "_from_wire",
        "_to_wire",
        "annotation",
        "dto_data_type",
        "dto_factory",
        "field_definition",
        "handler_id",
        "is_data_field",
        "model_plan",
        "model_type",
        "wrapper_attribute_name",
    )

    def __init__(
        self,
        dto_factory: type[AbstractDTO[Any]],
        field_definition: FieldDefinition,
        handler_id: str,
        is_data_field: bool,
        model_type: type[Any],
        wrapper_attribute_name: str | None,
    ) -> None:
        """Build the plan.

        Args:
            dto_factory: The DTO class.
            field_definition: The handler's annotation of the value (``data: list[Model]``,
                the return annotation) with wrappers (``DTOData``, ``Response``) removed.
            handler_id: The handler's id.
            is_data_field: ``True`` for a request body, ``False`` for a return value.
            model_type: The DTO's model type.
            wrapper_attribute_name: For generic wrappers (``Page[Model]``), the wrapper's
                attribute holding the models.
        """
        self.dto_factory = dto_factory
        self.field_definition = field_definition
        self.handler_id = handler_id
        self.is_data_field = is_data_field
        self.model_type = model_type
        self.wrapper_attribute_name = wrapper_attribute_name
        self.dto_data_type: type[DTOData[Any]] | None = None
        config = dto_factory.get_config_for_model_type(dto_factory.config, model_type)
        is_dto_data = field_definition.origin is DTOData or field_definition.annotation is DTOData
        self.model_plan = plan = _ModelPlan(
            dto_factory,
            model_type,
            config,
            inbound=is_data_field,
            depth=0,
            include=config.include,
            exclude=config.exclude,
            partial=config.partial,
            partial_nested=config.partial and is_dto_data and is_data_field,
        )
        shape = _shape(field_definition, plan, inbound=is_data_field)
        self.annotation = shape.annotation
        self._decode_annotation = shape.decode_annotation
        self._from_wire: Callable[[Any], Any] = _identity
        self._to_wire: Callable[[Any], Any] = _identity
        if is_data_field:
            self._from_wire = shape.to_model or _identity
            self._decode_json = msgspec.json.Decoder(
                shape.decode_annotation, strict=False, dec_hook=default_deserializer
            )
            self._decode_msgpack = msgspec.msgpack.Decoder(
                shape.decode_annotation, strict=False, dec_hook=default_deserializer
            )
        else:
            self._to_wire = shape.to_transfer or _identity

    # -- inbound ---------------------------------------------------------------------------

    def parse_raw(self, raw: bytes, asgi_connection: Any) -> Any:
        """Decode a request body into transfer instances (JSON, or msgpack by content type).

        Args:
            raw: The body.
            asgi_connection: The connection (its content type picks the decoder).

        Returns:
            Transfer instances shaped like the handler's annotation.

        Raises:
            ClientException: If the body is malformed or does not validate (400).
        """
        decode: Callable[[bytes], Any] = self._decode_json.decode
        headers = getattr(asgi_connection, "headers", None)
        if headers is not None and "msgpack" in (headers.get("content-type") or ""):
            decode = self._decode_msgpack.decode
        try:
            return decode(raw)
        except (msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise ClientException(detail=str(exc)) from None

    def parse_builtins(self, builtins: Any, asgi_connection: Any) -> Any:
        """Convert already decoded values (a form) into transfer instances.

        Args:
            builtins: The values.
            asgi_connection: The connection.

        Returns:
            Transfer instances.

        Raises:
            ClientException: If the values do not validate (400).
        """
        try:
            return msgspec.convert(
                builtins, self._decode_annotation, strict=False, dec_hook=default_deserializer
            )
        except msgspec.ValidationError as exc:
            raise ClientException(detail=str(exc)) from None

    def populate_data_from_raw(self, raw: bytes, asgi_connection: Any) -> Any:
        """Decode a request body into model instances (or ``DTOData``).

        Args:
            raw: The body.
            asgi_connection: The connection.

        Returns:
            The value of the handler's ``data`` argument.
        """
        return self._from_wire(self.parse_raw(raw, asgi_connection))

    def populate_data_from_builtins(self, builtins: Any, asgi_connection: Any) -> Any:
        """Convert decoded values into model instances (or ``DTOData``).

        Args:
            builtins: The values.
            asgi_connection: The connection.

        Returns:
            The value of the handler's ``data`` argument.
        """
        return self._from_wire(self.parse_builtins(builtins, asgi_connection))

    def create_model(self, values: dict[str, Any]) -> Any:
        """Build the model from ``{field: value}`` (nested values may be dicts).

        Args:
            values: The field values.

        Returns:
            The model instance.
        """
        return self.model_plan.create(values)

    # -- outbound --------------------------------------------------------------------------

    def encode_data(self, data: Any) -> Any:
        """Turn a handler's return value into transfer instances for the encoder.

        Args:
            data: The model(s), or the wrapper holding them.

        Returns:
            A value msgspec encodes.
        """
        attribute = self.wrapper_attribute_name
        if attribute is None:
            return self._to_wire(data)
        transferred = self._to_wire(getattr(data, attribute))
        if dataclasses.is_dataclass(data):
            return dataclasses.replace(data, **{attribute: transferred})  # type: ignore[type-var]
        if isinstance(data, msgspec.Struct):
            return msgspec.structs.replace(data, **{attribute: transferred})
        return {**{k: v for k, v in vars(data).items() if not k.startswith("_")}, attribute: transferred}


def _shape(field: FieldDefinition, plan: _ModelPlan, *, inbound: bool) -> _Conversion:
    """The conversion of the whole value: the model itself or a collection of it."""
    is_dto_data = field.origin is DTOData or field.annotation is DTOData
    if is_dto_data:
        field = field.inner_types[0] if field.inner_types else field
    convert = plan.to_builtins if is_dto_data else None
    return _shape_of(field, plan, inbound=inbound, dto_data=is_dto_data, to_builtins=convert)


def _shape_of(
    field: FieldDefinition,
    plan: _ModelPlan,
    *,
    inbound: bool,
    dto_data: bool,
    to_builtins: Callable[[Any], Any] | None,
) -> _Conversion:
    if field.is_optional:
        members = [t for t in field.inner_types if not t.is_none_type]
        inner = _shape_of(members[0], plan, inbound=inbound, dto_data=dto_data, to_builtins=to_builtins)
        return _optional_of(inner)
    container = field.instantiable_origin
    if field.origin is not None and container in _SEQUENCE_ORIGINS and field.inner_types:
        inner = _shape_of(
            field.inner_types[0], plan, inbound=inbound, dto_data=dto_data, to_builtins=to_builtins
        )
        return _sequence_of(container, inner)
    if field.origin is not None and container is dict and len(field.inner_types) == 2:
        inner = _shape_of(
            field.inner_types[1], plan, inbound=inbound, dto_data=dto_data, to_builtins=to_builtins
        )
        return _mapping_of(field.args[0], inner)
    conversion = plan.conversion(inbound=inbound, nested=False)
    if inbound and dto_data and to_builtins is not None:
        conversion.to_model = _dto_data(plan, to_builtins)
    return conversion


def _dto_data(plan: _ModelPlan, to_builtins: Callable[[Any], Any]) -> Callable[[Any], Any]:
    required = [
        field.name for field, _, _ in plan.fields if field.default is Empty and field.default_factory is None
    ]

    class _Backend:
        __slots__ = ()

        @staticmethod
        def is_complete(values: dict[str, Any]) -> bool:
            return all(name in values for name in required)

        @staticmethod
        def create_model(values: dict[str, Any]) -> Any:
            if plan.partial:
                # A nested model sent in part becomes a new model only if the client sent
                # what it requires: that is the client's error (400), not a crash.
                missing = next((name for name in required if name not in values), None)
                if missing is not None:
                    raise ClientException(detail=f"Object missing required field `{missing}`")
            return plan.create(values)

    backend: Any = _Backend()

    def wrap(transfer: Any) -> DTOData[Any]:
        return DTOData(backend, to_builtins(transfer))

    return wrap
