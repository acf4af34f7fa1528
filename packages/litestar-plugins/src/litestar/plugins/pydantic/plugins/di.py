"""``PydanticDIPlugin``: build pydantic models as dependencies from their fields."""

from __future__ import annotations

import inspect
from typing import Any

from litestar.plugins import DIPlugin
from litestar.plugins.pydantic.utils import get_model_info, is_pydantic_model_class, is_pydantic_undefined

__all__ = ("PydanticDIPlugin",)


class PydanticDIPlugin(DIPlugin):
    """Tells dependency injection the constructor signature of pydantic models."""

    def has_typed_init(self, type_: Any) -> bool:
        """Tell whether ``type_`` is a pydantic model class.

        Args:
            type_: A type.

        Returns:
            ``True`` for a model class.
        """
        return is_pydantic_model_class(type_)

    def get_typed_init(self, type_: Any) -> tuple[inspect.Signature, dict[str, Any]]:
        """Return the keyword-only signature of the model's fields and their types.

        Args:
            type_: A model class.

        Returns:
            ``(signature, {name: type})``.
        """
        info = get_model_info(type_)
        parameters = []
        hints: dict[str, Any] = {}
        for name, field_info in info.model_fields.items():
            default = getattr(field_info, "default", inspect.Parameter.empty)
            if is_pydantic_undefined(default) or default is Ellipsis:
                default = inspect.Parameter.empty
            annotation = info.field_definitions[name].raw
            hints[name] = annotation
            parameters.append(
                inspect.Parameter(
                    name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
                )
            )
        return inspect.Signature(parameters), hints
