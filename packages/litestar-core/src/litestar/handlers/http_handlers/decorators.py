"""``get``, ``post``, ``put``, ``patch``, ``delete`` and ``head``: one HTTP method each."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from litestar.enums import HttpMethod
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.handlers.http_handlers.base import HTTPRouteHandler

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from litestar.handlers.http_handlers._options import HTTPHandlerOptions

__all__ = ("delete", "get", "head", "patch", "post", "put")


class _MethodHandler(HTTPRouteHandler):
    __slots__ = ()
    _method: HttpMethod

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.__module__.startswith("litestar."):
            warnings.warn(
                "Semantic HTTP route handler classes are deprecated and will be replaced by functional "
                "decorators in Litestar 3.0.",
                category=DeprecationWarning,
                stacklevel=2,
            )

    def __init__(self, path: str | Sequence[str] | None = None, **kwargs: Unpack[HTTPHandlerOptions]) -> None:
        if "http_method" in kwargs:
            raise ImproperlyConfiguredException(
                f"'http_method' cannot be passed to @{type(self).__name__}: it always serves "
                f"{self._method.value}. Use @route(http_method=...) for other methods."
            )
        super().__init__(path, http_method=self._method, **kwargs)


class get(_MethodHandler):
    """Serve ``GET`` requests on a path (default status 200)."""

    __slots__ = ()

    _method = HttpMethod.GET


class post(_MethodHandler):
    """Serve ``POST`` requests on a path (default status 201)."""

    __slots__ = ()

    _method = HttpMethod.POST


class put(_MethodHandler):
    """Serve ``PUT`` requests on a path (default status 200)."""

    __slots__ = ()

    _method = HttpMethod.PUT


class patch(_MethodHandler):
    """Serve ``PATCH`` requests on a path (default status 200)."""

    __slots__ = ()

    _method = HttpMethod.PATCH


class delete(_MethodHandler):
    """Serve ``DELETE`` requests on a path (default status 204)."""

    __slots__ = ()

    _method = HttpMethod.DELETE


class head(_MethodHandler):
    """Serve ``HEAD`` requests on a path; the handler must return ``None`` or a response."""

    __slots__ = ()

    _method = HttpMethod.HEAD

    def on_registration(self, app: Any) -> None:
        """Check that a HEAD handler returns no body."""
        super().on_registration(app)
        annotation = self.parsed_return_field
        if annotation not in (None, type(None)) and not _is_response_annotation(annotation):
            raise ImproperlyConfiguredException(
                f"{self.location}: a HEAD handler must return None (or a File/Response without a body); "
                f"annotate it as '-> None'."
            )


def _is_response_annotation(annotation: Any) -> bool:
    from typing import get_origin

    from litestar.response.base import ASGIResponse, Response

    target = get_origin(annotation) or annotation
    return isinstance(target, type) and issubclass(target, (Response, ASGIResponse))
