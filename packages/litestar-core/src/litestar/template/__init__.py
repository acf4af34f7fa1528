"""Templates: the engine protocols and ``TemplateConfig``; engines live in ``litestar.contrib``."""

from __future__ import annotations

from litestar.template.base import TemplateEngineProtocol, TemplateProtocol
from litestar.template.config import TemplateConfig

__all__ = ("TemplateConfig", "TemplateEngineProtocol", "TemplateProtocol")
