"""When msgspec can move a model itself, so a transfer plan needs no per-object code.

A DTO plan is an *identity* for a model when every field travels under its own name with
no conversion. msgspec then decodes straight into a dataclass or a ``Struct`` and encodes
one as is (in C), which is what the transfer functions would have done in Python. These
predicates decide that at startup; they say ``False`` whenever in doubt, so the generated
functions stay the reference behaviour.
"""

from __future__ import annotations

import dataclasses
import inspect
from typing import TYPE_CHECKING, Any

import msgspec
from litestar.serialization import default_deserializer

if TYPE_CHECKING:
    from collections.abc import Iterable

    from litestar.dto.config import DTOConfig

__all__ = ("decodes_as_is", "encodes_as_is", "positional_first", "untransferred_defaults")

# ``dto_factory`` arguments are DTO classes; they are typed ``Any`` here because this module
# sits below ``base_dto`` (which builds the plans that call it).


def _same_fields(fields: Iterable[tuple[Any, str, Any]], *, converted: str) -> list[str] | None:
    """The transferred names if each travels under its own name with no conversion."""
    names = []
    for field, wire, conversion in fields:
        if wire != field.name or getattr(conversion, converted) is not None:
            return None
        names.append(field.name)
    return names


def _plain_attributes(model_type: type[Any], names: Iterable[str]) -> bool:
    """Whether setting the fields directly is what ``__init__`` would do.

    A data descriptor on the class (an ORM's instrumented attribute, a property) means
    assignments run code, which msgspec and ``__dict__`` assignment would skip.
    """
    for name in names:
        attribute = inspect.getattr_static(model_type, name, None)
        if hasattr(type(attribute), "__set__"):
            return False
    return True


def _as_is_dataclass(model_type: type[Any]) -> bool:
    """A plain dataclass none of whose fields has a class-level default.

    msgspec leaves such a field out of the instance ``__dict__`` when it decodes the default
    (the class attribute answers reads), and its encoder writes only what the ``__dict__``
    holds: either way the field would go missing.
    """
    return _plain_dataclass(model_type) and all(
        f.default is dataclasses.MISSING for f in dataclasses.fields(model_type)
    )


def _plain_dataclass(model_type: type[Any]) -> bool:
    """A dataclass whose fields are all ``__init__`` arguments, with no ``InitVar``."""
    if not dataclasses.is_dataclass(model_type):
        return False
    model_fields = dataclasses.fields(model_type)
    pseudo = set(model_type.__dataclass_fields__) - {f.name for f in model_fields}
    if any(_is_init_var(model_type.__dataclass_fields__[name].type) for name in pseudo):
        return False
    return all(f.init for f in model_fields) and _plain_attributes(model_type, (f.name for f in model_fields))


def _is_init_var(annotation: Any) -> bool:
    if isinstance(annotation, str):
        return "InitVar" in annotation
    return annotation is dataclasses.InitVar or isinstance(annotation, dataclasses.InitVar)


def _plain_struct(model_type: type[Any]) -> bool:
    """A Struct that reads and writes its fields under their own names, as an object."""
    if not issubclass(model_type, msgspec.Struct):
        return False
    config = model_type.__struct_config__
    if config.array_like or config.omit_defaults or config.tag is not None or config.forbid_unknown_fields:
        return False
    return all(f.encode_name == f.name for f in msgspec.structs.fields(model_type))


def _model_fields(model_type: type[Any]) -> list[str]:
    if dataclasses.is_dataclass(model_type):
        return [f.name for f in dataclasses.fields(model_type)]
    return list(model_type.__struct_fields__)


def encodes_as_is(dto_factory: Any, model_type: Any, fields: list[Any]) -> bool:
    """Whether msgspec encodes the model exactly as the DTO's transfer instance.

    Args:
        dto_factory: The DTO class (its attribute accessor must be ``getattr``).
        model_type: The model.
        fields: The plan's ``(field, wire name, conversion)`` triples.

    Returns:
        ``True`` when every model field travels, in order, under its name, unconverted.
    """
    if dto_factory.attribute_accessor is not getattr or not isinstance(model_type, type):
        return False
    names = _same_fields(fields, converted="to_transfer")
    if names is None or not (_as_is_dataclass(model_type) or _plain_struct(model_type)):
        return False
    return names == _model_fields(model_type)


def decodes_as_is(dto_factory: Any, model_type: Any, fields: list[Any], config: DTOConfig) -> bool:
    """Whether msgspec decoding into the model accepts what the transfer type accepts.

    Args:
        dto_factory: The DTO class.
        model_type: The model.
        fields: The plan's ``(field, wire name, conversion)`` triples.
        config: The DTO's configuration.

    Returns:
        ``True`` when every model field is written under its name, unconverted, with the
        model's own defaults, and msgspec can decode the model type.
    """
    if config.forbid_unknown_fields or not isinstance(model_type, type):
        return False
    names = _same_fields(fields, converted="to_model")
    if names is None or not (_as_is_dataclass(model_type) or _plain_struct(model_type)):
        return False
    if sorted(names) != sorted(_model_fields(model_type)):
        return False
    try:
        msgspec.json.Decoder(model_type, dec_hook=default_deserializer)
    except (TypeError, NameError):
        # msgspec cannot resolve the model's annotations on its own (a forward reference
        # only the DTO's namespace knows): keep the transfer type.
        return False
    return True


def positional_first(model_type: Any, keywords: list[str]) -> list[str]:
    """Pass the leading ``name=value`` arguments of a Struct positionally where it allows.

    PERF: a Struct's ``__init__`` takes positional arguments about 1.5x faster than
    keywords. Its ``__match_args__`` are its positional fields, in order (kw-only ones last).

    Args:
        model_type: The model.
        keywords: ``name=expression`` arguments.

    Returns:
        The arguments, positional ones first.
    """
    if not (isinstance(model_type, type) and issubclass(model_type, msgspec.Struct)):
        return keywords
    order = tuple(getattr(model_type, "__match_args__", ()))
    if order != model_type.__struct_fields__[: len(order)]:
        return keywords
    given = dict(keyword.split("=", 1) for keyword in keywords)
    arguments: list[str] = []
    for name in order:
        if name not in given:
            break
        arguments.append(given.pop(name))
    return arguments + [f"{name}={value}" for name, value in given.items()]


def untransferred_defaults(model_type: Any, transferred: set[str]) -> list[tuple[str, Any, Any]] | None:
    """For a dataclass whose ``__init__`` only assigns fields, the defaults of the others.

    Args:
        model_type: The model.
        transferred: The names the DTO fills in.

    Returns:
        ``(name, default, factory)`` for each other field, or ``None`` when ``__init__``
        does more (``__post_init__``, ``InitVar``, slots, frozen, instrumented attributes)
        or when a field that is not transferred has no default.
    """
    if not (isinstance(model_type, type) and _plain_dataclass(model_type)):
        return None
    if (
        hasattr(model_type, "__post_init__")
        or "__slots__" in vars(model_type)
        or model_type.__dataclass_params__.frozen  # type: ignore[attr-defined]
    ):
        return None
    rest: list[tuple[str, Any, Any]] = []
    for field in dataclasses.fields(model_type):
        if field.name in transferred:
            continue
        if field.default_factory is not dataclasses.MISSING:
            rest.append((field.name, None, field.default_factory))
        elif field.default is not dataclasses.MISSING:
            rest.append((field.name, field.default, None))
        else:
            return None
    return rest
