"""Turn exceptions into responses: layered handlers, defaults, debug output, logging.

Lookup order for a handler (the merged map of the app, router, controller and
handler layers): the exception's ``status_code`` first, then its classes along the
MRO. Without a handler, an ``HTTPException`` becomes its JSON error body and anything
else a 500 that never shows internals unless the app is in debug mode.

404 and 405 answers that no user handler customises are precomputed: a miss costs no
exception and no allocation beyond the ASGI messages.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import msgspec

from litestar._scope_keys import RESPONSE_STARTED
from litestar.exceptions.http_exceptions import (
    HTTPException,
    InternalServerException,
    MethodNotAllowedException,
    NotFoundException,
)

if TYPE_CHECKING:
    from litestar._routing._table import Leaf
    from litestar.types.asgi_types import Receive, Scope, Send

__all__ = ("AppForExceptions", "ExceptionDispatcher", "lookup_exception_handler")


class AppForExceptions(Protocol):
    """What the dispatcher reads from the app: public options only, read per error."""

    @property
    def after_exception(self) -> Sequence[Any]: ...
    @property
    def debug(self) -> bool: ...
    @property
    def debugger_module(self) -> Any: ...
    @property
    def exception_handlers(self) -> Any: ...
    @property
    def logger(self) -> Any: ...
    @property
    def logging_config(self) -> Any: ...
    @property
    def pdb_on_exception(self) -> bool: ...
    @property
    def request_class(self) -> Any: ...


def lookup_exception_handler(handlers: Mapping[Any, Any], exc: BaseException) -> Any:
    """Find the handler for ``exc``: by status code first, then by class (MRO order)."""
    if not handlers:
        return None
    status = getattr(exc, "status_code", None)
    if status is not None and status in handlers:
        return handlers[status]
    for klass in type(exc).__mro__:
        handler = handlers.get(klass)
        if handler is not None:
            return handler
    if status is None and 500 in handlers and not isinstance(exc, HTTPException):
        return handlers[500]
    return None


def _static_error(status: int, detail: str, extra_headers: list[tuple[bytes, bytes]]) -> tuple[Any, Any]:
    body = msgspec.json.encode({"status_code": status, "detail": detail})
    headers = [
        *extra_headers,
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    return headers, body


class ExceptionDispatcher:
    """Per-app exception handling."""

    __slots__ = ("_app", "_not_found")

    def __init__(self, app: AppForExceptions) -> None:
        self._app = app
        self._not_found = _static_error(404, "Not Found", [])

    def _app_handlers(self) -> Mapping[Any, Any]:
        return self._app.exception_handlers or {}

    async def not_found(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer a request whose path matches no route."""
        scope_type: str = scope["type"]  # a plain str at runtime, not the ScopeType member
        if scope_type == "websocket":
            await self._close_websocket(scope, receive, send, NotFoundException())
            return
        handlers = self._app_handlers()
        app = self._app
        if app.after_exception or app.pdb_on_exception:
            await self._after_exception(NotFoundException(), scope)
        if self._logs_misses():
            self._log(scope, NotFoundException())
        if handlers and lookup_exception_handler(handlers, NotFoundException()) is not None:
            await self._respond(scope, receive, send, NotFoundException(), handlers)
            return
        headers, body = self._not_found
        await send({"type": "http.response.start", "status": 404, "headers": headers})
        await send(
            {
                "type": "http.response.body",
                "body": b"" if scope.get("method") == "HEAD" else body,
                "more_body": False,
            }
        )

    async def method_not_allowed(self, scope: Scope, receive: Receive, send: Send, leaf: Leaf) -> None:
        """Answer a request whose path exists but not for its method (405 with ``Allow``)."""
        # No endpoint was found, so the app did not set this yet; hooks and handlers read it.
        scope["app"] = self._app  # type: ignore[arg-type]  # the app, seen through the parts it reads
        scope_type: str = scope["type"]  # a plain str at runtime, not the ScopeType member
        if scope_type == "websocket":
            await self._close_websocket(scope, receive, send, MethodNotAllowedException())
            return
        exc = MethodNotAllowedException(headers={"Allow": leaf.allow})
        handlers = self._app_handlers()
        app = self._app
        if app.after_exception or app.pdb_on_exception:
            await self._after_exception(exc, scope)
        if self._logs_misses():
            self._log(scope, exc)
        if handlers and lookup_exception_handler(handlers, exc) is not None:
            await self._respond(scope, receive, send, exc, handlers)
            return
        allow = [(b"allow", leaf.allow.encode("latin-1"))] if leaf.allow else []
        headers, body = _static_error(405, "Method Not Allowed", allow)
        await send({"type": "http.response.start", "status": 405, "headers": headers})
        await send(
            {
                "type": "http.response.body",
                "body": b"" if scope.get("method") == "HEAD" else body,
                "more_body": False,
            }
        )

    async def handle(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        exc: Exception,
        handlers: Mapping[Any, Any],
    ) -> None:
        """Run ``after_exception`` hooks, then send the response for ``exc``."""
        if scope.get(RESPONSE_STARTED):
            from litestar.exceptions.base_exceptions import LitestarException

            # Nothing can be sent any more: let the server see the error (as the reference).
            raise LitestarException("Exception caught after response started") from exc
        scope_type: str = scope["type"]  # a plain str at runtime, not the ScopeType member
        if scope_type == "websocket":
            await self._close_websocket(scope, receive, send, exc)
            return
        await self._after_exception(exc, scope)
        await self._respond(scope, receive, send, exc, handlers)

    async def _after_exception(self, exc: Exception, scope: Scope) -> None:
        app = self._app
        for hook in app.after_exception:
            await hook(exc, scope)
        if app.pdb_on_exception:
            app.debugger_module.post_mortem(exc.__traceback__)

    async def _respond(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        exc: Exception,
        handlers: Mapping[Any, Any],
    ) -> None:
        app = self._app
        request = self._request(scope, receive, send)
        handler = lookup_exception_handler(handlers, exc)
        response: Any = None
        if handler is not None:
            try:
                response = handler(request, exc)
                if inspect.isawaitable(response):
                    response = await response
            except Exception as handler_exc:  # noqa: BLE001
                self._log(scope, handler_exc)
                response = None
                exc = handler_exc
        if response is None:
            response = self._default_response(request, exc, scope)
        asgi_response = (
            response.to_asgi_response(app, request) if hasattr(response, "to_asgi_response") else response
        )
        await asgi_response(scope, receive, send)

    def _request(self, scope: Scope, receive: Receive, send: Send) -> Any:
        handler = scope.get("route_handler")
        resolve = getattr(handler, "resolve_request_class", None)
        if resolve is not None:
            request_class = resolve()
        else:
            from litestar.connection.request import Request

            request_class = self._app.request_class or Request
        return request_class(scope, receive, send)

    def _default_response(self, request: Any, exc: Exception, scope: Scope) -> Any:
        from litestar.exceptions.responses import create_debug_response, create_exception_response

        app = self._app
        self._log(scope, exc)
        if isinstance(exc, HTTPException) and exc.status_code != 500:
            return create_exception_response(request, exc)
        if app.debug:
            return create_debug_response(request, exc)
        if isinstance(exc, HTTPException):
            return create_exception_response(request, exc)
        return create_exception_response(request, InternalServerException())

    def _logs_misses(self) -> bool:
        app = self._app
        if app.debug:
            return True
        return getattr(app.logging_config, "log_exceptions", None) == "always"

    def _log(self, scope: Scope, exc: BaseException) -> None:
        app = self._app
        config = app.logging_config
        if config is None:
            return
        from litestar.logging._app import log_exception, should_log_exception
        from litestar.types.empty import Empty

        mode_allows = app.debug if config is Empty else should_log_exception(config, exc, debug=app.debug)
        if not mode_allows:
            return
        logger = app.logger  # configures logging on first use
        log_exception(app.logging_config, logger, scope, exc, debug=app.debug)

    async def _close_websocket(self, scope: Scope, receive: Receive, send: Send, exc: Exception) -> None:
        from litestar.exceptions.base_exceptions import LitestarException
        from litestar.exceptions.websocket_exceptions import WebSocketException

        code = exc.code if isinstance(exc, WebSocketException) else 4500
        if isinstance(exc, (LitestarException, HTTPException)):
            reason = str(getattr(exc, "detail", "") or "")
        else:
            reason = "Internal Server Error"
        if not isinstance(exc, HTTPException) or exc.status_code >= 500:
            self._log(scope, exc)
        try:
            await send({"type": "websocket.close", "code": code, "reason": reason})
        except Exception:  # noqa: BLE001
            return
