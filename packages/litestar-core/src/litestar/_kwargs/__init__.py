"""Compiled argument plans for handlers (private)."""

from __future__ import annotations

from litestar._kwargs._compile import RESERVED_KWARGS, compile_kwargs_plan
from litestar._kwargs._plan import Extractor, KwargsPlan

__all__ = ("RESERVED_KWARGS", "Extractor", "KwargsPlan", "compile_kwargs_plan")
