"""``CORSConfig``: which cross-origin requests browsers may make (``cors_config=``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from litestar.types import Method

__all__ = ("CORSConfig",)

_ALL_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"
DEFAULT_ALLOWED_CORS_HEADERS = frozenset({"Accept", "Accept-Language", "Content-Language", "Content-Type"})
"""The CORS-safelisted request headers, always allowed."""


@dataclass
class CORSConfig:
    """Configuration of Cross-Origin Resource Sharing.

    The middleware it enables wraps the whole application: preflight requests are
    answered before routing (also for paths without a handler), and the CORS headers
    are added to every response to a request with an ``Origin`` header, error
    responses included.
    """

    allow_origins: list[str] = field(default_factory=lambda: ["*"])
    """Allowed origins; ``"*"`` allows all, ``"https://*.example.com"`` a subdomain wildcard."""
    allow_methods: list[Literal["*"] | Method] = field(default_factory=lambda: ["*"])
    """Allowed methods; ``"*"`` allows all."""
    allow_headers: list[str] = field(default_factory=lambda: ["*"])
    """Allowed request headers; ``"*"`` allows all."""
    allow_credentials: bool = field(default=False)
    """Allow cookies and authorisation headers in cross-origin requests."""
    allow_origin_regex: str | None = field(default=None)
    """A regular expression of further allowed origins."""
    expose_headers: list[str] = field(default_factory=list)
    """Response headers the browser may expose to scripts."""
    max_age: int = field(default=600)
    """Seconds a browser may cache a preflight answer."""

    def __post_init__(self) -> None:
        # The properties below derive from the lists; they are computed once, on first use.
        self.allow_headers = [v.lower() for v in self.allow_headers]

    @cached_property
    def allowed_origins_regex(self) -> re.Pattern[str]:
        """The allowed origins (wildcards expanded) and ``allow_origin_regex`` as one pattern."""
        origins = [origin.replace("*.", r".*\.") for origin in self.allow_origins if origin != "*"]
        if self.allow_origin_regex:
            origins.append(self.allow_origin_regex)
        return re.compile("|".join(origins) if origins else r"(?!)")

    @cached_property
    def is_allow_all_origins(self) -> bool:
        """Whether every origin is allowed."""
        return "*" in self.allow_origins

    @cached_property
    def is_allow_all_methods(self) -> bool:
        """Whether every method is allowed."""
        return "*" in self.allow_methods

    @cached_property
    def is_allow_all_headers(self) -> bool:
        """Whether every request header is allowed."""
        return "*" in self.allow_headers

    @cached_property
    def preflight_headers(self) -> dict[str, str]:
        """The headers of every successful preflight answer."""
        headers: dict[str, str] = {"Access-Control-Max-Age": str(self.max_age)}
        if self.is_allow_all_origins:
            headers["Access-Control-Allow-Origin"] = "*"
        else:
            headers["Vary"] = "Origin"
        if self.allow_credentials:
            headers["Access-Control-Allow-Credentials"] = str(self.allow_credentials).lower()
        if not self.is_allow_all_headers:
            headers["Access-Control-Allow-Headers"] = ", ".join(
                sorted(set(self.allow_headers) | DEFAULT_ALLOWED_CORS_HEADERS)
            )
        if self.allow_methods:
            headers["Access-Control-Allow-Methods"] = (
                _ALL_METHODS if self.is_allow_all_methods else ", ".join(sorted(set(self.allow_methods)))
            )
        return headers

    @cached_property
    def simple_headers(self) -> dict[str, str]:
        """The headers added to every response to a cross-origin (non-preflight) request."""
        headers: dict[str, str] = {}
        if self.is_allow_all_origins:
            headers["Access-Control-Allow-Origin"] = "*"
        if self.allow_credentials:
            headers["Access-Control-Allow-Credentials"] = str(self.allow_credentials).lower()
        if self.expose_headers:
            headers["Access-Control-Expose-Headers"] = ", ".join(sorted(set(self.expose_headers)))
        return headers

    def is_origin_allowed(self, origin: str) -> bool:
        """Tell whether a request from ``origin`` is allowed.

        Args:
            origin: The ``Origin`` header.

        Returns:
            ``True`` if all origins are allowed or ``origin`` matches an allowed one.
        """
        return self.is_allow_all_origins or self.allowed_origins_regex.fullmatch(origin) is not None
