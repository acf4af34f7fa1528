"""Serving a directory tree: ``create_static_files_router`` and the older ``StaticFilesConfig``.

The router holds a ``GET`` and a ``HEAD`` handler at ``{path}/{file_path:path}`` (plus a
``GET`` at ``{path}`` in html mode, for the index page), so static files take part in
routing, guards, hooks, middleware and ``route_reverse`` like any other handler.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.file_system import BaseLocalFileSystem
from litestar.handlers.asgi_handlers import asgi
from litestar.handlers.http_handlers.decorators import get, head
from litestar.response.file import ASGIFileResponse
from litestar.router import Router
from litestar.static_files.base import StaticFiles
from litestar.types.asgi_types import Scope
from litestar.utils.deprecation import warn_deprecation
from litestar.utils.path import normalize_path

if TYPE_CHECKING:
    from collections.abc import Sequence

    from litestar.datastructures.headers import CacheControlHeader
    from litestar.handlers.asgi_handlers import ASGIRouteHandler
    from litestar.handlers.base import Guard
    from litestar.middleware.base import Middleware
    from litestar.response._hook_types import (
        AfterRequestHookHandler,
        AfterResponseHookHandler,
        BeforeRequestHookHandler,
        ExceptionHandlersMap,
    )
    from litestar.types._composites import PathType
    from litestar.types.empty import EmptyType

__all__ = ("StaticFilesConfig", "create_static_files_router")


def _validate(path: str, directories: Sequence[PathType]) -> None:
    if not path:
        raise ImproperlyConfiguredException("path must be a non-zero length string,")
    if not directories or not any(bool(d) for d in directories):
        raise ImproperlyConfiguredException("directories must include at least one path.")
    if "{" in path:
        raise ImproperlyConfiguredException("path parameters are not supported for static files")


def _accept_encoding(scope: Scope) -> bytes | None:
    for name, value in scope["headers"]:
        if name == b"accept-encoding":
            return value
    return None


def create_static_files_router(
    path: str,
    directories: list[PathType],
    file_system: Any = None,
    send_as_attachment: bool = False,
    html_mode: bool = False,
    name: str = "static",
    after_request: AfterRequestHookHandler | None = None,
    after_response: AfterResponseHookHandler | None = None,
    before_request: BeforeRequestHookHandler | None = None,
    cache_control: CacheControlHeader | None = None,
    exception_handlers: ExceptionHandlersMap | None = None,
    guards: list[Guard] | None = None,
    include_in_schema: bool | EmptyType = False,
    middleware: Sequence[Middleware] | None = None,
    opt: dict[str, Any] | None = None,
    security: Sequence[Any] | None = None,
    tags: Sequence[str] | None = None,
    router_class: type[Router] = Router,
    resolve_symlinks: bool = True,
    *,
    allow_symlinks_outside_directory: bool = False,
) -> Router:
    """Create a router serving the files below ``directories`` at ``path``.

    Args:
        path: The path prefix the files are served under.
        directories: The directories to look in, in order.
        file_system: The file system holding them (the local disk when ``None``); any
            object with ``info`` and ``open``, such as an ``fsspec`` file system.
        send_as_attachment: Send files as downloads (``content-disposition: attachment``).
        html_mode: Serve ``index.html`` for directories and ``404.html`` for misses.
        name: The handler name, for ``route_reverse(name, file_path=...)``.
        after_request: Hook run after the handler.
        after_response: Hook run after the response is sent.
        before_request: Hook run before the handler.
        cache_control: ``cache-control`` header of the file responses.
        exception_handlers: Exception handlers of the router.
        guards: Guards protecting the files.
        include_in_schema: Show the handlers in the OpenAPI schema.
        middleware: Middleware of the router.
        opt: Opaque options of the handlers.
        security: OpenAPI security requirements.
        tags: OpenAPI tags.
        router_class: The router class to create.
        resolve_symlinks: Resolve symlinks in ``directories`` once, at startup.
        allow_symlinks_outside_directory: Serve symlinks whose target lies outside the
            directories (refused by default).

    Returns:
        The router, to pass among the app's route handlers.

    Raises:
        ImproperlyConfiguredException: If ``path`` is empty or has path parameters, or
            ``directories`` is empty.
    """
    _validate(path, directories)
    static_files = StaticFiles(
        is_html_mode=html_mode,
        directories=directories,
        file_system=file_system if file_system is not None else BaseLocalFileSystem(),
        send_as_attachment=send_as_attachment,
        resolve_symlinks=resolve_symlinks,
        allow_symlinks_outside_directory=allow_symlinks_outside_directory,
        # The handlers return ready ASGI responses, so the header is set here rather
        # than through the layered ``cache_control`` option.
        headers={"cache-control": cache_control.to_header()} if cache_control is not None else None,
    )
    respond = static_files._respond

    @get("/{file_path:path}", name=name)
    async def get_handler(scope: Scope, file_path: Any) -> ASGIFileResponse:
        return await respond(str(file_path), False, _accept_encoding(scope))

    @head("/{file_path:path}", name=f"{name}/head")
    async def head_handler(scope: Scope, file_path: Any) -> ASGIFileResponse:
        return await respond(str(file_path), True, _accept_encoding(scope))

    handlers: list[Any] = [get_handler, head_handler]
    if html_mode:

        @get("/", name=f"{name}/index")
        async def index_handler(scope: Scope) -> ASGIFileResponse:
            return await respond("/", False, _accept_encoding(scope))

        handlers.append(index_handler)

    return router_class(
        path=path,
        route_handlers=handlers,
        after_request=after_request,
        after_response=after_response,
        before_request=before_request,
        exception_handlers=exception_handlers,
        guards=guards,
        include_in_schema=include_in_schema,
        middleware=middleware,
        opt=opt,
        security=security,
        tags=tags,
    )


@dataclass
class StaticFilesConfig:
    """Serve static files under a path (deprecated: use :func:`create_static_files_router`).

    .. deprecated:: 2.6.0
    """

    path: str
    """The path prefix the files are served under."""
    directories: list[PathType]
    """The directories to look in, in order."""
    html_mode: bool = False
    """Serve ``index.html`` for directories and ``404.html`` for misses."""
    name: str | None = None
    """The handler name, for ``url_for_static_asset``."""
    file_system: Any = field(default_factory=BaseLocalFileSystem)
    """The file system holding the directories."""
    opt: dict[str, Any] | None = None
    """Opaque options of the handler."""
    guards: list[Guard] | None = None
    """Guards protecting the files."""
    exception_handlers: ExceptionHandlersMap | None = None
    """Exception handlers of the handler."""
    send_as_attachment: bool = False
    """Send files as downloads (``content-disposition: attachment``)."""

    def __post_init__(self) -> None:
        """Warn about the deprecation and validate the configuration.

        Raises:
            ImproperlyConfiguredException: If ``path`` is empty or has path parameters,
                or ``directories`` is empty.
        """
        warn_deprecation(
            "2.6.0",
            "StaticFilesConfig",
            "class",
            removal_in="3.0",
            alternative="create_static_files_router",
            info='Replace static_files_config=[StaticFilesConfig(path="/static", directories=["assets"])] with '
            'route_handlers=[..., create_static_files_router(path="/static", directories=["assets"])]',
        )
        _validate(self.path, self.directories)
        self.path = normalize_path(self.path)

    def to_static_files_app(self) -> ASGIRouteHandler:
        """Return the mounted ASGI handler serving the files.

        Returns:
            An ``@asgi`` handler marked as static.
        """
        static_files = StaticFiles(
            is_html_mode=self.html_mode,
            directories=self.directories,
            file_system=self.file_system,
            send_as_attachment=self.send_as_attachment,
        )
        return asgi(
            path=self.path,
            name=self.name,
            is_static=True,
            opt=self.opt,
            guards=self.guards,
            exception_handlers=self.exception_handlers,
        )(static_files)
