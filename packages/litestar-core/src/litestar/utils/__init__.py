"""Utilities shared across the framework.

Names are imported on first access (PEP 562), so importing one submodule does not
load every sibling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar._lazy import lazy_attributes

if TYPE_CHECKING:
    from litestar.utils.deprecation import deprecated, warn_deprecation
    from litestar.utils.helpers import get_enum_string_value, get_name, unique_name_for_scope, url_quote
    from litestar.utils.path import join_paths, normalize_path
    from litestar.utils.predicates import (
        is_annotated_type,
        is_any,
        is_async_callable,
        is_class_and_subclass,
        is_class_var,
        is_dataclass_class,
        is_dataclass_instance,
        is_generic,
        is_mapping,
        is_non_string_iterable,
        is_non_string_sequence,
        is_optional_union,
        is_undefined_sentinel,
        is_union,
    )
    from litestar.utils.scope._serializer import get_serializer_from_scope
    from litestar.utils.sequence import find_index, unique
    from litestar.utils.sync import AsyncIteratorWrapper, ensure_async_callable
    from litestar.utils.typing import get_origin_or_inner_type, make_non_optional_union

__all__ = (
    "AsyncIteratorWrapper",
    "deprecated",
    "ensure_async_callable",
    "find_index",
    "get_enum_string_value",
    "get_name",
    "get_origin_or_inner_type",
    "get_serializer_from_scope",
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
    "join_paths",
    "make_non_optional_union",
    "normalize_path",
    "unique",
    "unique_name_for_scope",
    "url_quote",
    "warn_deprecation",
)

_LAZY: dict[str, tuple[str, str]] = {
    "AsyncIteratorWrapper": ("litestar.utils.sync", "AsyncIteratorWrapper"),
    "deprecated": ("litestar.utils.deprecation", "deprecated"),
    "ensure_async_callable": ("litestar.utils.sync", "ensure_async_callable"),
    "find_index": ("litestar.utils.sequence", "find_index"),
    "get_enum_string_value": ("litestar.utils.helpers", "get_enum_string_value"),
    "get_name": ("litestar.utils.helpers", "get_name"),
    "get_origin_or_inner_type": ("litestar.utils.typing", "get_origin_or_inner_type"),
    "get_serializer_from_scope": ("litestar.utils.scope", "get_serializer_from_scope"),
    "is_annotated_type": ("litestar.utils.predicates", "is_annotated_type"),
    "is_any": ("litestar.utils.predicates", "is_any"),
    "is_async_callable": ("litestar.utils.predicates", "is_async_callable"),
    "is_class_and_subclass": ("litestar.utils.predicates", "is_class_and_subclass"),
    "is_class_var": ("litestar.utils.predicates", "is_class_var"),
    "is_dataclass_class": ("litestar.utils.predicates", "is_dataclass_class"),
    "is_dataclass_instance": ("litestar.utils.predicates", "is_dataclass_instance"),
    "is_generic": ("litestar.utils.predicates", "is_generic"),
    "is_mapping": ("litestar.utils.predicates", "is_mapping"),
    "is_non_string_iterable": ("litestar.utils.predicates", "is_non_string_iterable"),
    "is_non_string_sequence": ("litestar.utils.predicates", "is_non_string_sequence"),
    "is_optional_union": ("litestar.utils.predicates", "is_optional_union"),
    "is_undefined_sentinel": ("litestar.utils.predicates", "is_undefined_sentinel"),
    "is_union": ("litestar.utils.predicates", "is_union"),
    "join_paths": ("litestar.utils.path", "join_paths"),
    "make_non_optional_union": ("litestar.utils.typing", "make_non_optional_union"),
    "normalize_path": ("litestar.utils.path", "normalize_path"),
    "unique": ("litestar.utils.sequence", "unique"),
    "unique_name_for_scope": ("litestar.utils.helpers", "unique_name_for_scope"),
    "url_quote": ("litestar.utils.helpers", "url_quote"),
    "warn_deprecation": ("litestar.utils.deprecation", "warn_deprecation"),
}


__getattr__ = lazy_attributes(__name__, _LAZY)
