"""Helpers reading framework values from an ASGI scope."""

from __future__ import annotations

from litestar.utils.scope._serializer import get_serializer_from_scope

__all__ = ("get_serializer_from_scope",)
