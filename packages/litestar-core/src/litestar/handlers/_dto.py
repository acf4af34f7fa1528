"""Decide, at startup, which DTO a handler's ``data`` and return value go through.

Core knows DTOs only through their public class API (``create_for_field_definition``
once, then ``SomeDTO(connection).decode_bytes(...)`` / ``.data_to_encodable_type(...)`` per
request), so it works with any DTO class, from ``litestar-dto`` or a plugin. A DTO
comes from the innermost layer that sets ``dto``/``return_dto`` (``return_dto`` falls
back to ``dto``), else from a serialization plugin supporting the annotated type. A DTO
whose model the annotation does not hold is not applied (as 2.17: an app-level DTO does
not touch a handler returning a plain ``dict``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.exceptions.dto_exceptions import InvalidAnnotationException
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from litestar.handlers.base import BaseRouteHandler

__all__ = ("resolve_dtos",)

_NONE_TYPES = (None, type(None))


def _plugin_dto(app: Any, field_definition: Any) -> Any:
    for plugin in getattr(app, "plugins", ()) or ():
        supports = getattr(plugin, "supports_type", None)
        if supports is not None and hasattr(plugin, "create_dto_for_type") and supports(field_definition):
            return plugin.create_dto_for_type(field_definition)
    return None


def _bind(dto: Any, field_definition: Any, handler: BaseRouteHandler) -> Any:
    if dto is None:
        return None
    try:
        dto.create_for_field_definition(field_definition, handler.handler_id)
    except InvalidAnnotationException:
        return None
    return dto


def _layered(handler: BaseRouteHandler, name: str) -> Any:
    value = handler._innermost(name, Empty)
    return value


def resolve_dtos(
    handler: BaseRouteHandler, app: Any, data_annotation: Any, return_annotation: Any
) -> tuple[Any, Any]:
    """Return the DTO classes of the handler's ``data`` and return value (``None`` for none).

    Args:
        handler: The handler.
        app: The app it is registered on (its serialization plugins are asked too).
        data_annotation: The annotation of ``data`` (``Empty`` if there is none).
        return_annotation: The return annotation (``Empty``/``None`` for none).

    Returns:
        ``(data DTO, return DTO)``, each bound to the handler (its plan built).
    """
    data_setting = _layered(handler, "dto")
    return_setting = _layered(handler, "return_dto")
    if return_setting is Empty:
        return_setting = data_setting
    wants_plugins = _has_serialization_plugins(app)
    if data_setting is Empty and return_setting is Empty and not wants_plugins:
        return None, None
    from litestar.typing import FieldDefinition

    data_dto = return_dto = None
    if data_annotation is not Empty:
        field = FieldDefinition.from_kwarg(annotation=data_annotation, name="data")
        dto = (
            data_setting
            if data_setting is not Empty
            else (_plugin_dto(app, field) if wants_plugins else None)
        )
        data_dto = _bind(dto, field, handler)
    if return_annotation is not Empty and return_annotation not in _NONE_TYPES:
        field = FieldDefinition.from_kwarg(annotation=return_annotation, name="return")
        dto = return_setting if return_setting is not Empty else None
        if dto is None and return_setting is Empty and wants_plugins:
            dto = _plugin_dto(app, field)
        return_dto = _bind(dto, field, handler)
    return data_dto, return_dto


def _has_serialization_plugins(app: Any) -> bool:
    return any(
        hasattr(p, "supports_type") and hasattr(p, "create_dto_for_type")
        for p in getattr(app, "plugins", ()) or ()
    )


def _is_pydantic_model(value: Any) -> bool:
    return isinstance(value, type) and any(
        base.__name__ == "BaseModel" and base.__module__.partition(".")[0] == "pydantic"
        for base in value.__mro__
    )


def require_model_support(handler: BaseRouteHandler, annotations: tuple[Any, ...]) -> None:
    """Fail at startup when a handler uses pydantic models nothing decodes or encodes.

    The pydantic integration is in the ``plugins`` piece; without it (or without any type
    decoder for the model) the handler could only fail on every request.

    Args:
        handler: The handler.
        annotations: Its ``data`` and return annotations (``Empty`` when absent).

    Raises:
        MissingDependencyException: Naming litestar-plugins.
    """
    import sys

    if "pydantic" not in sys.modules:
        return
    from litestar.typing import FieldDefinition

    for annotation in annotations:
        if annotation is Empty:
            continue
        field = FieldDefinition.from_annotation(annotation)
        if not field.match_predicate_recursively(lambda f: _is_pydantic_model(f.annotation)):
            continue
        decoders = handler.resolve_type_decoders()
        model = next(f.annotation for f in _walk(field) if _is_pydantic_model(f.annotation))
        if any(predicate(model) for predicate, _ in decoders):
            continue
        from litestar._discovery import missing_piece_error

        raise missing_piece_error("plugins", feature=f"{handler.location}: pydantic model {model.__name__}")


def _walk(field: Any) -> Any:
    yield field
    for inner in field.inner_types:
        yield from _walk(inner)
