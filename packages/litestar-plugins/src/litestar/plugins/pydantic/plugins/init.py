"""``PydanticInitPlugin``: teach the app to decode, validate and encode pydantic models."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from litestar.exceptions import ClientException
from litestar.plugins import InitPlugin

import pydantic as pydantic_v2
from pydantic import v1 as pydantic_v1

if TYPE_CHECKING:
    from litestar.config.app import AppConfig

__all__ = ("PydanticInitPlugin", "T", "is_pydantic_v1_model_class", "is_pydantic_v2_model_class")

T = TypeVar("T")

PydanticFieldsListType = set[int] | set[str] | dict[int, Any] | dict[str, Any] | None


def is_pydantic_v1_model_class(annotation: Any) -> TypeGuard[type[pydantic_v1.BaseModel]]:
    """Tell whether ``annotation`` is a ``pydantic.v1`` model class.

    Args:
        annotation: A value.

    Returns:
        ``True`` for a v1 model class.
    """
    return isinstance(annotation, type) and issubclass(annotation, pydantic_v1.BaseModel)


def is_pydantic_v2_model_class(annotation: Any) -> TypeGuard[type[pydantic_v2.BaseModel]]:
    """Tell whether ``annotation`` is a pydantic v2 model class.

    Args:
        annotation: A value.

    Returns:
        ``True`` for a v2 model class.
    """
    return isinstance(annotation, type) and issubclass(annotation, pydantic_v2.BaseModel)


def _error_key(location: tuple[Any, ...]) -> str:
    """The ``key`` of one error: the dotted field path without list indexes (as 2.17)."""
    return ".".join(str(part) for part in location if not isinstance(part, int))


def _validation_failed(errors: Sequence[Mapping[str, Any]]) -> ClientException:
    """The error core reports as ``Validation failed for <method> <path>`` with ``extra``.

    NOTE: raised from inside a msgspec ``dec_hook``: it is not a ``ValueError``, so msgspec
    lets it through untouched and core's body step adds the request to the detail.
    """
    return ClientException(
        extra=[{"message": error["msg"], "key": _error_key(tuple(error["loc"]))} for error in errors]
    )


def _decode_v2(validate_strict: bool) -> Callable[[Any, Any], Any]:
    def decode(model_type: Any, value: Any) -> Any:
        try:
            return model_type.model_validate(value, strict=validate_strict)
        except pydantic_v2.ValidationError as exc:
            raise _validation_failed(exc.errors(include_url=False)) from None

    return decode


def _decode_v1(model_type: Any, value: Any) -> Any:
    try:
        return model_type.parse_obj(value)
    except pydantic_v1.ValidationError as exc:
        raise _validation_failed(exc.errors()) from None


class PydanticInitPlugin(InitPlugin):
    """Adds the type encoders and decoders of pydantic models and types to the app."""

    __slots__ = (
        "exclude",
        "exclude_defaults",
        "exclude_none",
        "exclude_unset",
        "include",
        "prefer_alias",
        "round_trip",
        "validate_strict",
    )

    def __init__(
        self,
        exclude: PydanticFieldsListType = None,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        exclude_unset: bool = False,
        include: PydanticFieldsListType = None,
        prefer_alias: bool = False,
        validate_strict: bool = False,
        round_trip: bool = False,
    ) -> None:
        """Configure how models are dumped and validated.

        Args:
            exclude: Fields left out of every dump.
            exclude_defaults: Leave out fields equal to their default.
            exclude_none: Leave out fields that are ``None``.
            exclude_unset: Leave out fields that were not set.
            include: The only fields dumped.
            prefer_alias: Dump fields under their alias.
            validate_strict: Validate in strict mode (no coercion).
            round_trip: Dump so that the output validates back (``Json`` fields as JSON).
        """
        self.exclude = exclude
        self.exclude_defaults = exclude_defaults
        self.exclude_none = exclude_none
        self.exclude_unset = exclude_unset
        self.include = include
        self.prefer_alias = prefer_alias
        self.validate_strict = validate_strict
        self.round_trip = round_trip

    @classmethod
    def encoders(
        cls,
        exclude: PydanticFieldsListType = None,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        exclude_unset: bool = False,
        include: PydanticFieldsListType = None,
        prefer_alias: bool = False,
        round_trip: bool = False,
    ) -> dict[Any, Callable[[Any], Any]]:
        """The type encoders of pydantic models and types.

        Args:
            exclude: Fields left out of every dump.
            exclude_defaults: Leave out fields equal to their default.
            exclude_none: Leave out fields that are ``None``.
            exclude_unset: Leave out fields that were not set.
            include: The only fields dumped.
            prefer_alias: Dump fields under their alias.
            round_trip: Dump for validating back.

        Returns:
            ``{type: encoder}``.
        """
        options: dict[str, Any] = {
            "exclude": exclude,
            "exclude_defaults": exclude_defaults,
            "exclude_none": exclude_none,
            "exclude_unset": exclude_unset,
            "include": include,
            "by_alias": prefer_alias,
        }

        def dump_v2(model: pydantic_v2.BaseModel) -> Any:
            return model.model_dump(mode="json", round_trip=round_trip, **options)

        def dump_v1(model: pydantic_v1.BaseModel) -> Any:
            import json

            return json.loads(model.json(**options))

        return {
            pydantic_v2.BaseModel: dump_v2,
            pydantic_v1.BaseModel: dump_v1,
            pydantic_v2.SecretStr: str,
            pydantic_v2.SecretBytes: str,
            pydantic_v2.ByteSize: int,
            pydantic_v1.SecretField: str,
            pydantic_v1.EmailStr: str,
            pydantic_v1.ByteSize: lambda value: value.real,
            pydantic_v1.NameEmail: str,
            pydantic_v1.AnyUrl: str,
            pydantic_v2.AnyUrl: str,
            pydantic_v2.networks._BaseUrl: str,
            pydantic_v2.NameEmail: str,
        }

    @classmethod
    def decoders(
        cls, validate_strict: bool = False
    ) -> list[tuple[Callable[[Any], bool], Callable[[Any, Any], Any]]]:
        """The type decoders of pydantic models (validation errors answer 400).

        Args:
            validate_strict: Validate in strict mode.

        Returns:
            ``[(predicate, decoder)]``.
        """
        return [
            (is_pydantic_v2_model_class, _decode_v2(validate_strict)),
            (is_pydantic_v1_model_class, _decode_v1),
        ]

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Add the encoders and decoders (the user's own win) to the app.

        Args:
            app_config: The configuration.

        Returns:
            The configuration.
        """
        encoders = self.encoders(
            exclude=self.exclude,
            exclude_defaults=self.exclude_defaults,
            exclude_none=self.exclude_none,
            exclude_unset=self.exclude_unset,
            include=self.include,
            prefer_alias=self.prefer_alias,
            round_trip=self.round_trip,
        )
        app_config.type_encoders = {**encoders, **(app_config.type_encoders or {})}
        app_config.type_decoders = [*self.decoders(self.validate_strict), *(app_config.type_decoders or [])]
        namespace = {"pydantic": pydantic_v2, "BaseModel": pydantic_v2.BaseModel}
        app_config.signature_namespace = {**namespace, **(app_config.signature_namespace or {})}
        return app_config
