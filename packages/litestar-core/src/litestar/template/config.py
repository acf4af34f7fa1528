"""``TemplateConfig``: which template engine renders ``Template`` responses."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from inspect import isclass
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar, cast

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.template.base import TemplateEngineProtocol

if TYPE_CHECKING:
    from collections.abc import Callable

    from litestar.types._composites import PathType

__all__ = ("TemplateConfig",)

EngineType = TypeVar("EngineType", bound=TemplateEngineProtocol[Any, Any])


@dataclass
class TemplateConfig(Generic[EngineType]):
    """Configure the template engine: an engine class with directories, or an instance."""

    engine: type[EngineType] | EngineType | None = field(default=None)
    """An engine class (built with ``directory``) or an engine instance."""
    directory: PathType | list[PathType] | None = field(default=None)
    """The template directories, for an engine class."""
    engine_callback: Callable[[EngineType], None] | None = field(default=None)
    """Called with the engine once it is built (e.g. to register template callables)."""
    instance: EngineType | None = field(default=None)
    """A ready engine instance."""

    def __post_init__(self) -> None:
        """Validate the combination of options.

        Raises:
            ImproperlyConfiguredException: If both ``directory`` and ``instance`` are
                set, or an engine class comes without ``directory``.
        """
        if self.directory and self.instance:
            raise ImproperlyConfiguredException("directory cannot be set if instance is")
        if isclass(self.engine) and not self.directory:
            raise ImproperlyConfiguredException(
                "directory is a required kwarg when passing a template engine class"
            )

    def to_engine(self) -> EngineType:
        """Build the engine and pass it to ``engine_callback``.

        Returns:
            The engine (``None`` when no engine is configured).
        """
        engine: Any = self.engine
        if isclass(engine):
            engine = engine(directory=self.directory, engine_instance=None)  # type: ignore[call-arg]
        if engine is not None and self.engine_callback is not None:
            self.engine_callback(engine)
        return cast("EngineType", engine)

    @cached_property
    def engine_instance(self) -> EngineType:
        """The engine, built once: ``instance`` if given, else :meth:`to_engine`."""
        if self.instance is None:
            return self.to_engine()
        if self.engine_callback is not None:
            self.engine_callback(self.instance)
        return self.instance


TemplateConfigType: TypeAlias = TemplateConfig[Any]
"""A template configuration with any engine."""
