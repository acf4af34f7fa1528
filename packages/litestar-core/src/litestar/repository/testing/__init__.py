"""Test helpers of the repository pattern: in-memory mock repositories."""

__all__ = ()
