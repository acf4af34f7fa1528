"""Resolve the names of the deprecated ``litestar.contrib.jwt`` paths, with a warning."""

from __future__ import annotations

from typing import Any

from litestar.utils.deprecation import warn_deprecation

__all__ = ("resolve",)


def resolve(module: str, name: str, exported: tuple[str, ...]) -> Any:
    """Return ``litestar.security.jwt.<name>`` after a ``DeprecationWarning``.

    Args:
        module: The deprecated module the name was looked up on.
        name: The attribute name.
        exported: The names that module offers.

    Returns:
        The object from ``litestar.security.jwt``.

    Raises:
        AttributeError: If the module does not offer ``name``.
    """
    if name not in exported:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    import litestar.security.jwt as target

    warn_deprecation(
        version="2.3.2",
        deprecated_name="litestar.contrib.jwt",
        kind="import",
        removal_in="3.0",
        info="importing from 'litestar.contrib.jwt' is deprecated, please import from 'litestar.security.jwt' instead",
    )
    return getattr(target, name)
