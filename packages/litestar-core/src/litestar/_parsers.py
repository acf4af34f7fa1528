"""Fast parsers for query strings, cookies, url-encoded forms and content headers.

Every parser here is pure and cached where inputs repeat often (query strings, cookie
headers and content-type values are highly repetitive across requests). The caches are
keyed by request data, so they hold short inputs only: each is bounded in bytes
(``maxsize`` entries of at most ``max_length`` characters), and a hostile stream of long,
distinct values is parsed every time instead of growing memory by gigabytes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar
from urllib.parse import unquote, unquote_plus

__all__ = (
    "parse_content_header",
    "parse_cookie_string",
    "parse_header_params",
    "parse_query_string",
    "parse_url_encoded_form",
)

_OCTAL_DIGITS = frozenset("01234567")

KeyT = TypeVar("KeyT", str, bytes)
ResultT = TypeVar("ResultT")


def _cache_short_inputs(
    max_length: int, maxsize: int
) -> Callable[[Callable[[KeyT], ResultT]], Callable[[KeyT], ResultT]]:
    """Cache ``fn`` for inputs of at most ``max_length`` items, parse longer ones each time.

    The memory held is then at most about ``maxsize * max_length`` times a small factor,
    whatever sequence of requests arrives.
    """

    def decorate(fn: Callable[[KeyT], ResultT]) -> Callable[[KeyT], ResultT]:
        cached = lru_cache(maxsize=maxsize)(fn)

        def parse(value: KeyT) -> ResultT:
            return cached(value) if len(value) <= max_length else fn(value)

        return parse

    return decorate


def _decode_component(value: str, encoding: str = "utf-8") -> str:
    # PERF: most components carry no escapes, so skip the unquote call entirely.
    # Escapes that do not decode raise ``UnicodeDecodeError``: callers keep the raw pair.
    if "%" in value or "+" in value:
        return unquote_plus(value, encoding=encoding, errors="strict")
    return value


@_cache_short_inputs(max_length=1024, maxsize=1024)
def _parse_query(query: bytes) -> tuple[tuple[str, str], ...]:
    text = query.decode("utf-8", "replace")
    pairs: list[tuple[str, str]] = []
    append = pairs.append
    for segment in text.split("&"):
        if not segment:
            continue
        key, _, value = segment.partition("=")
        try:
            append((_decode_component(key), _decode_component(value)))
        except UnicodeDecodeError:
            # As the reference: a pair whose escapes are not UTF-8 is kept whole, as a blank key.
            append((segment.replace("+", " "), ""))
    return tuple(pairs)


def parse_query_string(query_string: bytes) -> list[tuple[str, str]]:
    """Parse a raw query string into ``(key, value)`` pairs, keeping blank values.

    ``a=1&b=&c`` gives ``[("a", "1"), ("b", ""), ("c", "")]``. ``+`` decodes to a space
    and invalid percent escapes are kept verbatim. A pair whose escapes do not decode
    as UTF-8 is kept undecoded as a key with a blank value (``v=%C3`` gives
    ``[("v=%C3", "")]``), as the reference does.

    Args:
        query_string: The raw query string from the ASGI scope.

    Returns:
        A new list of decoded pairs in their original order.
    """
    if not query_string:
        return []
    return list(_parse_query(query_string))


def parse_url_encoded_form(data: bytes, encoding: str = "utf-8") -> list[tuple[str, str]]:
    """Parse an ``application/x-www-form-urlencoded`` body.

    Values of a repeated key are grouped together, in the order each key first appears.
    As in the reference, a body that does not decode gives no fields, and a pair whose
    escapes do not decode is kept undecoded as a key with a blank value.

    Args:
        data: The raw request body.
        encoding: The charset of the body (the reference always uses UTF-8).

    Returns:
        The decoded ``(key, value)`` pairs.
    """
    if not data:
        return []
    try:
        text = data.decode(encoding)
    except LookupError:
        encoding = "utf-8"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            return []
    except UnicodeDecodeError:
        return []
    grouped: dict[str, list[str]] = {}
    for segment in text.split("&"):
        if not segment:
            continue
        key, _, value = segment.partition("=")
        try:
            key = _decode_component(key, encoding)
            value = _decode_component(value, encoding)
        except UnicodeDecodeError:
            key, value = segment.replace("+", " "), ""
        values = grouped.get(key)
        if values is None:
            grouped[key] = [value]
        else:
            values.append(value)
    return [(key, value) for key, values in grouped.items() for value in values]


def _unquote_cookie_value(value: str) -> str:
    """Remove the double quotes and backslash escapes of a quoted cookie value."""
    inner = value[1:-1]
    if "\\" not in inner:
        return inner
    out: list[str] = []
    i = 0
    length = len(inner)
    while i < length:
        char = inner[i]
        if char != "\\" or i + 1 == length:
            out.append(char)
            i += 1
            continue
        octal = inner[i + 1 : i + 4]
        # Only \000 to \377 are escapes (one byte); "\400" is a backslash-escaped "4" then "00".
        if len(octal) == 3 and octal[0] in "0123" and set(octal) <= _OCTAL_DIGITS:
            out.append(chr(int(octal, 8)))
            i += 4
        else:
            out.append(inner[i + 1])
            i += 2
    return "".join(out)


@_cache_short_inputs(max_length=1024, maxsize=1024)
def _parse_cookies(cookie_string: str) -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    for chunk in cookie_string.split(";"):
        if not chunk.strip():
            continue
        if "=" in chunk:
            key, _, value = chunk.partition("=")
        else:
            key, value = "", chunk
        key = key.strip()
        value = value.strip()
        if len(value) > 1 and value[0] == '"' and value[-1] == '"':
            value = _unquote_cookie_value(value)
        if "%" in value:
            value = unquote(value)
        pairs.append((key, value))
    return tuple(pairs)


def parse_cookie_string(cookie_string: str) -> dict[str, str]:
    """Parse a ``Cookie`` request header into a dict.

    Quoted values are unquoted, percent escapes decoded, and the last of repeated
    names wins. A chunk without ``=`` is stored under the empty name.

    Args:
        cookie_string: The value of the ``Cookie`` header.

    Returns:
        A new dict mapping cookie names to values.
    """
    if not cookie_string:
        return {}
    return dict(_parse_cookies(cookie_string))


def parse_header_params(params: str) -> dict[str, str]:
    """Parse ``; key=value`` parameters of a header value.

    Keys are lower-cased, values unquoted (``\\"`` and ``\\\\`` escapes are honoured).

    Args:
        params: The part of the header after the main value, e.g. ``; charset=utf-8``.

    Returns:
        A dict of parameters.
    """
    result: dict[str, str] = {}
    length = len(params)
    i = 0
    while i < length:
        # skip separators and whitespace
        while i < length and params[i] in "; \t":
            i += 1
        if i >= length:
            break
        eq = params.find("=", i)
        semi = params.find(";", i)
        if eq == -1 or (semi != -1 and semi < eq):
            end = length if semi == -1 else semi
            result[params[i:end].strip().lower()] = ""
            i = end
            continue
        key = params[i:eq].strip().lower()
        i = eq + 1
        while i < length and params[i] in " \t":
            i += 1
        if i < length and params[i] == '"':
            i += 1
            chars: list[str] = []
            while i < length and params[i] != '"':
                if params[i] == "\\" and i + 1 < length:
                    i += 1
                chars.append(params[i])
                i += 1
            value = "".join(chars)
            i += 1
            semi = params.find(";", i)
            i = length if semi == -1 else semi
        else:
            end = length if semi == -1 else semi
            value = params[i:end].strip()
            i = end
        if key:
            result[key] = value
    return result


@_cache_short_inputs(max_length=256, maxsize=256)
def _parse_content_header(value: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    main, sep, rest = value.partition(";")
    params = parse_header_params(rest) if sep else {}
    return main.strip().lower(), tuple(params.items())


def parse_content_header(value: str) -> tuple[str, dict[str, str]]:
    """Split a ``Content-Type``-like header into its lower-cased value and parameters.

    Args:
        value: The header value, e.g. ``text/html; charset="UTF-8"``.

    Returns:
        ``("text/html", {"charset": "UTF-8"})``.
    """
    if not value:
        return "", {}
    main, params = _parse_content_header(value)
    return main, dict(params)
