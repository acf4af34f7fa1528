"""Build :class:`~litestar.connection.Request` objects for unit tests, without an app call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import msgspec
from litestar.connection import Request
from litestar.enums import RequestEncodingType
from litestar.serialization import encode_json, encode_msgpack, get_serializer
from litestar.testing._form_encoding import encode_multipart_form, encode_urlencoded_form

if TYPE_CHECKING:
    from litestar import Litestar
    from litestar.datastructures import Cookie
    from litestar.types import DataContainerType, HTTPRequestEvent, RouteHandlerType

__all__ = ("RequestFactory",)

_BODY_SCOPE_KEY = "_litestar_body"
"""Where core caches a request body on the scope (see ``docs/internals.md``)."""


async def _dummy_handler() -> None:
    """Stand-in handler function of the route handler put in the scope."""


class RequestFactory:
    """Create :class:`~litestar.connection.Request` instances as an app would see them.

    Example::

        request = RequestFactory().post("/items", data={"name": "x"})
        assert await request.json() == {"name": "x"}
    """

    __slots__ = ("app", "handler_kwargs", "port", "root_path", "scheme", "serializer", "server")

    def __init__(
        self,
        app: Litestar | None = None,
        server: str = "test.org",
        port: int = 3000,
        root_path: str = "",
        scheme: str = "http",
        handler_kwargs: dict[str, Any] | None = None,
    ) -> None:
        """Initialise the factory.

        Args:
            app: The app set in the scope (a new empty ``Litestar()`` by default).
            server: The server host.
            port: The server port.
            root_path: The ASGI ``root_path``.
            scheme: ``"http"`` or ``"https"``.
            handler_kwargs: Keyword arguments of the default route handler put in the scope.
        """
        if app is None:
            from litestar import Litestar

            app = Litestar()
        self.app = app
        self.server = server
        self.port = port
        self.root_path = root_path
        self.scheme = scheme
        self.handler_kwargs = handler_kwargs
        self.serializer: Callable[[Any], Any] = get_serializer(getattr(app, "type_encoders", None))
        """Encodes values msgspec does not know (the app's ``type_encoders`` first)."""

    def _default_route_handler(self, http_method: str, path: str) -> RouteHandlerType:
        from litestar import handlers

        decorator = getattr(handlers, http_method.lower())
        return decorator(path, **(self.handler_kwargs or {}))(_dummy_handler)  # type: ignore[no-any-return]

    def _create_scope(
        self,
        path: str,
        http_method: str,
        session: dict[str, Any] | None,
        user: Any,
        auth: Any,
        query_params: dict[str, str | list[str]] | None,
        state: dict[str, Any] | None,
        path_params: dict[str, str] | None,
        http_version: str | None,
        route_handler: RouteHandlerType | None,
    ) -> dict[str, Any]:
        path, _, query_string = path.partition("?")
        if query_params:
            encoded = urlencode(query_params, doseq=True)
            query_string = f"{query_string}&{encoded}" if query_string else encoded
        address = (self.server, self.port)
        return {
            "type": "http",
            "asgi": {"spec_version": "3.0", "version": "3.0"},
            "http_version": http_version or "1.1",
            "method": http_method,
            "scheme": self.scheme,
            "server": address,
            "client": address,
            "root_path": self.root_path,
            "path": path,
            "raw_path": path.encode("ascii"),
            "query_string": query_string.encode("ascii"),
            "headers": [],
            "extensions": {},
            "state": dict(state or {}),
            "app": self.app,
            "litestar_app": self.app,
            "route_handler": route_handler or self._default_route_handler(http_method, path),
            "path_params": dict(path_params or {}),
            "path_template": "",
            "session": session if session is not None else {},
            "user": user,
            "auth": auth,
        }

    @staticmethod
    def _headers(
        headers: dict[str, str] | None,
        cookies: list[Cookie] | str | None,
        body_headers: dict[str, str] | None,
    ) -> list[tuple[bytes, bytes]]:
        """Merge the headers as 2.17 does: the body's, then the cookies, replace equal keys."""
        merged = dict(headers or {})
        if body_headers:
            merged.update(body_headers)
        if cookies:
            if not isinstance(cookies, str):
                # NOTE: 2.17 sends each cookie's full Set-Cookie form, attributes included.
                cookies = "; ".join(cookie.to_header(header="") for cookie in cookies)
            merged["cookie"] = cookies
        return [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in merged.items()]

    def _encode_body(
        self, data: dict[str, Any] | DataContainerType, request_media_type: RequestEncodingType
    ) -> tuple[bytes, str]:
        if request_media_type == RequestEncodingType.JSON:
            return encode_json(data, self.serializer), request_media_type.value
        if request_media_type == RequestEncodingType.MESSAGEPACK:
            return encode_msgpack(data, self.serializer), request_media_type.value
        fields = msgspec.to_builtins(data, enc_hook=self.serializer)
        if request_media_type == RequestEncodingType.URL_ENCODED:
            return encode_urlencoded_form(fields), request_media_type.value
        return encode_multipart_form(fields)

    def _create_request(
        self,
        http_method: str,
        path: str,
        headers: dict[str, str] | None,
        cookies: list[Cookie] | str | None,
        session: dict[str, Any] | None,
        user: Any,
        auth: Any,
        query_params: dict[str, str | list[str]] | None,
        state: dict[str, Any] | None,
        path_params: dict[str, str] | None,
        http_version: str | None,
        route_handler: RouteHandlerType | None,
        data: dict[str, Any] | DataContainerType | None = None,
        request_media_type: RequestEncodingType = RequestEncodingType.JSON,
    ) -> Request[Any, Any, Any]:
        scope = self._create_scope(
            path,
            http_method,
            session,
            user,
            auth,
            query_params,
            state,
            path_params,
            http_version,
            route_handler,
        )
        body = b""
        body_headers = None
        if data:  # NOTE: empty data sends no body, as in 2.17.
            body, content_type = self._encode_body(data, request_media_type)
            body_headers = {"Content-Length": str(len(body)), "Content-Type": content_type}
        scope["headers"] = self._headers(headers, cookies, body_headers)
        scope[_BODY_SCOPE_KEY] = body

        async def receive() -> HTTPRequestEvent:
            return {"type": "http.request", "body": body, "more_body": False}

        return Request(scope, receive)  # type: ignore[arg-type]

    def get(
        self,
        path: str = "/",
        headers: dict[str, str] | None = None,
        cookies: list[Cookie] | str | None = None,
        session: dict[str, Any] | None = None,
        user: Any = None,
        auth: Any = None,
        query_params: dict[str, str | list[str]] | None = None,
        state: dict[str, Any] | None = None,
        path_params: dict[str, str] | None = None,
        http_version: str | None = "1.1",
        route_handler: RouteHandlerType | None = None,
    ) -> Request[Any, Any, Any]:
        """Create a ``GET`` request.

        Args:
            path: The path, optionally with a query string.
            headers: Request headers.
            cookies: ``Cookie`` objects or a ready ``cookie`` header value.
            session: ``scope["session"]``.
            user: ``scope["user"]``.
            auth: ``scope["auth"]``.
            query_params: Query parameters (appended to the path's query string).
            state: ``scope["state"]``.
            path_params: ``scope["path_params"]``.
            http_version: The HTTP version.
            route_handler: ``scope["route_handler"]`` (by default a handler of the method for ``path``).

        Returns:
            The request.
        """
        return self._create_request(
            "GET", path, headers, cookies, session, user, auth, query_params, state, path_params, http_version,
            route_handler,
        )  # fmt: skip

    def post(
        self,
        path: str = "/",
        headers: dict[str, str] | None = None,
        cookies: list[Cookie] | str | None = None,
        session: dict[str, Any] | None = None,
        user: Any = None,
        auth: Any = None,
        request_media_type: RequestEncodingType = RequestEncodingType.JSON,
        data: dict[str, Any] | DataContainerType | None = None,
        query_params: dict[str, str | list[str]] | None = None,
        state: dict[str, Any] | None = None,
        path_params: dict[str, str] | None = None,
        http_version: str | None = "1.1",
        route_handler: RouteHandlerType | None = None,
    ) -> Request[Any, Any, Any]:
        """Create a ``POST`` request.

        Args:
            path: The path, optionally with a query string.
            headers: Request headers.
            cookies: ``Cookie`` objects or a ready ``cookie`` header value.
            session: ``scope["session"]``.
            user: ``scope["user"]``.
            auth: ``scope["auth"]``.
            request_media_type: How ``data`` is encoded (JSON, MessagePack, form, multipart).
            data: The body data.
            query_params: Query parameters (appended to the path's query string).
            state: ``scope["state"]``.
            path_params: ``scope["path_params"]``.
            http_version: The HTTP version.
            route_handler: ``scope["route_handler"]`` (by default a handler of the method for ``path``).

        Returns:
            The request.
        """
        return self._create_request(
            "POST", path, headers, cookies, session, user, auth, query_params, state, path_params, http_version,
            route_handler, data, request_media_type,
        )  # fmt: skip

    def put(
        self,
        path: str = "/",
        headers: dict[str, str] | None = None,
        cookies: list[Cookie] | str | None = None,
        session: dict[str, Any] | None = None,
        user: Any = None,
        auth: Any = None,
        request_media_type: RequestEncodingType = RequestEncodingType.JSON,
        data: dict[str, Any] | DataContainerType | None = None,
        query_params: dict[str, str | list[str]] | None = None,
        state: dict[str, Any] | None = None,
        path_params: dict[str, str] | None = None,
        http_version: str | None = "1.1",
        route_handler: RouteHandlerType | None = None,
    ) -> Request[Any, Any, Any]:
        """Create a ``PUT`` request; the arguments are those of :meth:`post`.

        Returns:
            The request.
        """
        return self._create_request(
            "PUT", path, headers, cookies, session, user, auth, query_params, state, path_params, http_version,
            route_handler, data, request_media_type,
        )  # fmt: skip

    def patch(
        self,
        path: str = "/",
        headers: dict[str, str] | None = None,
        cookies: list[Cookie] | str | None = None,
        session: dict[str, Any] | None = None,
        user: Any = None,
        auth: Any = None,
        request_media_type: RequestEncodingType = RequestEncodingType.JSON,
        data: dict[str, Any] | DataContainerType | None = None,
        query_params: dict[str, str | list[str]] | None = None,
        state: dict[str, Any] | None = None,
        path_params: dict[str, str] | None = None,
        http_version: str | None = "1.1",
        route_handler: RouteHandlerType | None = None,
    ) -> Request[Any, Any, Any]:
        """Create a ``PATCH`` request; the arguments are those of :meth:`post`.

        Returns:
            The request.
        """
        return self._create_request(
            "PATCH", path, headers, cookies, session, user, auth, query_params, state, path_params, http_version,
            route_handler, data, request_media_type,
        )  # fmt: skip

    def delete(
        self,
        path: str = "/",
        headers: dict[str, str] | None = None,
        cookies: list[Cookie] | str | None = None,
        session: dict[str, Any] | None = None,
        user: Any = None,
        auth: Any = None,
        query_params: dict[str, str | list[str]] | None = None,
        state: dict[str, Any] | None = None,
        path_params: dict[str, str] | None = None,
        http_version: str | None = "1.1",
        route_handler: RouteHandlerType | None = None,
    ) -> Request[Any, Any, Any]:
        """Create a ``DELETE`` request; the arguments are those of :meth:`get`.

        Returns:
            The request.
        """
        return self._create_request(
            "DELETE", path, headers, cookies, session, user, auth, query_params, state, path_params, http_version,
            route_handler,
        )  # fmt: skip
