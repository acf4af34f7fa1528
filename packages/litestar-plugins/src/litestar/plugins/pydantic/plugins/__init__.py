"""The pydantic plugins, one module each: ``init``, ``di`` and ``schema``."""

__all__ = ()
