"""Helpers building raw ASGI header lists for responses, with per-value caches."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from litestar.datastructures.cookie import Cookie, ResponseCookies
    from litestar.datastructures.response_header import ResponseHeaders

__all__ = (
    "build_header_list",
    "content_type_value",
    "encode_cookies",
    "has_header",
    "normalize_cookies",
    "normalize_headers",
    "status_forbids_body",
)

_MAX_CACHE: Final = 256
_content_types: dict[tuple[Any, str], bytes] = {}


def status_forbids_body(status_code: int) -> bool:
    """Return whether a response with ``status_code`` must not carry a body."""
    return status_code < 200 or status_code == 204 or status_code == 304


def content_type_value(media_type: Any, encoding: str) -> bytes:
    """Return the encoded ``content-type`` value for ``media_type``.

    Text types get a ``charset`` parameter appended, as the reference does (even when
    the media type already names one).

    Args:
        media_type: A media type string or ``MediaType`` member.
        encoding: The response encoding.

    Returns:
        The header value as bytes.
    """
    key = (media_type, encoding)
    # PERF: a handful of distinct media types exist per app; cache their header value.
    value = _content_types.get(key)
    if value is None:
        text: str = getattr(media_type, "value", media_type)
        if text.startswith("text/"):
            text = f"{text}; charset={encoding}"
        value = text.encode("latin-1")
        if len(_content_types) >= _MAX_CACHE:
            _content_types.clear()
        _content_types[key] = value
    return value


def has_header(header_list: list[tuple[bytes, bytes]], name: bytes) -> bool:
    """Return whether ``header_list`` holds a header called ``name`` (lower case)."""
    return any(key == name for key, _ in header_list)


def encode_cookies(cookies: Iterable[Cookie]) -> tuple[tuple[bytes, bytes], ...]:
    """Encode cookies as ``set-cookie`` headers, skipping documentation-only ones."""
    return tuple(cookie.to_encoded_header() for cookie in cookies if not cookie.documentation_only)


def normalize_headers(headers: ResponseHeaders | None) -> dict[str, Any]:
    """Return response headers as a new mutable dict.

    Args:
        headers: A mapping, or a sequence of ``ResponseHeader`` objects.

    Returns:
        A ``{name: value}`` dict.
    """
    if headers is None:
        return {}
    if hasattr(headers, "items"):
        return dict(headers)  # type: ignore[arg-type]
    return {header.name: header.value for header in headers}


def normalize_cookies(cookies: ResponseCookies | None) -> list[Cookie]:
    """Return response cookies as a new list of ``Cookie`` objects.

    Args:
        cookies: A sequence of cookies, or a ``{key: value}`` mapping.

    Returns:
        A list of cookies.
    """
    if cookies is None:
        return []
    if hasattr(cookies, "items"):
        from litestar.datastructures.cookie import Cookie

        mapping: Mapping[str, str] = cookies  # type: ignore[assignment]
        return [Cookie(key=key, value=value) for key, value in mapping.items()]
    return list(cookies)


def build_header_list(
    encoded_headers: Iterable[tuple[bytes, bytes]] | None,
    headers: Any,
    media_type: Any,
    encoding: str,
    content_length: int | None,
    no_body: bool,
) -> list[tuple[bytes, bytes]]:
    """Build a response's raw header list (without cookies).

    Raw headers come first, then ``headers``; unless the response has no body, a
    ``content-type`` and (when ``content_length`` is given) a ``content-length`` follow,
    each only when not already present.

    Args:
        encoded_headers: Raw ``(name, value)`` byte pairs.
        headers: A mapping or ``(name, value)`` string pairs.
        media_type: The media type (``application/json`` when empty).
        encoding: The charset announced for text media types.
        content_length: The body length, or ``None`` to send no ``content-length``.
        no_body: The response carries no body (``HEAD``, 1xx, 204, 304).

    Returns:
        A new list of lower-cased byte pairs.
    """
    header_list: list[tuple[bytes, bytes]] = (
        [(name.lower(), value) for name, value in encoded_headers] if encoded_headers else []
    )
    if headers:
        items = headers.items() if isinstance(headers, dict) or hasattr(headers, "items") else headers
        for name, value in items:
            header_list.append((name.lower().encode("latin-1"), value.encode("latin-1")))
    if no_body:
        return header_list
    if not header_list:
        header_list.append((b"content-type", content_type_value(media_type or "application/json", encoding)))
        if content_length is not None:
            header_list.append((b"content-length", str(content_length).encode("latin-1")))
        return header_list
    if not has_header(header_list, b"content-type"):
        header_list.append((b"content-type", content_type_value(media_type or "application/json", encoding)))
    if content_length is not None and not has_header(header_list, b"content-length"):
        header_list.append((b"content-length", str(content_length).encode("latin-1")))
    return header_list
