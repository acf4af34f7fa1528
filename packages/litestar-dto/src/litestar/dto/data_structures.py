"""``DTOData`` (a decoded body not yet turned into a model) and ``DTOFieldDefinition``."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from litestar.typing import FieldDefinition

if TYPE_CHECKING:
    from litestar.dto._backend import DTOBackend
    from litestar.dto.field import DTOField

__all__ = ("DTOData", "DTOFieldDefinition", "T")

T = TypeVar("T")


class DTOData(Generic[T]):
    """A request body decoded by a DTO, kept as field values until you build the model.

    Annotate ``data: DTOData[Model]`` to add values the client does not send (an id, the
    owner) before the model is built, or to apply a partial update to an existing one.
    """

    __slots__ = ("_backend", "_data_as_builtins")

    def __init__(self, backend: DTOBackend, data_as_builtins: Any) -> None:
        """Hold the decoded values.

        Args:
            backend: The DTO's transfer plan.
            data_as_builtins: ``{field name: value}`` of the fields the client sent.
        """
        self._backend = backend
        self._data_as_builtins = data_as_builtins

    def create_instance(self, **kwargs: Any) -> T:
        """Build the model from the decoded values and ``kwargs``.

        Args:
            **kwargs: Values of further fields; ``a__b=1`` sets field ``b`` of the nested ``a``.

        Returns:
            The model instance.
        """
        values = dict(self._data_as_builtins)
        nested: dict[str, dict[str, Any]] = {}
        for key, value in kwargs.items():
            head, sep, rest = key.partition("__")
            if sep:
                nested.setdefault(head, {})[rest] = value
            else:
                values[key] = value
        for head, sub in nested.items():
            current = values.get(head)
            if isinstance(current, DTOData):
                values[head] = current.create_instance(**sub)
            elif current is not None and not isinstance(current, dict):
                for name, value in sub.items():
                    _set_path(current, name, value)
            else:
                values[head] = {**(current or {}), **sub}
        for key, value in values.items():
            if isinstance(value, DTOData):
                values[key] = value.create_instance()
        return self._backend.create_model(values)  # type: ignore[no-any-return]

    def update_instance(self, instance: T, **kwargs: Any) -> T:
        """Set the decoded values (and ``kwargs``) on an existing model instance.

        Nested models stay models. Under a partial DTO, a nested model sent with every field
        it requires replaces the instance's one (unsent fields take the model's defaults, as
        in 2.17); one sent in part updates the instance's nested model in place.

        Args:
            instance: The instance to update.
            **kwargs: Values of further fields.

        Returns:
            The same instance.
        """
        for key, value in {**self._data_as_builtins, **kwargs}.items():
            if isinstance(value, DTOData):
                current = getattr(instance, key, None)
                if not value._is_complete() and current is not None and not isinstance(current, dict):
                    value.update_instance(current)
                    continue
                value = value.create_instance()
            setattr(instance, key, value)
        return instance

    def as_builtins(self) -> Any:
        """Return the decoded values as ``{field name: value}``.

        Returns:
            A new mapping of the fields the client sent. Nested models are model instances;
            under a partial DTO, one sent without a field it requires is the mapping of what
            was sent (no model can be built from it).
        """
        return {key: _builtin(value) for key, value in self._data_as_builtins.items()}

    def _is_complete(self) -> bool:
        """Whether the values hold every field the model requires (a nested partial model)."""
        is_complete = getattr(self._backend, "is_complete", None)
        return is_complete is None or bool(is_complete(self._data_as_builtins))


def _builtin(value: Any) -> Any:
    if not isinstance(value, DTOData):
        return value
    return value.create_instance() if value._is_complete() else value.as_builtins()


def _set_path(target: Any, path: str, value: Any) -> None:
    head, sep, rest = path.partition("__")
    if sep:
        _set_path(getattr(target, head), rest, value)
    else:
        setattr(target, head, value)


@dataclasses.dataclass(frozen=True)
class DTOFieldDefinition(FieldDefinition):
    """A model field as a DTO sees it: its annotation plus the model and DTO settings."""

    __slots__ = ("default_factory", "dto_field", "model_name", "passthrough_constraints")

    model_name: str
    """The name of the model class the field belongs to."""
    default_factory: Callable[[], Any] | None
    """The factory of the field's default value, if any."""
    dto_field: DTOField
    """The field's DTO settings (its mark)."""
    passthrough_constraints: bool
    """Whether the field's validation constraints apply to the wire value."""

    @classmethod
    def from_field_definition(
        cls,
        field_definition: FieldDefinition,
        model_name: str,
        default_factory: Callable[[], Any] | None,
        dto_field: DTOField,
        passthrough_constraints: bool = True,
    ) -> DTOFieldDefinition:
        """Extend a field definition with the DTO settings.

        Args:
            field_definition: The parsed field.
            model_name: The name of its model class.
            default_factory: The factory of its default value.
            dto_field: Its DTO settings.
            passthrough_constraints: Whether its constraints apply to the wire value.

        Returns:
            The DTO field definition.
        """
        return cls(
            raw=field_definition.raw,
            annotation=field_definition.annotation,
            type_wrappers=field_definition.type_wrappers,
            origin=field_definition.origin,
            args=field_definition.args,
            metadata=field_definition.metadata,
            instantiable_origin=field_definition.instantiable_origin,
            safe_generic_origin=field_definition.safe_generic_origin,
            inner_types=field_definition.inner_types,
            default=field_definition.default,
            extra=field_definition.extra,
            kwarg_definition=field_definition.kwarg_definition,
            name=field_definition.name,
            model_name=model_name,
            default_factory=default_factory,
            dto_field=dto_field,
            passthrough_constraints=passthrough_constraints,
        )
