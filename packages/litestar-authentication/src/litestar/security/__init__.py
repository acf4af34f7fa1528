"""Security configs: authentication backends that install their middleware on the app."""

from __future__ import annotations

from litestar.security.base import AbstractSecurityConfig

__all__ = ("AbstractSecurityConfig",)
