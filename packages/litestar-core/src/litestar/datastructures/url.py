"""``URL`` (an immutable, cached parsed URL) and ``Address`` (a client or server address)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

from litestar.datastructures.multi_dicts import MultiDict
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from typing import Self

    from litestar.types.asgi_types import Scope
    from litestar.types.empty import EmptyType

__all__ = ("URL", "Address")

_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}


class Address(NamedTuple):
    """A ``(host, port)`` network address."""

    host: str
    """The host name or IP."""
    port: int
    """The port."""


class URL:
    """An immutable parsed URL; instances are cached by their string."""

    __slots__ = (
        "_parsed_url",
        "_query_params",
        "_url",
        "fragment",
        "hostname",
        "netloc",
        "password",
        "path",
        "port",
        "query",
        "scheme",
        "username",
    )

    _url: str
    _parsed_url: SplitResult
    _query_params: MultiDict[str] | None
    scheme: str
    """The scheme, e.g. ``https``."""
    netloc: str
    """The network location, e.g. ``user:pw@host:8080``."""
    path: str
    """The path."""
    fragment: str
    """The fragment, without ``#``."""
    query: str
    """The raw query string, without ``?``."""
    username: str | None
    """The user name of the netloc, if any."""
    password: str | None
    """The password of the netloc, if any."""
    port: int | None
    """The port, if given."""
    hostname: str | None
    """The host name, lower-cased."""

    def __new__(cls, url: str | SplitResult) -> URL:
        """Return the (cached) URL for a string or a ``SplitResult``.

        Args:
            url: A URL string or a parsed ``SplitResult``.
        """
        if isinstance(url, str):
            # Long URLs are request data an attacker controls: only short ones are cached.
            return (
                _url_from_string(url)
                if len(url) <= _MAX_CACHED_URL
                else URL._new(url=url, parsed=urlsplit(url))
            )
        return cls._new(url=urlunsplit(url), parsed=url)

    @classmethod
    def _new(cls, url: str, parsed: SplitResult) -> URL:
        instance = object.__new__(cls)
        instance._url = url
        instance._parsed_url = parsed
        instance._query_params = None
        instance.scheme = parsed.scheme
        instance.netloc = parsed.netloc
        instance.path = parsed.path
        instance.fragment = parsed.fragment
        instance.query = parsed.query
        instance.username = parsed.username
        instance.password = parsed.password
        instance.port = parsed.port
        instance.hostname = parsed.hostname
        return instance

    @classmethod
    def from_components(
        cls,
        scheme: str = "",
        netloc: str = "",
        path: str = "",
        fragment: str = "",
        query: str = "",
    ) -> Self:
        """Build a URL from its parts.

        Returns:
            The URL.
        """
        return cls(urlunsplit((scheme, netloc, path, query, fragment)))

    @classmethod
    def from_scope(cls, scope: Scope) -> Self:
        """Build the full request URL of an ASGI scope.

        The host comes from the ``Host`` header, else from ``scope["server"]`` (the
        port is omitted when it is the scheme's default); ``root_path`` prefixes the path.

        Args:
            scope: The ASGI connection scope.

        Returns:
            The URL.
        """
        scheme = scope.get("scheme", "http")
        path = scope.get("root_path", "") + scope["path"]
        query_string: bytes = scope.get("query_string", b"")
        host: str | None = None
        for key, value in scope.get("headers", ()):
            if key == b"host":
                host = value.decode("latin-1")
                break
        if host is None:
            server = scope.get("server")
            if server:
                hostname, port = server
                host = hostname if port == _DEFAULT_PORTS.get(scheme) else f"{hostname}:{port}"
        url = f"{scheme}://{host}{path}" if host else path
        if query_string:
            url = f"{url}?{query_string.decode('latin-1')}"
        return cls(url)

    def with_replacements(
        self,
        scheme: str = "",
        netloc: str = "",
        path: str = "",
        query: str | MultiDict[Any] | EmptyType | None = Empty,
        fragment: str = "",
    ) -> Self:
        """Return a copy with some parts replaced (empty arguments keep the current part).

        Args:
            scheme: New scheme.
            netloc: New network location.
            path: New path.
            query: New query: a string, a :class:`MultiDict` (url-encoded), or ``None``
                / ``""`` to drop it.
            fragment: New fragment.

        Returns:
            The new URL.
        """
        if query is Empty:
            new_query = self.query
        elif isinstance(query, MultiDict):
            new_query = urlencode(list(query.multi_items()))
        else:
            new_query = query or ""
        return type(self).from_components(
            scheme=scheme or self.scheme,
            netloc=netloc or self.netloc,
            path=path or self.path,
            fragment=fragment or self.fragment,
            query=new_query,
        )

    @property
    def query_params(self) -> MultiDict[str]:
        """The parsed query string (blank values kept)."""
        params = self._query_params
        if params is None:
            params = self._query_params = MultiDict(parse_qsl(self.query, keep_blank_values=True))
        return params

    def __str__(self) -> str:
        return self._url

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._url!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (str, URL)):
            return str(self) == str(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


_MAX_CACHED_URL = 2048


@lru_cache(maxsize=1024)
def _url_from_string(url: str) -> URL:
    return URL._new(url=url, parsed=urlsplit(url))
