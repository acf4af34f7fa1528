"""HTTP header containers: the immutable ``Headers``, in-place ``MutableScopeHeaders``,
and typed header values (``CacheControlHeader``, ``ETag``) plus ``Accept`` negotiation.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, overload

from litestar.datastructures.multi_dicts import MultiMixin

if TYPE_CHECKING:
    from litestar.types.asgi_types import Message, RawHeadersList, Scope

__all__ = (
    "Accept",
    "CacheControlHeader",
    "ETag",
    "Header",
    "Headers",
    "MutableScopeHeaders",
)

_ETAG_RE = re.compile(r'(W/)?"(.+)"')
_SCANS_BEFORE_INDEX = 3


_DefaultT = TypeVar("_DefaultT")


class Headers(MultiMixin[str], Mapping[str, str]):
    """An immutable, case-insensitive multi-mapping of HTTP headers.

    Built over a raw ASGI header list, it decodes nothing until first accessed.
    """

    __slots__ = ("_decoded", "_first", "_index_cache", "_raw", "_scans")

    def __init__(self, headers: Mapping[str, str] | RawHeadersList | MultiMixin[str] | None = None) -> None:
        """Initialise the headers.

        Args:
            headers: A mapping of names to values, a raw ASGI header list of byte pairs,
                or another multi-mapping.
        """
        self._index_cache: dict[str, list[str]] | None = None
        self._first: dict[bytes, bytes] | None = None
        self._scans = 0
        self._raw: Iterable[tuple[bytes, bytes]] | None = None
        self._decoded: list[tuple[str, str]] | None = None
        if headers is None:
            self._decoded = []
        elif isinstance(headers, MultiMixin):
            self._decoded = list(headers.multi_items())
        elif isinstance(headers, Mapping):
            self._decoded = list(headers.items())
        else:
            pairs = list(headers)
            if pairs and isinstance(pairs[0][0], str):
                self._decoded = pairs
            else:
                self._raw = pairs

    @classmethod
    def from_scope(cls, scope: Scope) -> Headers:
        """Create headers over the raw header list of an ASGI scope.

        Args:
            scope: The ASGI connection scope.

        Returns:
            Headers reading ``scope["headers"]`` lazily.
        """
        self = cls.__new__(cls)
        self._index_cache = None
        self._first = None
        self._scans = 0
        self._decoded = None
        self._raw = scope["headers"]
        return self

    @staticmethod
    def _norm(key: str) -> str:
        return key.lower()

    def _pairs(self) -> list[tuple[str, str]]:
        decoded = self._decoded
        if decoded is None:
            decoded = self._decoded = [
                (key.decode("latin-1"), value.decode("latin-1"))
                for key, value in self._raw  # type: ignore[union-attr]
            ]
        return decoded

    def _index(self) -> dict[str, list[str]]:
        index = self._index_cache
        if index is None:
            index = {}
            if self._decoded is None:
                # PERF: ASGI header names are lower-case bytes already.
                for raw_key, raw_value in self._raw:  # type: ignore[union-attr]
                    key = raw_key.decode("latin-1").lower()
                    values = index.get(key)
                    if values is None:
                        index[key] = [raw_value.decode("latin-1")]
                    else:
                        values.append(raw_value.decode("latin-1"))
            else:
                for key, value in self._decoded:
                    key = key.lower()
                    values = index.get(key)
                    if values is None:
                        index[key] = [value]
                    else:
                        values.append(value)
            self._index_cache = index
        return index

    def _lookup_raw(self, key: str) -> bytes | None:
        # PERF: a request usually asks for a handful of headers, so the first few
        # lookups scan the raw list (no decoding, no dict); later ones use a dict of
        # first values keyed by lower-cased raw names.
        name = key.lower().encode("latin-1", "replace")
        first = self._first
        if first is None:
            self._scans += 1
            if self._scans <= _SCANS_BEFORE_INDEX:
                for raw_key, raw_value in self._raw:  # type: ignore[union-attr]
                    if raw_key.lower() == name:
                        return raw_value
                return None
            first = self._first = {k.lower(): v for k, v in reversed(self._raw)}  # type: ignore[call-overload]
        return first.get(name)

    @overload  # type: ignore[override]
    def get(self, key: str) -> str | None: ...

    @overload
    def get(self, key: str, default: str) -> str: ...

    @overload
    def get(self, key: str, default: _DefaultT) -> str | _DefaultT: ...

    def get(self, key: str, default: Any = None) -> Any:
        """Return the first value of ``key`` (case-insensitive), or ``default``."""
        if self._raw is not None:
            value = self._lookup_raw(key)
            return default if value is None else value.decode("latin-1")
        values = self._index().get(key.lower())
        return default if values is None else values[0]

    def __getitem__(self, key: str) -> str:
        if self._raw is not None:
            value = self._lookup_raw(key)
            if value is None:
                raise KeyError(key)
            return value.decode("latin-1")
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        if self._raw is not None and isinstance(key, str):
            return self._lookup_raw(key) is not None
        return super().__contains__(key)

    def to_header_list(self) -> RawHeadersList:
        """Return the headers as a raw ASGI list of lower-cased byte pairs.

        Returns:
            A new list of ``(name, value)`` byte tuples.
        """
        if self._decoded is None:
            return [(key.lower(), value) for key, value in self._raw]  # type: ignore[union-attr]
        return [(key.lower().encode("latin-1"), value.encode("latin-1")) for key, value in self._decoded]

    def copy(self) -> Headers:
        """Return a copy of the headers."""
        return Headers(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Headers):
            return [(k.lower(), v) for k, v in self._pairs()] == [(k.lower(), v) for k, v in other._pairs()]
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]


class MutableScopeHeaders(MutableMapping[str, str]):
    """A case-insensitive view editing the raw header list of a scope or message in place."""

    __slots__ = ("headers",)

    def __init__(self, scope: Mapping[str, Any] | None = None) -> None:
        """Initialise over ``scope["headers"]``.

        Args:
            scope: A scope or message with a ``headers`` list; ``None`` starts empty.
        """
        self.headers: list[tuple[bytes, bytes]] = scope["headers"] if scope is not None else []

    @classmethod
    def from_message(cls, message: Message) -> MutableScopeHeaders:
        """Wrap the headers of an ASGI message.

        Args:
            message: A message carrying ``headers``, e.g. ``http.response.start``.

        Raises:
            ValueError: If the message has no headers.

        Returns:
            Headers editing ``message["headers"]`` in place.
        """
        if "headers" not in message:
            raise ValueError(f"Invalid message type: {message['type']!r}")
        return cls(message)

    def add(self, key: str, value: str) -> None:
        """Append a header, keeping existing ones of the same name."""
        self.headers.append((key.lower().encode("latin-1"), value.encode("latin-1")))

    def getall(self, key: str, default: list[str] | None = None) -> list[str]:
        """Return every value of ``key``.

        Args:
            key: The header name (case-insensitive).
            default: Returned if the header is absent.

        Raises:
            KeyError: If the header is absent and no default is given.

        Returns:
            The values, in order.
        """
        name = key.lower().encode("latin-1")
        values = [value.decode("latin-1") for header, value in self.headers if header.lower() == name]
        if not values:
            if default is not None:
                return default
            raise KeyError(key)
        return values

    def extend_header_value(self, key: str, value: str) -> None:
        """Append ``value`` to an existing header, comma separated, or add the header."""
        existing = self.get(key)
        self[key] = value if existing is None else f"{existing},{value}"

    def __getitem__(self, key: str) -> str:
        name = key.lower().encode("latin-1")
        for header, value in self.headers:
            if header.lower() == name:
                return value.decode("latin-1")
        raise KeyError(key)

    def __setitem__(self, key: str, value: str) -> None:
        name = key.lower().encode("latin-1")
        encoded = value.encode("latin-1")
        headers = self.headers
        for i, (header, _) in enumerate(headers):
            if header.lower() == name:
                headers[i] = (name, encoded)
                headers[i + 1 :] = [item for item in headers[i + 1 :] if item[0].lower() != name]
                return
        headers.append((name, encoded))

    def __delitem__(self, key: str) -> None:
        name = key.lower().encode("latin-1")
        self.headers[:] = [item for item in self.headers if item[0].lower() != name]

    def __iter__(self) -> Iterator[str]:
        return (key.decode("latin-1") for key, _ in self.headers)

    def __len__(self) -> int:
        return len(self.headers)


@dataclass
class Header(ABC):
    """An abstract typed HTTP header value."""

    HEADER_NAME: ClassVar[str] = ""

    documentation_only: bool = False
    """Only document the header in OpenAPI; do not set it on responses."""

    @abstractmethod
    def _get_header_value(self) -> str:
        """Return the header value as a string."""

    @classmethod
    @abstractmethod
    def from_header(cls, header_value: str) -> Header:
        """Create an instance from a header value.

        Args:
            header_value: The raw header value.

        Returns:
            The header instance.
        """

    def to_header(self, include_header_name: bool = False) -> str:
        """Render the header value.

        Args:
            include_header_name: Prefix the value with ``"<name>: "``.

        Returns:
            The rendered header.
        """
        value = self._get_header_value()
        return f"{self.HEADER_NAME}: {value}" if include_header_name else value


@dataclass
class CacheControlHeader(Header):
    """A ``Cache-Control`` header."""

    HEADER_NAME: ClassVar[str] = "cache-control"

    max_age: int | None = None
    """``max-age`` directive, in seconds."""
    s_maxage: int | None = None
    """``s-maxage`` directive, in seconds."""
    no_cache: bool | None = None
    """``no-cache`` directive."""
    no_store: bool | None = None
    """``no-store`` directive."""
    private: bool | None = None
    """``private`` directive."""
    public: bool | None = None
    """``public`` directive."""
    no_transform: bool | None = None
    """``no-transform`` directive."""
    must_revalidate: bool | None = None
    """``must-revalidate`` directive."""
    proxy_revalidate: bool | None = None
    """``proxy-revalidate`` directive."""
    must_understand: bool | None = None
    """``must-understand`` directive."""
    immutable: bool | None = None
    """``immutable`` directive."""
    stale_while_revalidate: int | None = None
    """``stale-while-revalidate`` directive, in seconds."""

    def _get_header_value(self) -> str:
        if self.documentation_only:
            return ""
        parts: list[str] = []
        for name in _CACHE_CONTROL_FIELDS:
            value = getattr(self, name)
            if value is None:
                continue
            directive = name.replace("_", "-")
            parts.append(directive if isinstance(value, bool) else f"{directive}={value}")
        return ", ".join(parts)

    @classmethod
    def from_header(cls, header_value: str) -> CacheControlHeader:
        """Parse a ``Cache-Control`` header value.

        Args:
            header_value: E.g. ``"max-age=10, no-cache"``.

        Raises:
            ImproperlyConfiguredException: For unknown directives or invalid values.

        Returns:
            The parsed header.
        """
        from litestar.exceptions.http_exceptions import ImproperlyConfiguredException

        kwargs: dict[str, Any] = {}
        for directive in header_value.split(","):
            directive = directive.strip()
            if not directive:
                continue
            key, sep, value = directive.partition("=")
            name = key.replace("-", "_")
            if name not in _CACHE_CONTROL_FIELDS:
                raise ImproperlyConfiguredException("Invalid cache-control header")
            try:
                kwargs[name] = _convert_directive(name, value if sep else None)
            except ValueError as exc:
                raise ImproperlyConfiguredException() from exc
        return cls(**kwargs)

    @classmethod
    def prevent_storing(cls) -> CacheControlHeader:
        """Return a header forbidding any caching (``no-store``)."""
        return cls(no_store=True)


_CACHE_CONTROL_FIELDS = tuple(f.name for f in fields(CacheControlHeader) if f.name != "documentation_only")
_CACHE_CONTROL_INT_FIELDS = frozenset(("max_age", "s_maxage", "stale_while_revalidate"))
_TRUE_VALUES = frozenset(("1", "true", "yes", "on"))
_FALSE_VALUES = frozenset(("0", "false", "no", "off"))


def _convert_directive(name: str, value: str | None) -> int | bool:
    if name in _CACHE_CONTROL_INT_FIELDS:
        if value is None:
            raise ValueError(f"{name} requires a value")
        return int(value)
    if value is None:
        return True
    lowered = value.lower()
    if lowered in _TRUE_VALUES:
        return True
    if lowered in _FALSE_VALUES:
        return False
    raise ValueError(f"invalid boolean {value!r}")


def _is_printable_ascii(value: str) -> bool:
    return all(" " <= char <= "~" for char in value)


@dataclass
class ETag(Header):
    """An ``ETag`` header."""

    HEADER_NAME: ClassVar[str] = "etag"

    weak: bool = False
    """Whether the tag is weak (``W/`` prefix)."""
    value: str | None = None
    """The tag value, without quotes."""

    def __post_init__(self) -> None:
        if not self.documentation_only and self.value is None:
            from litestar.exceptions.http_exceptions import ValidationException

            raise ValidationException("value must be set if documentation_only is false")
        if self.value is not None and not _is_printable_ascii(self.value):
            from litestar.exceptions.http_exceptions import ValidationException

            raise ValidationException("value must only contain ASCII printable characters")

    def _get_header_value(self) -> str:
        value = f'"{self.value}"'
        return f"W/{value}" if self.weak else value

    @classmethod
    def from_header(cls, header_value: str) -> ETag:
        """Parse an ``ETag`` header value such as ``W/"abc"``.

        Args:
            header_value: The raw header value.

        Raises:
            ImproperlyConfiguredException: If the value is not a quoted tag.

        Returns:
            The parsed tag.
        """
        match = _ETAG_RE.fullmatch(header_value)
        if match is None:
            from litestar.exceptions.http_exceptions import ImproperlyConfiguredException

            raise ImproperlyConfiguredException()
        weak, value = match.groups()
        return cls(weak=bool(weak), value=value)


class _MediaRange:
    """One parsed entry of an ``Accept`` header."""

    __slots__ = ("maintype", "params", "priority", "raw", "subtype")

    def __init__(self, raw: str) -> None:
        raw = raw.strip()
        media, _, rest = raw.partition(";")
        maintype, _, subtype = media.strip().partition("/")
        self.maintype = maintype.strip().lower()
        self.subtype = subtype.strip().lower()
        params: dict[str, str] = {}
        quality = 1.0
        for param in rest.split(";"):
            key, sep, value = param.partition("=")
            key = key.strip().lower()
            if not sep or not key:
                continue
            value = value.strip().strip('"')
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 1.0
            else:
                params[key] = value
        self.params = params
        self.raw = raw or f"{self.maintype}/{self.subtype}"
        self.priority = (quality, self.maintype != "*", self.subtype != "*", len(params))

    def match(self, other: _MediaRange) -> bool:
        for key, value in other.params.items():
            if self.params.get(key) != value:
                return False
        main_ok = "*" in (self.maintype, other.maintype) or self.maintype == other.maintype
        sub_ok = "*" in (self.subtype, other.subtype) or self.subtype == other.subtype
        return main_ok and sub_ok


class Accept:
    """The parsed ``Accept`` header, ordered by preference."""

    __slots__ = ("_accepted_types",)

    def __init__(self, accept_value: str) -> None:
        """Parse an ``Accept`` header value.

        Args:
            accept_value: E.g. ``"text/html, application/json;q=0.9"``.
        """
        ranges = [_MediaRange(item) for item in accept_value.split(",")]
        ranges.sort(key=lambda media_range: media_range.priority, reverse=True)
        self._accepted_types = ranges

    def __getitem__(self, key: int) -> str:
        return self._accepted_types[key].raw

    def __iter__(self) -> Iterator[str]:
        return (media_range.raw for media_range in self._accepted_types)

    def __len__(self) -> int:
        return len(self._accepted_types)

    def best_match(self, provided_types: list[str], default: str | None = None) -> str | None:
        """Return the provided media type the client prefers most.

        Args:
            provided_types: The media types the server can produce.
            default: Returned when nothing matches.

        Returns:
            The best provided type; when it is a wildcard, the accepted type it matched.
        """
        provided = [(_MediaRange(media_type), media_type) for media_type in provided_types]
        for accepted in self._accepted_types:
            for candidate, media_type in provided:
                if accepted.match(candidate):
                    if "*" in (candidate.maintype, candidate.subtype):
                        return f"{accepted.maintype}/{accepted.subtype}"
                    return media_type
        return default

    def accepts(self, media_type: str) -> bool:
        """Tell whether ``media_type`` is acceptable to the client."""
        return self.best_match([media_type]) == media_type
