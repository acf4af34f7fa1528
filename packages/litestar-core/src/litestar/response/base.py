"""The base response classes: the ``ASGIResponse`` ASGI app and the ``Response`` container."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar

from litestar._scope_keys import RESPONSE_STARTED
from litestar.enums import MediaType
from litestar.exceptions.http_exceptions import ImproperlyConfiguredException
from litestar.response._headers import (
    build_header_list,
    encode_cookies,
    normalize_cookies,
    normalize_headers,
    status_forbids_body,
)
from litestar.response._layered import merge_layered
from litestar.serialization.msgspec_hooks import (
    default_serializer,
    encode_json,
    encode_msgpack,
    get_serializer,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from litestar.background_tasks import BackgroundTask, BackgroundTasks
    from litestar.connection.request import Request
    from litestar.datastructures.cookie import Cookie, ResponseCookies
    from litestar.datastructures.headers import ETag, MutableScopeHeaders
    from litestar.datastructures.response_header import ResponseHeaders
    from litestar.enums import OpenAPIMediaType
    from litestar.types._callables import Serializer
    from litestar.types._composites import TypeEncodersMap
    from litestar.types._protocols import AppProtocol
    from litestar.types.asgi_types import Receive, Scope, Send

__all__ = ("ASGIResponse", "Response")

T = TypeVar("T")

_NO_CONTENT_MESSAGE = (
    "response content is not supported for HEAD responses and responses with a status code "
    "that does not allow content (304, 204, < 200)"
)
_EMPTY_COOKIES: tuple[tuple[bytes, bytes], ...] = ()


class ASGIResponse:
    """A low-level response: an ASGI app sending a status, headers and one body.

    The raw header list is built once in ``__init__``; calling the instance sends
    ``http.response.start`` and ``http.response.body``, then runs the background task.
    """

    __slots__ = (
        "_encoded_cookies",
        "_header_list",
        "background",
        "body",
        "content_length",
        "encoding",
        "is_head_response",
        "status_code",
    )

    _announces_length: ClassVar[bool] = True
    """Whether a ``content-length`` header is added; streamed bodies have none."""

    def __init__(
        self,
        *,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        body: bytes | str = b"",
        content_length: int | None = None,
        cookies: Iterable[Cookie] | None = None,
        encoded_headers: Iterable[tuple[bytes, bytes]] | None = None,
        encoding: str = "utf-8",
        headers: dict[str, Any] | Iterable[tuple[str, str]] | None = None,
        is_head_response: bool = False,
        media_type: MediaType | str | None = None,
        status_code: int | None = None,
    ) -> None:
        """Initialise the response.

        Args:
            background: A task (or tasks) run after the response is sent.
            body: The body; a ``str`` is encoded as UTF-8.
            content_length: The ``content-length`` to announce; defaults to the body size.
            cookies: Cookies sent as ``set-cookie`` headers.
            encoded_headers: Raw ``(name, value)`` byte pairs, sent first.
            encoding: The charset announced for text media types.
            headers: Headers as a mapping or ``(name, value)`` pairs.
            is_head_response: The response answers a ``HEAD`` request (no body).
            media_type: The media type; defaults to ``application/json``.
            status_code: The status code; defaults to 200.

        Raises:
            ImproperlyConfiguredException: If a body is given where none is allowed.
        """
        if body.__class__ is not bytes:
            # NOTE: the reference encodes a str body as UTF-8 whatever ``encoding`` is.
            body = body.encode() if isinstance(body, str) else bytes(body)
        status_code = status_code or 200
        no_body = is_head_response or status_forbids_body(status_code)
        if no_body and body:
            raise ImproperlyConfiguredException(_NO_CONTENT_MESSAGE)
        if content_length is None:
            content_length = len(body)
        self._header_list = build_header_list(
            encoded_headers,
            headers,
            media_type,
            encoding,
            content_length if self._announces_length else None,
            no_body,
        )
        self._encoded_cookies = encode_cookies(cookies) if cookies else _EMPTY_COOKIES
        self.background = background
        self.body = body
        self.content_length = content_length
        self.encoding = encoding
        self.is_head_response = is_head_response
        self.status_code = status_code

    @property
    def headers(self) -> MutableScopeHeaders:
        """A mutable view of the response headers (cookies excluded)."""
        from litestar.datastructures.headers import MutableScopeHeaders

        return MutableScopeHeaders({"headers": self._header_list})

    @property
    def encoded_headers(self) -> list[tuple[bytes, bytes]]:
        """The raw ASGI header list, ``set-cookie`` headers last."""
        if self._encoded_cookies:
            return [*self._header_list, *self._encoded_cookies]
        return self._header_list

    def encode_headers(self) -> list[tuple[bytes, bytes]]:
        """Return the raw ASGI header list, ``set-cookie`` headers last."""
        return [*self._header_list, *self._encoded_cookies]

    async def after_response(self) -> None:
        """Run the background task, if any."""
        if self.background is not None:
            await self.background()

    async def start_response(self, send: Send) -> None:
        """Send the ``http.response.start`` message.

        Args:
            send: The ASGI send callable.
        """
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.encoded_headers}
        )

    async def send_body(self, send: Send, receive: Receive) -> None:
        """Send the body as one ``http.response.body`` message.

        Args:
            send: The ASGI send callable.
            receive: The ASGI receive callable.
        """
        await send({"type": "http.response.body", "body": self.body, "more_body": False})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send the response, then run the background task.

        Args:
            scope: The ASGI connection scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable.
        """
        await self.start_response(send)
        try:
            await self.send_body(send, receive)
            if self.background is not None:
                await self.background()
        except BaseException:
            # The start message is out: no error response can follow (see litestar._app._exceptions).
            scope[RESPONSE_STARTED] = True  # type: ignore[typeddict-unknown-key]
            raise


class Response(Generic[T]):
    """A handler's return value describing the response: content, status, headers, cookies.

    ``to_asgi_response`` renders the content (JSON, MessagePack, text) and merges in the
    layered defaults, giving an :class:`ASGIResponse`.
    """

    __slots__ = (
        "background",
        "content",
        "cookies",
        "encoding",
        "headers",
        "media_type",
        "response_type_encoders",
        "status_code",
    )

    type_encoders: ClassVar[TypeEncodersMap | None] = None
    """Type encoders applied by every instance of the class (instance ones win)."""

    def __init__(
        self,
        content: T,
        *,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        cookies: ResponseCookies | None = None,
        encoding: str = "utf-8",
        headers: ResponseHeaders | None = None,
        media_type: MediaType | OpenAPIMediaType | str | None = None,
        status_code: int | None = None,
        type_encoders: TypeEncodersMap | None = None,
    ) -> None:
        """Initialise the response.

        Args:
            content: The content to render.
            background: A task (or tasks) run after the response is sent.
            cookies: Cookies to set, as ``Cookie`` objects or a ``{key: value}`` mapping.
            encoding: The text encoding.
            headers: Headers, as a mapping or ``ResponseHeader`` objects.
            media_type: The media type; the handler's when ``None``.
            status_code: The status code; the handler's when ``None``.
            type_encoders: Type encoders used to serialise the content.
        """
        self.content = content
        self.background = background
        self.cookies: list[Cookie] = normalize_cookies(cookies)
        self.encoding = encoding
        self.headers: dict[str, Any] = normalize_headers(headers)
        self.media_type = media_type
        self.status_code = status_code
        class_encoders = self.type_encoders
        if type_encoders:
            self.response_type_encoders: dict[Any, Any] = (
                {**class_encoders, **type_encoders} if class_encoders else dict(type_encoders)
            )
        else:
            self.response_type_encoders = dict(class_encoders) if class_encoders else {}

    def set_cookie(
        self,
        key: str | Cookie,
        value: str | None = None,
        max_age: int | None = None,
        expires: int | None = None,
        path: str = "/",
        domain: str | None = None,
        secure: bool = False,
        httponly: bool = False,
        samesite: Literal["lax", "strict", "none"] = "lax",
    ) -> None:
        """Add a cookie to the response.

        Args:
            key: The cookie name, or a ``Cookie`` (then the other arguments are ignored).
            value: The cookie value.
            max_age: Seconds until the cookie expires.
            expires: Seconds from now until the cookie expires.
            path: The path the cookie applies to.
            domain: The domain the cookie applies to.
            secure: Send the cookie over HTTPS only.
            httponly: Hide the cookie from JavaScript.
            samesite: The ``SameSite`` policy.
        """
        from litestar.datastructures.cookie import Cookie

        if not isinstance(key, Cookie):
            key = Cookie(
                key=key,
                value=value,
                max_age=max_age,
                expires=expires,
                path=path,
                domain=domain,
                secure=secure,
                httponly=httponly,
                samesite=samesite,
            )
        self.cookies.append(key)

    def _replace_cookie(self, cookie: Cookie) -> None:
        """Add ``cookie``, dropping those with the same name, path and domain (as 2.17's delete)."""
        identity = (cookie.key, cookie.path, cookie.domain)
        self.cookies = [c for c in self.cookies if (c.key, c.path, c.domain) != identity]
        self.cookies.append(cookie)

    def set_header(self, key: str, value: Any) -> None:
        """Set a response header, replacing one of the same name.

        Args:
            key: The header name.
            value: The header value.
        """
        self.headers[key] = value

    def set_etag(self, etag: str | ETag) -> None:
        """Set the ``etag`` header.

        Args:
            etag: An ``ETag``, or a ready header value.
        """
        self.headers["etag"] = etag if isinstance(etag, str) else etag.to_header()

    def delete_cookie(self, key: str, path: str = "/", domain: str | None = None) -> None:
        """Add a cookie that makes the client delete the cookie ``key``.

        Args:
            key: The cookie name.
            path: The cookie's path.
            domain: The cookie's domain.
        """
        from litestar.datastructures.cookie import Cookie

        self._replace_cookie(Cookie(key=key, path=path, domain=domain, expires=0, max_age=0))

    def render(self, content: Any, media_type: str, enc_hook: Serializer = default_serializer) -> bytes:
        """Render ``content`` to bytes for ``media_type``.

        ``bytes`` are sent as is and ``str`` encoded; other values are encoded as JSON
        (``application/json*`` and ``application/*+json``) or MessagePack; empty content
        of a text type renders as an empty body.

        Args:
            content: The content.
            media_type: The response media type.
            enc_hook: The serializer for types msgspec cannot encode.

        Raises:
            ImproperlyConfiguredException: If the content cannot be rendered for the type.

        Returns:
            The body.
        """
        if isinstance(content, bytes):
            return content
        if isinstance(content, str):
            return content.encode(self.encoding)
        try:
            if media_type.startswith("application/"):
                if media_type.startswith("application/json") or "+json" in media_type:
                    return encode_json(content, enc_hook)
                if media_type == MediaType.MESSAGEPACK:
                    return encode_msgpack(content, enc_hook)
            elif media_type.startswith("text/") and not content:
                return b""
        except (AttributeError, ValueError, TypeError) as exc:
            raise ImproperlyConfiguredException("Unable to serialize response content") from exc
        raise ImproperlyConfiguredException("Unable to serialize response content")

    def to_asgi_response(
        self,
        app: AppProtocol | None,
        request: Request[Any, Any, Any],
        *,
        background: BackgroundTask[Any] | BackgroundTasks | None = None,
        cookies: Iterable[Cookie] | None = None,
        encoded_headers: Iterable[tuple[bytes, bytes]] | None = None,
        headers: dict[str, str] | None = None,
        is_head_response: bool = False,
        media_type: MediaType | str | None = None,
        status_code: int | None = None,
        type_encoders: TypeEncodersMap | None = None,
    ) -> ASGIResponse:
        """Create the ASGI response, merging in the layered defaults.

        The response's own status, media type, headers, background task and type
        encoders win over the layered ones; its cookies come before the layered cookies.

        Args:
            app: The application.
            request: The request being answered.
            background: The layered background task.
            cookies: The layered cookies.
            encoded_headers: Raw headers sent first.
            headers: The layered headers.
            is_head_response: The response answers a ``HEAD`` request.
            media_type: The layered media type.
            status_code: The layered status code.
            type_encoders: The layered type encoders.

        Returns:
            An :class:`ASGIResponse`.
        """
        media_type = self.media_type or media_type or MediaType.JSON
        media_type = getattr(media_type, "value", media_type)
        status_code = self.status_code or status_code or 200
        content = self.content
        if content is None and (is_head_response or status_forbids_body(status_code)):
            body = b""
        else:
            own_encoders = self.response_type_encoders
            if type_encoders:
                encoders = {**type_encoders, **own_encoders} if own_encoders else type_encoders
            else:
                encoders = own_encoders
            body = self.render(
                content, media_type, get_serializer(encoders) if encoders else default_serializer
            )
        background, merged_cookies, merged_headers = merge_layered(self, background, cookies, headers)
        return ASGIResponse(
            background=background,
            body=body,
            cookies=merged_cookies,
            encoded_headers=encoded_headers,
            encoding=self.encoding,
            headers=merged_headers,
            is_head_response=is_head_response,
            media_type=media_type,
            status_code=status_code,
        )
