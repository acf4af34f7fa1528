"""Exceptions raised while building data transfer objects."""

from __future__ import annotations

from litestar.exceptions.base_exceptions import LitestarException

__all__ = ("DTOFactoryException", "InvalidAnnotationException")


class DTOFactoryException(LitestarException):
    """A DTO cannot be created for the given type or configuration."""


class InvalidAnnotationException(DTOFactoryException):
    """A type annotation cannot be handled by the DTO factory."""
