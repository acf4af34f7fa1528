"""The ``Cookie`` dataclass and its ``Set-Cookie`` rendering."""

from __future__ import annotations

import string
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

if TYPE_CHECKING:
    from http.cookies import SimpleCookie

__all__ = ("Cookie", "ResponseCookies")

_LEGAL_CHARS = frozenset(string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:")
_UNESCAPED_CHARS = _LEGAL_CHARS | frozenset(" ()/<=>?@[]{}")
_TRANSLATION = {n: f"\\{n:03o}" for n in range(256) if chr(n) not in _UNESCAPED_CHARS}
_TRANSLATION[ord('"')] = '\\"'
_TRANSLATION[ord("\\")] = "\\\\"
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DICT_EXCLUDE = frozenset(("description", "documentation_only"))


def _quote(value: str) -> str:
    """Quote a cookie value the way the standard library's ``http.cookies`` does."""
    if value and _LEGAL_CHARS.issuperset(value):
        return value
    return f'"{value.translate(_TRANSLATION)}"'


def _http_date(offset_seconds: int) -> str:
    year, month, day, hour, minute, second, weekday, _, _ = time.gmtime(time.time() + offset_seconds)
    return (
        f"{_WEEKDAYS[weekday]}, {day:02d} {_MONTHS[month]} {year:4d} {hour:02d}:{minute:02d}:{second:02d} GMT"
    )


@dataclass
class Cookie:
    """A cookie to set on a response (or to document in OpenAPI)."""

    key: str
    """The cookie name."""
    path: str = "/"
    """Path the cookie applies to."""
    value: str | None = None
    """The cookie value."""
    max_age: int | None = None
    """Seconds until the cookie expires."""
    expires: int | None = None
    """Seconds from now until the cookie expires (rendered as an HTTP date)."""
    domain: str | None = None
    """Domain the cookie applies to."""
    secure: bool | None = None
    """Send the cookie over HTTPS only."""
    httponly: bool | None = None
    """Hide the cookie from JavaScript."""
    samesite: Literal["lax", "strict", "none"] = "lax"
    """The ``SameSite`` policy."""
    description: str | None = field(default=None)
    """Description used in the OpenAPI schema."""
    documentation_only: bool = False
    """Only document the cookie; do not set it."""

    @property
    def simple_cookie(self) -> SimpleCookie:
        """Return the cookie as a standard library ``SimpleCookie``."""
        from http.cookies import SimpleCookie

        cookie: SimpleCookie = SimpleCookie()
        cookie[self.key] = self.value or ""
        morsel = cookie[self.key]
        for key, value in (
            ("path", self.path),
            ("max-age", self.max_age),
            ("expires", self.expires),
            ("domain", self.domain),
            ("secure", self.secure),
            ("httponly", self.httponly),
            ("samesite", self.samesite),
        ):
            if value is not None:
                morsel[key] = value
        return cookie

    def _render(self) -> str:
        key = self.key
        if not key or not _LEGAL_CHARS.issuperset(key):
            from http.cookies import CookieError

            raise CookieError(f"Illegal key {key!r}")
        # NOTE: attributes are emitted sorted by their lower-case name, matching
        # the standard library's Morsel output.
        parts = [f"{key}={_quote(self.value or '')}"]
        if self.domain:
            parts.append(f"Domain={self.domain}")
        if self.expires is not None:
            parts.append(f"expires={_http_date(self.expires)}")
        if self.httponly:
            parts.append("HttpOnly")
        if self.max_age is not None:
            parts.append(f"Max-Age={self.max_age}")
        if self.path:
            parts.append(f"Path={self.path}")
        if self.samesite:
            parts.append(f"SameSite={self.samesite}")
        if self.secure:
            parts.append("Secure")
        return "; ".join(parts)

    def to_header(self, **kwargs: Any) -> str:
        """Render the cookie as a ``Set-Cookie`` header line.

        Args:
            **kwargs: ``header`` replaces the ``"Set-Cookie:"`` prefix (``""`` drops it).

        Returns:
            The header line.
        """
        header = kwargs.get("header", "Set-Cookie:")
        value = self._render()
        return f"{header} {value}" if header else value

    def to_encoded_header(self) -> tuple[bytes, bytes]:
        """Return the cookie as a raw ASGI ``set-cookie`` header."""
        return b"set-cookie", self._render().encode("latin-1")

    @property
    def dict(self) -> dict[str, Any]:
        """Return the cookie's attributes, without the documentation fields."""
        return {key: value for key, value in asdict(self).items() if key not in _DICT_EXCLUDE}

    def __hash__(self) -> int:
        return hash((self.key, self.path, self.domain))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Cookie):
            return False
        return self.key == other.key and self.path == other.path and self.domain == other.domain


ResponseCookies: TypeAlias = "Sequence[Cookie] | Mapping[str, str]"
"""(A string, as in 2.17: the alias is for type checkers.) A layer's ``response_cookies``: cookies, or ``{key: value}``."""
