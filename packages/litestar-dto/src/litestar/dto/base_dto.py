"""``AbstractDTO``: the DTO factory the dataclass, msgspec and plugin DTOs derive from.

``SomeDTO[Model]`` makes a DTO class bound to ``Model``; a subclass sets ``config``.
When the app registers a handler, :meth:`AbstractDTO.create_for_field_definition` builds
the transfer plan for the handler's ``data`` or return annotation (once); per request the
app makes ``SomeDTO(request)`` and calls :meth:`decode_bytes` or
:meth:`data_to_encodable_type`.
"""

from __future__ import annotations

import typing
from collections.abc import Collection, Generator
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, get_origin, get_type_hints

from litestar.dto._backend import DTOBackend
from litestar.dto.config import DTOConfig
from litestar.dto.data_structures import DTOData
from litestar.exceptions import InvalidAnnotationException
from litestar.typing import FieldDefinition

if TYPE_CHECKING:
    from litestar.connection import ASGIConnection
    from litestar.dto.data_structures import DTOFieldDefinition

__all__ = ("AbstractDTO",)

T = TypeVar("T")


def _response_type() -> type[Any]:
    from litestar.response import Response

    return Response


class AbstractDTO(Generic[T]):
    """Base of DTO factories: subclasses say how to read the fields of their model kind."""

    __slots__ = ("asgi_connection",)

    config: ClassVar[DTOConfig]
    """The DTO's settings."""
    model_type: type[T]
    """The model the DTO is bound to."""
    attribute_accessor: ClassVar[typing.Callable[[object, str], Any]] = getattr
    """How field values are read from a model instance."""
    _dto_backends: ClassVar[dict[str, dict[str, DTOBackend]]] = {}

    def __init__(self, asgi_connection: ASGIConnection[Any, Any, Any, Any]) -> None:
        """Bind the DTO to the connection being served.

        Args:
            asgi_connection: The request or websocket.
        """
        self.asgi_connection = asgi_connection

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._dto_backends = {}

    def __class_getitem__(cls, annotation: Any) -> Any:
        field_definition = FieldDefinition.from_annotation(annotation)
        if (field_definition.is_optional and len(field_definition.args) > 2) or (
            field_definition.is_union and not field_definition.is_optional
        ):
            raise InvalidAnnotationException("Unions are currently not supported as type argument to DTOs.")
        if field_definition.is_forward_ref:
            raise InvalidAnnotationException("Forward references are not supported as type argument to DTO")
        config = cls.get_dto_config_from_annotated_type(field_definition)
        if not config:
            if field_definition.is_type_var:
                return cls
            config = cls.config if hasattr(cls, "config") else DTOConfig()
        namespace: dict[str, Any] = {"config": config, "__module__": cls.__module__}
        if not field_definition.is_type_var:
            namespace["model_type"] = field_definition.annotation
        return type(f"{cls.__name__}[{annotation}]", (cls,), namespace)

    # -- per request ---------------------------------------------------------------------

    def decode_builtins(self, value: dict[str, Any]) -> Any:
        """Turn decoded values (e.g. a form) into the handler's ``data``.

        Args:
            value: The values.

        Returns:
            Model instances, or ``DTOData``.
        """
        backend = self._get_backend("data_backend")
        return backend.populate_data_from_builtins(value, self.asgi_connection)

    def decode_bytes(self, value: bytes) -> Any:
        """Turn a raw request body into the handler's ``data``.

        Args:
            value: The body.

        Returns:
            Model instances, or ``DTOData``.
        """
        backend = self._get_backend("data_backend")
        return backend.populate_data_from_raw(value, self.asgi_connection)

    def data_to_encodable_type(self, data: T | Collection[T]) -> Any:
        """Turn a handler's return value into something the response encoder writes.

        Args:
            data: The model(s) or the wrapper holding them.

        Returns:
            Transfer instances.
        """
        backend = self._get_backend("return_backend")
        return backend.encode_data(data)

    def _get_backend(self, key: str) -> DTOBackend:
        handler = self.asgi_connection.route_handler
        return type(self)._dto_backends[handler.handler_id][key]

    # -- the model kind (subclasses) -------------------------------------------------------

    @classmethod
    def generate_field_definitions(cls, model_type: type[Any]) -> Generator[DTOFieldDefinition, None, None]:
        """Yield the fields of ``model_type``.

        Args:
            model_type: The model.

        Yields:
            One definition per field.
        """
        raise NotImplementedError

    @classmethod
    def detect_nested_field(cls, field_definition: FieldDefinition) -> bool:
        """Tell whether a field's type is a model of this DTO's kind (to follow it).

        Args:
            field_definition: The field.

        Returns:
            ``True`` for a nested model.
        """
        raise NotImplementedError

    @classmethod
    def is_supported_model_type_field(cls, field_definition: FieldDefinition) -> bool:
        """Tell whether an annotation is, or holds, the DTO's model type.

        Args:
            field_definition: The annotation.

        Returns:
            ``True`` if the DTO can transfer it.
        """
        return cls._is_model(field_definition) or (
            field_definition.origin is not None
            and any(cls.is_supported_model_type_field(inner) for inner in field_definition.inner_types)
        )

    # -- startup ---------------------------------------------------------------------------

    @classmethod
    def create_for_field_definition(
        cls,
        field_definition: FieldDefinition,
        handler_id: str,
        backend_cls: type[DTOBackend] | None = None,
    ) -> None:
        """Build the transfer plan for a handler's ``data`` or return annotation (once).

        Args:
            field_definition: The annotation; named ``data`` for a request body.
            handler_id: The handler's id.
            backend_cls: The plan class (``DTOBackend``).

        Raises:
            InvalidAnnotationException: If the annotation does not hold the DTO's model.
        """
        key = "data_backend" if field_definition.name == "data" else "return_backend"
        context = cls._dto_backends.setdefault(handler_id, {})
        if key in context:
            return
        model_field = cls.resolve_model_type(field_definition)
        wrapper_attribute_name: str | None = None
        if not cls._is_model(model_field) and not cls._holds_model(model_field):
            resolved = cls.resolve_generic_wrapper_type(model_field)
            if resolved is None:
                raise InvalidAnnotationException(
                    f"DTO narrowed with '{cls.model_type}', handler type is '{field_definition.annotation}'"
                )
            _, model_field, wrapper_attribute_name = resolved
        context[key] = (backend_cls or DTOBackend)(
            dto_factory=cls,
            field_definition=model_field,
            handler_id=handler_id,
            is_data_field=key == "data_backend",
            model_type=cls.model_type,
            wrapper_attribute_name=wrapper_attribute_name,
        )

    @classmethod
    def _is_model(cls, field_definition: FieldDefinition) -> bool:
        """Whether the annotation is the DTO's model (``Page[Item]`` only as that very alias)."""
        if get_origin(cls.model_type) is not None:
            return bool(field_definition.annotation == cls.model_type)
        return field_definition.is_subclass_of(cls.model_type)

    @classmethod
    def _holds_model(cls, field_definition: FieldDefinition) -> bool:
        """Whether the annotation is a collection, optional or ``DTOData`` of the model."""
        if field_definition.origin is DTOData:
            return True
        if field_definition.is_optional:
            return any(
                cls._holds_model(t) or cls._is_model(t)
                for t in field_definition.inner_types
                if not t.is_none_type
            )
        if field_definition.is_non_string_collection and field_definition.inner_types:
            inner = field_definition.inner_types[-1]
            return cls._is_model(inner) or cls._holds_model(inner)
        return False

    @classmethod
    def create_openapi_schema(
        cls, field_definition: FieldDefinition, handler_id: str, schema_creator: Any
    ) -> Any:
        """Describe the transfer type of a handler's field in OpenAPI.

        Args:
            field_definition: The annotation.
            handler_id: The handler's id.
            schema_creator: The OpenAPI piece's schema creator.

        Returns:
            The schema (or a reference to it).
        """
        key = "data_backend" if field_definition.name == "data" else "return_backend"
        backend = cls._dto_backends[handler_id][key]
        return schema_creator.for_field_definition(FieldDefinition.from_annotation(backend.annotation))

    @classmethod
    def resolve_generic_wrapper_type(
        cls, field_definition: FieldDefinition
    ) -> tuple[FieldDefinition, FieldDefinition, str] | None:
        """Find the model inside a generic wrapper such as ``ClassicPagination[Model]``.

        Args:
            field_definition: The annotation.

        Returns:
            ``(wrapper, inner annotation, attribute name)``, or ``None``.
        """
        if field_definition.origin is None or not field_definition.inner_types:
            return None
        inner_types = field_definition.inner_types
        model_position = next(
            (i for i, t in enumerate(inner_types) if cls.is_supported_model_type_field(t)), None
        )
        if model_position is None:
            return None
        origin = field_definition.origin
        parameters = getattr(origin, "__parameters__", ())
        if model_position >= len(parameters):
            return None
        param = parameters[model_position]
        try:
            hints = get_type_hints(origin)
        except Exception:  # noqa: BLE001 - an unresolvable wrapper is simply not one
            return None
        for attribute, hint in hints.items():
            hint_field = FieldDefinition.from_annotation(hint)
            if hint_field.annotation is param or any(t.annotation is param for t in hint_field.inner_types):
                inner = FieldDefinition.from_annotation(
                    _substitute(hint, param, inner_types[model_position].annotation)
                )
                return field_definition, inner, attribute
        return None

    @staticmethod
    def get_model_namespace(model_type: type[Any], namespace: dict[str, Any] | None = None) -> dict[str, Any]:
        """The globals a model's string annotations are resolved in.

        Args:
            model_type: The model.
            namespace: Extra names.

        Returns:
            The namespace.
        """
        import sys

        module = sys.modules.get(model_type.__module__)
        return {**(vars(module) if module else {}), **(namespace or {})}

    @classmethod
    def get_property_fields(cls, model_type: type[Any]) -> dict[str, FieldDefinition]:
        """The properties of a model, as fields (for models that expose them).

        Args:
            model_type: The model.

        Returns:
            ``{name: definition}``.
        """
        result: dict[str, FieldDefinition] = {}
        for base in reversed(model_type.__mro__):
            for name, value in vars(base).items():
                if isinstance(value, property) and value.fget is not None:
                    annotation = value.fget.__annotations__.get("return", Any)
                    result[name] = FieldDefinition.from_kwarg(annotation=annotation, name=name)
        return result

    @staticmethod
    def get_model_type_hints(
        model_type: type[Any], namespace: dict[str, Any] | None = None
    ) -> dict[str, FieldDefinition]:
        """The parsed type hints of a model.

        Args:
            model_type: The model.
            namespace: Extra names for string annotations.

        Returns:
            ``{name: definition}``.
        """
        hints = get_type_hints(
            model_type, globalns=AbstractDTO.get_model_namespace(model_type, namespace), include_extras=True
        )
        return {name: FieldDefinition.from_kwarg(annotation=hint, name=name) for name, hint in hints.items()}

    @staticmethod
    def get_dto_config_from_annotated_type(field_definition: FieldDefinition) -> DTOConfig | None:
        """Return a ``DTOConfig`` given as ``Annotated`` metadata of the type argument.

        Args:
            field_definition: The type argument.

        Returns:
            The config, or ``None``.
        """
        return next((item for item in field_definition.metadata if isinstance(item, DTOConfig)), None)

    @classmethod
    def get_config_for_model_type(cls, config: DTOConfig, model_type: type[Any]) -> DTOConfig:
        """Adjust the config for a model type; the default returns it unchanged.

        Args:
            config: The DTO's config.
            model_type: The model.

        Returns:
            The config to use.
        """
        return config

    @classmethod
    def resolve_model_type(cls, field_definition: FieldDefinition) -> FieldDefinition:
        """Remove the wrappers that do not carry the model (``Response[...]``, ``Optional``).

        Args:
            field_definition: The annotation.

        Returns:
            The inner annotation.
        """
        if field_definition.is_optional:
            members = [t for t in field_definition.inner_types if not t.is_none_type]
            if len(members) == 1 and not cls._holds_model(field_definition):
                return cls.resolve_model_type(members[0])
        if field_definition.origin is not None and field_definition.inner_types:
            try:
                is_response = issubclass(field_definition.origin, _response_type())
            except TypeError:
                is_response = False
            if is_response:
                return cls.resolve_model_type(field_definition.inner_types[0])
        return field_definition


def _substitute(hint: Any, param: Any, value: Any) -> Any:
    if hint is param:
        return value
    params = getattr(hint, "__parameters__", ())
    if params:
        return hint[tuple(value if p is param else p for p in params)]
    return hint
