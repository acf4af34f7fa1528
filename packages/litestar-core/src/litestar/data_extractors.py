"""Pull loggable data out of a connection or a response, hiding secrets.

Logging middleware and tracing integrations want the same few facts about each request
(path, method, headers, cookies, query, body...) and each response (status, headers,
cookies, body), with credentials masked. The extractors decide at construction which
fields they collect, so each call only runs the chosen extractor functions.
"""

from __future__ import annotations

from collections.abc import Coroutine, Iterable
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from litestar._parsers import parse_cookie_string, parse_query_string
from litestar.connection.request import Request
from litestar.enums import RequestEncodingType
from litestar.exceptions.base_exceptions import LitestarException

if TYPE_CHECKING:
    from litestar.connection.base import ASGIConnection
    from litestar.types.asgi_types import HTTPResponseBodyEvent, HTTPResponseStartEvent, Method

__all__ = (
    "ConnectionDataExtractor",
    "ExtractedRequestData",
    "ExtractedResponseData",
    "RequestExtractorField",
    "ResponseDataExtractor",
    "ResponseExtractorField",
)

_MASK = "*****"

RequestExtractorField = Literal[
    "path", "method", "content_type", "headers", "cookies", "query", "path_params", "body", "scheme", "client"
]
"""A field :class:`ConnectionDataExtractor` can collect."""

ResponseExtractorField = Literal["status_code", "headers", "body", "cookies"]
"""A field :class:`ResponseDataExtractor` can collect."""


class ExtractedRequestData(TypedDict, total=False):
    """What :class:`ConnectionDataExtractor` collects (only the enabled fields are present)."""

    body: Coroutine[Any, Any, Any]
    client: tuple[str, int]
    content_type: tuple[str, dict[str, str]]
    cookies: dict[str, str]
    headers: dict[str, str]
    method: Method
    path: str
    path_params: dict[str, Any]
    query: bytes | dict[str, Any]
    scheme: str


class ExtractedResponseData(TypedDict, total=False):
    """What :class:`ResponseDataExtractor` collects (only the enabled fields are present)."""

    body: bytes
    status_code: int
    headers: dict[str, str]
    cookies: dict[str, str]


def _obfuscate(values: dict[str, str], fields: set[str]) -> dict[str, str]:
    """Replace the values of ``fields`` (case-insensitive) by a mask."""
    if not fields:
        return values
    return {key: _MASK if key.lower() in fields else value for key, value in values.items()}


class ConnectionDataExtractor:
    """Collect data of an HTTP request or WebSocket connection.

    Calling the instance returns the enabled fields; the body comes as a coroutine so that
    the caller decides whether to read it.
    """

    __slots__ = (
        "connection_extractors",
        "obfuscate_cookies",
        "obfuscate_headers",
        "parse_body",
        "parse_query",
        "request_extractors",
        "skip_parse_malformed_body",
    )

    def __init__(
        self,
        extract_body: bool = True,
        extract_client: bool = True,
        extract_content_type: bool = True,
        extract_cookies: bool = True,
        extract_headers: bool = True,
        extract_method: bool = True,
        extract_path: bool = True,
        extract_path_params: bool = True,
        extract_query: bool = True,
        extract_scheme: bool = True,
        obfuscate_cookies: set[str] | None = None,
        obfuscate_headers: set[str] | None = None,
        parse_body: bool = False,
        parse_query: bool = False,
        skip_parse_malformed_body: bool = False,
    ) -> None:
        """Choose the fields to collect.

        Args:
            extract_body: Collect the request body (HTTP only).
            extract_client: Collect the client address.
            extract_content_type: Collect the parsed ``Content-Type`` (HTTP only).
            extract_cookies: Collect the cookies.
            extract_headers: Collect the headers.
            extract_method: Collect the HTTP method (HTTP only).
            extract_path: Collect the path.
            extract_path_params: Collect the path parameters.
            extract_query: Collect the query string.
            extract_scheme: Collect the URL scheme.
            obfuscate_cookies: Cookie names whose values are masked.
            obfuscate_headers: Header names whose values are masked.
            parse_body: Decode the body by its media type instead of returning bytes.
            parse_query: Parse the query string into a dict of lists instead of bytes.
            skip_parse_malformed_body: Return the raw bytes when the body cannot be decoded
                instead of raising.
        """
        self.parse_body = parse_body
        self.parse_query = parse_query
        self.skip_parse_malformed_body = skip_parse_malformed_body
        self.obfuscate_headers = {h.lower() for h in (obfuscate_headers or set())}
        self.obfuscate_cookies = {c.lower() for c in (obfuscate_cookies or set())}
        self.connection_extractors: dict[str, Any] = {
            key: extractor
            for key, extractor, enabled in (
                ("scheme", self.extract_scheme, extract_scheme),
                ("client", self.extract_client, extract_client),
                ("path", self.extract_path, extract_path),
                ("headers", self.extract_headers, extract_headers),
                ("cookies", self.extract_cookies, extract_cookies),
                ("query", self.extract_query, extract_query),
                ("path_params", self.extract_path_params, extract_path_params),
            )
            if enabled
        }
        self.request_extractors: dict[str, Any] = {
            key: extractor
            for key, extractor, enabled in (
                ("method", self.extract_method, extract_method),
                ("content_type", self.extract_content_type, extract_content_type),
                ("body", self.extract_body, extract_body),
            )
            if enabled
        }

    def __call__(self, connection: ASGIConnection[Any, Any, Any, Any]) -> ExtractedRequestData:
        """Collect the enabled fields.

        Args:
            connection: The request or WebSocket.

        Returns:
            The fields; ``body`` is a coroutine to await.
        """
        extractors = (
            {**self.connection_extractors, **self.request_extractors}
            if isinstance(connection, Request)
            else self.connection_extractors
        )
        return {key: extractor(connection) for key, extractor in extractors.items()}  # type: ignore[return-value]

    async def extract(
        self, connection: ASGIConnection[Any, Any, Any, Any], fields: Iterable[str]
    ) -> ExtractedRequestData:
        """Collect the enabled fields among ``fields``, awaiting the body.

        Args:
            connection: The request or WebSocket.
            fields: The fields wanted.

        Returns:
            The fields.
        """
        wanted = set(fields)
        extractors = (
            {**self.connection_extractors, **self.request_extractors}
            if isinstance(connection, Request)
            else self.connection_extractors
        )
        data: dict[str, Any] = {}
        for key, extractor in extractors.items():
            if key not in wanted:
                continue
            value = extractor(connection)
            data[key] = await value if key == "body" else value
        return data  # type: ignore[return-value]

    @staticmethod
    def extract_scheme(connection: ASGIConnection[Any, Any, Any, Any]) -> str:
        """Return the URL scheme (``http``, ``https``, ``ws``, ``wss``)."""
        return str(connection.scope["scheme"])

    @staticmethod
    def extract_client(connection: ASGIConnection[Any, Any, Any, Any]) -> tuple[str, int]:
        """Return the client's ``(host, port)``, or ``("", 0)`` when unknown."""
        client = connection.scope.get("client")
        return (client[0], client[1]) if client else ("", 0)

    @staticmethod
    def extract_path(connection: ASGIConnection[Any, Any, Any, Any]) -> str:
        """Return the request path."""
        return str(connection.scope["path"])

    def extract_headers(self, connection: ASGIConnection[Any, Any, Any, Any]) -> dict[str, str]:
        """Return the headers, the configured ones masked."""
        return _obfuscate(dict(connection.headers.items()), self.obfuscate_headers)

    def extract_cookies(self, connection: ASGIConnection[Any, Any, Any, Any]) -> dict[str, str]:
        """Return the cookies, the configured ones masked."""
        return _obfuscate(dict(connection.cookies), self.obfuscate_cookies)

    def extract_query(self, connection: ASGIConnection[Any, Any, Any, Any]) -> Any:
        """Return the raw query string, or a dict of value lists with ``parse_query``."""
        query_string: bytes = connection.scope.get("query_string", b"")
        if not self.parse_query:
            return query_string
        parsed: dict[str, list[str]] = {}
        for key, value in parse_query_string(query_string):
            parsed.setdefault(key, []).append(value)
        return parsed

    @staticmethod
    def extract_path_params(connection: ASGIConnection[Any, Any, Any, Any]) -> dict[str, Any]:
        """Return the converted path parameters."""
        return dict(connection.path_params)

    @staticmethod
    def extract_method(request: Request[Any, Any, Any]) -> Method:
        """Return the HTTP method."""
        return request.method  # type: ignore[return-value]

    @staticmethod
    def extract_content_type(request: Request[Any, Any, Any]) -> tuple[str, dict[str, str]]:
        """Return the media type and its parameters."""
        return request.content_type

    async def extract_body(self, request: Request[Any, Any, Any]) -> Any:
        """Return the body: bytes, or decoded by media type with ``parse_body``.

        Raises:
            SerializationException: When the body is malformed, unless
                ``skip_parse_malformed_body`` is set (the raw bytes are returned then).
        """
        if not self.parse_body:
            return await request.body()
        try:
            media_type = request.content_type[0]
            if media_type == RequestEncodingType.JSON:
                return await request.json()
            if media_type in (RequestEncodingType.URL_ENCODED, RequestEncodingType.MULTI_PART):
                form = await request.form()
                return dict(form.items())
            if media_type == RequestEncodingType.MESSAGEPACK:
                return await request.msgpack()
            return await request.body()
        except LitestarException:
            if self.skip_parse_malformed_body:
                return await request.body()
            raise


class ResponseDataExtractor:
    """Collect data of a response from its ASGI start and body messages."""

    __slots__ = ("extractors", "obfuscate_cookies", "obfuscate_headers", "parse_headers")

    def __init__(
        self,
        extract_body: bool = True,
        extract_cookies: bool = True,
        extract_headers: bool = True,
        extract_status_code: bool = True,
        obfuscate_cookies: set[str] | None = None,
        obfuscate_headers: set[str] | None = None,
    ) -> None:
        """Choose the fields to collect.

        Args:
            extract_body: Collect the body bytes.
            extract_cookies: Collect the cookies set by the response.
            extract_headers: Collect the headers (``Set-Cookie`` excluded).
            extract_status_code: Collect the status code.
            obfuscate_cookies: Cookie names whose values are masked.
            obfuscate_headers: Header names whose values are masked.
        """
        self.obfuscate_headers = {h.lower() for h in (obfuscate_headers or set())}
        self.obfuscate_cookies = {c.lower() for c in (obfuscate_cookies or set())}
        self.extractors: dict[str, Any] = {
            key: extractor
            for key, extractor, enabled in (
                ("body", self.extract_response_body, extract_body),
                ("status_code", self.extract_status_code, extract_status_code),
                ("headers", self.extract_headers, extract_headers),
                ("cookies", self.extract_cookies, extract_cookies),
            )
            if enabled
        }

    def __call__(
        self, messages: tuple[HTTPResponseStartEvent, HTTPResponseBodyEvent]
    ) -> ExtractedResponseData:
        """Collect the enabled fields.

        Args:
            messages: The ``http.response.start`` and ``http.response.body`` messages.

        Returns:
            The fields.
        """
        return {key: extractor(messages) for key, extractor in self.extractors.items()}  # type: ignore[return-value]

    @staticmethod
    def extract_response_body(messages: tuple[HTTPResponseStartEvent, HTTPResponseBodyEvent]) -> bytes:
        """Return the body bytes."""
        return messages[1]["body"]

    @staticmethod
    def extract_status_code(messages: tuple[HTTPResponseStartEvent, HTTPResponseBodyEvent]) -> int:
        """Return the status code."""
        return messages[0]["status"]

    def extract_headers(
        self, messages: tuple[HTTPResponseStartEvent, HTTPResponseBodyEvent]
    ) -> dict[str, str]:
        """Return the headers except ``Set-Cookie``, the configured ones masked."""
        headers = {
            key.decode("latin-1"): value.decode("latin-1")
            for key, value in messages[0].get("headers", ())
            if key.lower() != b"set-cookie"
        }
        return _obfuscate(headers, self.obfuscate_headers)

    def extract_cookies(
        self, messages: tuple[HTTPResponseStartEvent, HTTPResponseBodyEvent]
    ) -> dict[str, str]:
        """Return the cookies set by the response (attributes included), the configured ones masked."""
        cookies: dict[str, str] = {}
        for key, value in messages[0].get("headers", ()):
            if key.lower() == b"set-cookie":
                cookies.update(parse_cookie_string(value.decode("latin-1")))
        return _obfuscate(cookies, self.obfuscate_cookies)
