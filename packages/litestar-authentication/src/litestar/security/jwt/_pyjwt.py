"""Import PyJWT once, turning its absence into an error that names the extra to install."""

from __future__ import annotations

from litestar.exceptions import MissingDependencyException

try:
    import jwt
except ImportError as exc:  # pragma: no cover - exercised by the install tests
    if exc.name != "jwt":
        raise
    raise MissingDependencyException("jwt", "pyjwt", "jwt") from exc

__all__ = ("jwt",)
