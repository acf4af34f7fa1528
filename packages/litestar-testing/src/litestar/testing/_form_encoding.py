"""Encode form data for :class:`~litestar.testing.RequestFactory` the way httpx does.

2.17's request factory turns ``data`` into builtins and then follows httpx's form rules,
so tests written against it see the same bodies: a list or tuple value gives repeated
fields, ``True``/``False`` are ``true``/``false``, ``None`` is empty; any other value is
``str()``-ed in a URL-encoded form and refused (``TypeError``) in a multipart one.
"""

from __future__ import annotations

import os
import re
from typing import Any
from urllib.parse import urlencode

__all__ = ("encode_multipart_form", "encode_urlencoded_form")

_NAME_ESCAPES = {'"': "%22", "\\": "\\\\"} | {chr(c): f"%{c:02X}" for c in range(0x20) if c != 0x1B}
_NAME_ESCAPE_RE = re.compile("|".join(re.escape(c) for c in _NAME_ESCAPES))


def _text(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


def _items(fields: dict[str, Any]) -> list[tuple[str, Any]]:
    return [
        (name, item)
        for name, value in fields.items()
        for item in (value if isinstance(value, (list, tuple)) else (value,))
    ]


def encode_urlencoded_form(fields: dict[str, Any]) -> bytes:
    """Encode ``fields`` as ``application/x-www-form-urlencoded``.

    Args:
        fields: Field names and builtin values.

    Returns:
        The body.
    """
    return urlencode([(name, _text(value)) for name, value in _items(fields)], doseq=True).encode("utf-8")


def encode_multipart_form(fields: dict[str, Any]) -> tuple[bytes, str]:
    """Encode ``fields`` as ``multipart/form-data`` parts without file names.

    Args:
        fields: Field names and primitive values (or lists of them).

    Raises:
        TypeError: For a name that is not a string or a value that is not primitive.

    Returns:
        The body and its content type (with a random boundary).
    """
    boundary = os.urandom(16).hex()
    parts = []
    for name, value in _items(fields):
        if not isinstance(name, str):
            raise TypeError(f"Invalid type for name. Expected str, got {type(name)}: {name!r}")
        if value is not None and not isinstance(value, (str, bytes, int, float)):
            raise TypeError(f"Invalid type for value. Expected primitive type, got {type(value)}: {value!r}")
        escaped = _NAME_ESCAPE_RE.sub(lambda match: _NAME_ESCAPES[match.group(0)], name)
        data = value if isinstance(value, bytes) else _text(value).encode("utf-8")
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{escaped}"\r\n\r\n'.encode()
            + data
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"
