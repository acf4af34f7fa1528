"""Structural protocols (dataclass instances, loggers, instantiable collections)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any, ClassVar, Protocol, TypeVar, runtime_checkable

__all__ = ("DataclassProtocol", "InstantiableCollection", "Logger")

T_co = TypeVar("T_co", covariant=True)


@runtime_checkable
class DataclassProtocol(Protocol):
    """Any dataclass (class or instance)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]


@runtime_checkable
class InstantiableCollection(Collection[T_co], Protocol[T_co]):  # pyright: ignore
    """A collection that can be built from an iterable, like ``list`` or ``set``."""

    def __init__(self, iterable: Iterable[T_co], /) -> None: ...


class Logger(Protocol):
    """The logging interface used by the framework (stdlib ``logging`` or structlog)."""

    def debug(self, event: str, *args: Any, **kwargs: Any) -> Any:
        """Log at DEBUG level."""

    def info(self, event: str, *args: Any, **kwargs: Any) -> Any:
        """Log at INFO level."""

    def warning(self, event: str, *args: Any, **kwargs: Any) -> Any:
        """Log at WARNING level."""

    def warn(self, event: str, *args: Any, **kwargs: Any) -> Any:
        """Log at WARNING level (alias)."""

    def error(self, event: str, *args: Any, **kwargs: Any) -> Any:
        """Log at ERROR level."""

    def fatal(self, event: str, *args: Any, **kwargs: Any) -> Any:
        """Log at CRITICAL level (alias)."""

    def exception(self, event: str, *args: Any, **kwargs: Any) -> Any:
        """Log at ERROR level with the current exception."""

    def critical(self, event: str, *args: Any, **kwargs: Any) -> Any:
        """Log at CRITICAL level."""

    def setLevel(self, level: int) -> None:
        """Set the logging threshold."""
