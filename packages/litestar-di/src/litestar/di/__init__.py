"""Dependency injection for litestar."""
