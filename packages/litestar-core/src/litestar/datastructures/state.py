"""Application and connection state: mappings with attribute access."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from copy import deepcopy
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import Self

__all__ = ("ImmutableState", "State")


def _as_dict(state: ImmutableState | Mapping[str, Any] | Iterable[tuple[str, Any]] | None) -> dict[str, Any]:
    if state is None:
        return {}
    if isinstance(state, ImmutableState):
        return state._state
    if isinstance(state, dict):
        return state
    return dict(state)


class ImmutableState(Mapping[str, Any]):
    """A read-only state mapping that also allows attribute access (``state.key``)."""

    __slots__ = ("_deep_copy", "_state")

    _state: dict[str, Any]
    _deep_copy: bool

    def __init__(
        self,
        state: ImmutableState | Mapping[str, Any] | Iterable[tuple[str, Any]],
        deep_copy: bool = True,
    ) -> None:
        """Initialise the state.

        Args:
            state: The initial data: a mapping, an iterable of pairs or another state.
            deep_copy: Deep-copy the data instead of wrapping it.
        """
        data = _as_dict(state)
        object.__setattr__(self, "_state", deepcopy(data) if deep_copy else data)
        object.__setattr__(self, "_deep_copy", deep_copy)

    def __getitem__(self, key: str) -> Any:
        return self._state[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._state)

    def __len__(self) -> int:
        return len(self._state)

    def __bool__(self) -> bool:
        return bool(self._state)

    def __getattr__(self, key: str) -> Any:
        try:
            return self._state[key]
        except KeyError as exc:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {key!r}") from exc

    def __setattr__(self, key: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {key!r}")

    def __delattr__(self, key: str) -> None:
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {key!r}")

    def __copy__(self) -> Self:
        return type(self)(self._state, deep_copy=self._deep_copy)

    def mutable_copy(self) -> State:
        """Return a mutable :class:`State` over the same data."""
        return State(self._state, deep_copy=self._deep_copy)

    def dict(self) -> builtins.dict[str, Any]:
        """Return a shallow copy of the data as a plain dict."""
        return dict(self._state)

    @classmethod
    def validate(cls, value: ImmutableState | builtins.dict[str, Any] | Iterable[tuple[str, Any]]) -> Self:
        """Coerce ``value`` to this class (used by validation libraries).

        Args:
            value: A state, dict or iterable of pairs.

        Returns:
            An instance of this class.
        """
        return cls(value)  # pyright: ignore[reportGeneralTypeIssues]


class State(ImmutableState, MutableMapping[str, Any]):
    """A mutable state mapping that also allows attribute access (``state.key = 1``)."""

    __slots__ = ()

    def __init__(
        self,
        state: ImmutableState | Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None,
        deep_copy: bool = False,
    ) -> None:
        """Initialise the state.

        Args:
            state: The initial data. A dict is wrapped, not copied, unless ``deep_copy``.
            deep_copy: Deep-copy the data instead of wrapping it.
        """
        data = _as_dict(state)
        object.__setattr__(self, "_state", deepcopy(data) if deep_copy else data)
        object.__setattr__(self, "_deep_copy", deep_copy)

    def __setitem__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __delitem__(self, key: str) -> None:
        del self._state[key]

    def __setattr__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self._state[key]
        except KeyError as exc:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {key!r}") from exc

    def copy(self) -> Self:
        """Return a new state of the same class over a copy of the data (deep if ``deep_copy``)."""
        return type(self)(self._state.copy(), deep_copy=self._deep_copy)

    def immutable_copy(self) -> ImmutableState:
        """Return an :class:`ImmutableState` over the same data."""
        return ImmutableState(self._state, deep_copy=self._deep_copy)
