"""PyJWT, checked for at import and imported on first use (``_pyjwt.jwt``).

Importing PyJWT also imports ``urllib.request``, ``http.client``, ``ssl`` and ``email``
(for its JWKS client): about 25 ms and 1 MiB that an app pays only once it signs or
verifies a token. Its absence is still reported when ``litestar.security.jwt`` is
imported, naming the extra to install.
"""

from __future__ import annotations

from importlib.util import find_spec
from typing import TYPE_CHECKING, Any

from litestar.exceptions import MissingDependencyException

if TYPE_CHECKING:
    import jwt

__all__ = ("jwt",)

if find_spec("jwt") is None:  # pragma: no cover - exercised by the install tests
    raise MissingDependencyException("jwt", "pyjwt", "jwt")


def __getattr__(name: str) -> Any:
    if name != "jwt":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import jwt

    globals()["jwt"] = jwt
    return jwt
