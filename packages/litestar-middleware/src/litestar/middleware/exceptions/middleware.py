"""Kept for import compatibility: exceptions are turned into responses by the app itself."""

from __future__ import annotations

__all__ = ()
