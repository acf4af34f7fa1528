"""The protocol of a post-mortem debugger module such as :mod:`pdb`."""

from __future__ import annotations

from types import ModuleType, TracebackType
from typing import Any, Protocol, TypeAlias

__all__ = ("Debugger", "PDBProtocol")


class PDBProtocol(Protocol):
    """A debugger offering ``post_mortem`` like :mod:`pdb`."""

    @staticmethod
    def post_mortem(traceback: TracebackType | None = None, *args: Any, **kwargs: Any) -> Any:
        """Start post-mortem debugging of ``traceback``."""


Debugger: TypeAlias = ModuleType | PDBProtocol
"""A debugger module, e.g. :mod:`pdb`, ``ipdb`` or ``pdbr``."""
