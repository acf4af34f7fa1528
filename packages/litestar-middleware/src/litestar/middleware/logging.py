"""``LoggingMiddleware``: log each request and response as ``message: key=value, ...`` lines.

Values are logged as compact JSON (strings as they are); headers and cookies named in
the config are replaced by ``*****``. The response is logged once its last body chunk
went out, so streamed (multi-body) responses are logged whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from litestar.connection import Request
from litestar.datastructures import Headers
from litestar.enums import ScopeType
from litestar.middleware.base import AbstractMiddleware, DefineMiddleware
from litestar.utils.scope.state import ScopeState
from msgspec.json import decode as decode_json
from msgspec.json import encode as encode_json

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from litestar.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ("LoggingMiddleware", "LoggingMiddlewareConfig")

RequestExtractorField = Literal[
    "path", "method", "content_type", "headers", "cookies", "query", "path_params", "body", "scheme", "client"
]
ResponseExtractorField = Literal["status_code", "headers", "body", "cookies"]
OBFUSCATED = "*****"


def _format(values: dict[str, Any]) -> str:
    parts = []
    for key, value in values.items():
        text = value if isinstance(value, str) else encode_json(value).decode("utf-8")
        parts.append(f"{key}={text}")
    return ", ".join(parts)


def _body_value(body: bytes) -> Any:
    if not body:
        return ""
    try:
        return decode_json(body)
    except Exception:  # noqa: BLE001  (not JSON: logged as text)
        return body.decode("utf-8", errors="replace")


def _obfuscate(items: Iterable[tuple[str, str]], hidden: set[str]) -> dict[str, str]:
    return {k: (OBFUSCATED if k.lower() in hidden else v) for k, v in items}


class LoggingMiddleware(AbstractMiddleware):
    """Log requests and responses with the fields of :class:`LoggingMiddlewareConfig`."""

    scopes = {ScopeType.HTTP}  # noqa: RUF012
    logger: Any = None
    """The logger lines go to (the app's ``get_logger(logger_name)``, resolved on first request)."""

    def __init__(self, app: ASGIApp, config: LoggingMiddlewareConfig) -> None:
        """Initialise the middleware.

        Args:
            app: The next ASGI app.
            config: The logging configuration.
        """
        super().__init__(
            app=app, exclude=config.exclude, exclude_opt_key=config.exclude_opt_key, scopes=self.scopes
        )
        self.config = config
        self._request_headers = {h.lower() for h in config.request_headers_to_obfuscate}
        self._request_cookies = {c.lower() for c in config.request_cookies_to_obfuscate}
        self._response_headers = {h.lower() for h in config.response_headers_to_obfuscate}
        self._response_cookies = {c.lower() for c in config.response_cookies_to_obfuscate}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Log the request, run the app, log the response."""
        if self.logger is None:
            app: Any = scope["app"]
            self.logger = app.get_logger(self.config.logger_name)
        if self.config.request_log_fields:
            await self.log_request(scope, receive)
        if self.config.response_log_fields:
            send = self.create_send_wrapper(scope, send)
        await self.app(scope, receive, send)

    async def log_request(self, scope: Scope, receive: Receive) -> None:
        """Log the request's fields.

        Args:
            scope: The connection scope.
            receive: The ASGI receive callable.
        """
        data = await self.extract_request_data(Request(scope, receive))
        self.log_message({"message": self.config.request_log_message, **data})

    def log_response(self, scope: Scope) -> None:
        """Log the response's fields (collected by the send wrapper).

        Args:
            scope: The connection scope.
        """
        data = self.extract_response_data(scope)
        self.log_message({"message": self.config.response_log_message, **data})

    def log_message(self, values: dict[str, Any]) -> None:
        """Write one log line: ``message: key=value, ...``.

        Args:
            values: ``message`` and the fields.
        """
        message = values.pop("message")
        self.logger.info(f"{message}: {_format(values)}")

    async def extract_request_data(self, request: Request[Any, Any, Any]) -> dict[str, Any]:
        """Collect the configured request fields.

        Args:
            request: The request.

        Returns:
            Field name -> value.
        """
        data: dict[str, Any] = {}
        for name in self.config.request_log_fields:
            if name == "path":
                data["path"] = request.scope["path"]
            elif name == "method":
                data["method"] = request.method
            elif name == "content_type":
                data["content_type"] = list(request.content_type)
            elif name == "headers":
                data["headers"] = _obfuscate(request.headers.items(), self._request_headers)
            elif name == "cookies":
                data["cookies"] = _obfuscate(request.cookies.items(), self._request_cookies)
            elif name == "query":
                data["query"] = {k: request.query_params.getall(k) for k in request.query_params}
            elif name == "path_params":
                data["path_params"] = dict(request.path_params)
            elif name == "body":
                data["body"] = _body_value(await request.body())
            elif name == "scheme":
                data["scheme"] = request.url.scheme
            elif name == "client":
                data["client"] = list(request.client) if request.client else None
        return data

    def extract_response_data(self, scope: Scope) -> dict[str, Any]:
        """Collect the configured response fields from what the send wrapper recorded.

        Args:
            scope: The connection scope.

        Returns:
            Field name -> value.
        """
        recorded: dict[str, Any] = scope.get("_litestar_logged_response", {})  # type: ignore[assignment]
        start = recorded.get("start", {})
        headers = Headers(start.get("headers", []))
        data: dict[str, Any] = {}
        for name in self.config.response_log_fields:
            if name == "status_code":
                data["status_code"] = start.get("status")
            elif name == "headers":
                data["headers"] = _obfuscate(
                    ((k, v) for k, v in headers.items() if k.lower() != "set-cookie"), self._response_headers
                )
            elif name == "cookies":
                cookies: dict[str, str] = {}
                for raw in headers.getall("set-cookie", []):
                    for part in raw.split(";"):
                        key, _, value = part.strip().partition("=")
                        if key:
                            cookies[key] = value
                data["cookies"] = _obfuscate(cookies.items(), self._response_cookies)
            elif name == "body":
                compressed = ScopeState.from_scope(scope).response_compressed is True
                if compressed and not self.config.include_compressed_body:
                    continue
                body = b"".join(recorded.get("body", []))
                data["body"] = body if compressed else _body_value(body)
        return data

    def create_send_wrapper(self, scope: Scope, send: Send) -> Send:
        """Return a ``send`` recording the response and logging it after its last chunk.

        Args:
            scope: The connection scope.
            send: The ASGI send callable.

        Returns:
            The wrapped ``send``.
        """
        recorded: dict[str, Any] = {"body": []}
        scope["_litestar_logged_response"] = recorded  # type: ignore[typeddict-unknown-key]

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                recorded["start"] = {
                    "status": message["status"],
                    "headers": [(bytes(k), bytes(v)) for k, v in message.get("headers", ())],
                }
            elif message["type"] == "http.response.body":
                recorded["body"].append(message.get("body", b""))
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                self.log_response(scope)

        return wrapped


@dataclass
class LoggingMiddlewareConfig:
    """Configuration of the logging middleware."""

    exclude: str | list[str] | None = field(default=None)
    """Path patterns that are not logged."""
    exclude_opt_key: str | None = field(default=None)
    """Route ``opt`` key that, when truthy, disables logging."""
    include_compressed_body: bool = field(default=False)
    """Log compressed response bodies (as bytes); skipped by default."""
    logger_name: str = field(default="litestar")
    """The logger to write to."""
    request_cookies_to_obfuscate: set[str] = field(default_factory=lambda: {"session"})
    """Request cookies logged as ``*****``."""
    request_headers_to_obfuscate: set[str] = field(default_factory=lambda: {"Authorization", "X-API-KEY"})
    """Request headers logged as ``*****``."""
    response_cookies_to_obfuscate: set[str] = field(default_factory=lambda: {"session"})
    """Response cookies logged as ``*****``."""
    response_headers_to_obfuscate: set[str] = field(default_factory=lambda: {"Authorization", "X-API-KEY"})
    """Response headers logged as ``*****``."""
    request_log_message: str = field(default="HTTP Request")
    """The request line's message."""
    response_log_message: str = field(default="HTTP Response")
    """The response line's message."""
    request_log_fields: Collection[RequestExtractorField] = field(
        default=("path", "method", "content_type", "headers", "cookies", "query", "path_params", "body")
    )
    """Request fields to log, in order."""
    response_log_fields: Collection[ResponseExtractorField] = field(
        default=("status_code", "cookies", "headers", "body")
    )
    """Response fields to log, in order."""
    middleware_class: type[LoggingMiddleware] = field(default=LoggingMiddleware)
    """The middleware class the config builds."""

    @property
    def middleware(self) -> DefineMiddleware:
        """The middleware for ``Litestar(middleware=[...])``."""
        return DefineMiddleware(self.middleware_class, config=self)
