"""Wrappers that keep secrets out of reprs, logs and tracebacks."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Generic, TypeVar

__all__ = ("SecretBytes", "SecretString", "SecretT", "SecretValue")

SecretT = TypeVar("SecretT", str, bytes)
"""The type of a secret: ``str`` or ``bytes``."""


class SecretValue(ABC, Generic[SecretT]):
    """A secret whose ``repr`` and ``str`` show an obscured placeholder."""

    __slots__ = ("_secret_value",)

    _secret_value: SecretT

    def __init__(self, secret_value: SecretT) -> None:
        """Wrap a secret.

        Args:
            secret_value: The value to hide.
        """
        self._secret_value = secret_value

    def get_secret(self) -> SecretT:
        """Return the real secret value."""
        return self._secret_value

    @abstractmethod
    def get_obscured(self) -> SecretT:
        """Return the placeholder shown instead of the secret."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.get_obscured()!r})"

    def __str__(self) -> str:
        return str(self.get_obscured())


class SecretString(SecretValue[str]):
    """A secret string."""

    __slots__ = ()

    def get_obscured(self) -> str:
        """Return ``"******"``."""
        return "******"


class SecretBytes(SecretValue[bytes]):
    """A secret byte string."""

    __slots__ = ()

    def get_obscured(self) -> bytes:
        """Return ``b"******"``."""
        return b"******"
