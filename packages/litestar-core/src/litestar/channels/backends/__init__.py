"""Backends that carry channel events between processes (memory, Redis)."""

from __future__ import annotations

__all__ = ()
