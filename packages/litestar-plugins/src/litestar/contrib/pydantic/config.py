"""The 2.17 ``litestar.contrib.pydantic.config`` module (it exports nothing)."""

__all__ = ()
