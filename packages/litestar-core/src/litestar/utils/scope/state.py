"""Per-connection framework state kept in the ASGI scope.

One :class:`ScopeState` lives in ``scope["state"]`` under a private key, so every
connection object made for the same request shares what was already parsed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from litestar import _scope_keys
from litestar.types.empty import Empty

if TYPE_CHECKING:
    from typing import Self

    from litestar.types.asgi_types import Scope

__all__ = (
    "ScopeState",
    "delete_litestar_scope_state",
    "get_litestar_scope_state",
    "set_litestar_scope_state",
)

CONNECTION_STATE_KEY: Final = _scope_keys.CONNECTION_STATE
"""The key of the :class:`ScopeState` in ``scope["state"]``."""


class ScopeState:
    """Framework values cached for one connection; ``Empty`` means "not computed yet"."""

    __slots__ = (
        "_compat_ns",
        "accept",
        "base_url",
        "body",
        "content_type",
        "cookies",
        "csrf_token",
        "dependency_cache",
        "do_cache",
        "exception_handlers",
        "flash_messages",
        "form",
        "headers",
        "is_cached",
        "json",
        "log_context",
        "msgpack",
        "parsed_query",
        "response_compressed",
        "response_started",
        "session_id",
        "url",
    )

    accept: Any
    base_url: Any
    body: Any
    content_type: Any
    cookies: Any
    csrf_token: Any
    dependency_cache: Any
    do_cache: Any
    exception_handlers: Any
    flash_messages: list[Any]
    form: Any
    headers: Any
    is_cached: Any
    json: Any
    log_context: dict[str, Any]
    msgpack: Any
    parsed_query: Any
    response_compressed: Any
    response_started: bool
    session_id: Any
    url: Any

    def __init__(self) -> None:
        """Initialise every value as not computed."""
        self.accept = Empty
        self.base_url = Empty
        self.body = Empty
        self.content_type = Empty
        self.cookies = Empty
        self.csrf_token = Empty
        self.dependency_cache = Empty
        self.do_cache = Empty
        self.exception_handlers = Empty
        self.form = Empty
        self.flash_messages = []
        self.headers = Empty
        self.is_cached = Empty
        self.json = Empty
        self.log_context = {}
        self.msgpack = Empty
        self.parsed_query = Empty
        self.response_compressed = Empty
        self.response_started = False
        self.session_id = Empty
        self.url = Empty
        self._compat_ns: dict[str, Any] = {}

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in _REPR_ORDER)
        return f"{type(self).__name__}({values}, _compat_ns={self._compat_ns!r})"

    @classmethod
    def from_scope(cls, scope: Scope) -> Self:
        """Return the state of ``scope``, creating it (and ``scope["state"]``) if needed.

        Args:
            scope: The ASGI scope.

        Returns:
            The connection state.
        """
        state = scope.get("state")
        if state is None:
            state = scope["state"] = {}
        try:
            return state[CONNECTION_STATE_KEY]  # type: ignore[no-any-return]
        except KeyError:
            new = state[CONNECTION_STATE_KEY] = cls()
            return new


_SLOTS: Final = frozenset(ScopeState.__slots__) - {"_compat_ns"}
_REPR_ORDER: Final = (
    "accept",
    "base_url",
    "body",
    "content_type",
    "cookies",
    "csrf_token",
    "dependency_cache",
    "do_cache",
    "exception_handlers",
    "form",
    "flash_messages",
    "headers",
    "is_cached",
    "json",
    "log_context",
    "msgpack",
    "parsed_query",
    "response_compressed",
    "response_started",
    "session_id",
    "url",
)


def get_litestar_scope_state(scope: Scope, key: str, default: Any = None, pop: bool = False) -> Any:
    """Return a value of the connection state, ``default`` if unset.

    Args:
        scope: The ASGI scope.
        key: The name of the value.
        default: Returned when the value is not set.
        pop: Unset the value after reading it.

    Returns:
        The value, or ``default``.
    """
    state = ScopeState.from_scope(scope)
    if key in _SLOTS:
        value = getattr(state, key)
        if pop:
            setattr(state, key, Empty)
        return default if value is Empty else value
    return state._compat_ns.pop(key, default) if pop else state._compat_ns.get(key, default)


def set_litestar_scope_state(scope: Scope, key: str, value: Any) -> None:
    """Set a value of the connection state.

    Args:
        scope: The ASGI scope.
        key: The name of the value.
        value: The value.
    """
    state = ScopeState.from_scope(scope)
    if key in _SLOTS:
        setattr(state, key, value)
    else:
        state._compat_ns[key] = value


def delete_litestar_scope_state(scope: Scope, key: str) -> None:
    """Unset a value of the connection state.

    Args:
        scope: The ASGI scope.
        key: The name of the value.
    """
    state = ScopeState.from_scope(scope)
    if key in _SLOTS:
        setattr(state, key, Empty)
    else:
        state._compat_ns.pop(key, None)
