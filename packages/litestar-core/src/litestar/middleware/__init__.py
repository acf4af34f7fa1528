from litestar._split_package import extend_path

__path__ = extend_path(__path__, __name__)

# Middleware base classes (core); concrete middlewares come from ``litestar-middleware``
# and the authentication base from ``litestar-security``. No ``from __future__`` import:
# the ``extend_path`` line has to come first.

from typing import Any

from litestar.middleware.base import (
    AbstractMiddleware,
    ASGIMiddleware,
    DefineMiddleware,
    MiddlewareProtocol,
)

__all__ = (
    "ASGIMiddleware",
    "AbstractAuthenticationMiddleware",
    "AbstractMiddleware",
    "AuthenticationResult",
    "DefineMiddleware",
    "MiddlewareProtocol",
)

_SECURITY_NAMES = frozenset({"AbstractAuthenticationMiddleware", "AuthenticationResult"})


def __getattr__(name: str) -> Any:
    if name not in _SECURITY_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from litestar._discovery import import_piece_module
    from litestar.exceptions.base_exceptions import MissingDependencyException

    try:
        module = import_piece_module("litestar.middleware.authentication", "security")
    except MissingDependencyException as exc:
        # NOTE: an AttributeError, so hasattr() and getattr(..., default) keep working;
        # the message still names the distribution to install.
        raise AttributeError(str(exc.detail)) from exc
    return getattr(module, name)
