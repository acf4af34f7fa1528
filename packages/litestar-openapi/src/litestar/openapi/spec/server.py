"""``Server``: a server that hosts the API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from litestar.openapi.spec.base import BaseSchemaObject

if TYPE_CHECKING:
    from litestar.openapi.spec.server_variable import ServerVariable

__all__ = ("Server",)


@dataclass
class Server(BaseSchemaObject):
    """A server that hosts the API."""

    url: str
    """URL of the server (may hold ``{variables}``)."""

    description: str | None = None
    """Description of the server."""

    variables: dict[str, ServerVariable] | None = None
    """Values of the URL's variables."""
