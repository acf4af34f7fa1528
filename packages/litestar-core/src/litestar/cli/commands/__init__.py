"""The built-in ``litestar`` commands."""

from __future__ import annotations

__all__ = ()
