"""Exceptions that close a WebSocket connection with a close code."""

from __future__ import annotations

from typing import Any

from litestar.exceptions.base_exceptions import LitestarException
from litestar.status_codes import WS_1000_NORMAL_CLOSURE

__all__ = ("WebSocketDisconnect", "WebSocketException")


class WebSocketException(LitestarException):
    """An error that closes the WebSocket with :attr:`code` (4500 by default)."""

    code: int
    """The WebSocket close code sent to the client."""

    def __init__(self, *args: Any, detail: str, code: int = 4500) -> None:
        """Initialise the exception.

        Args:
            *args: Extra information kept in ``args``.
            detail: A description of the error, sent as the close reason.
            code: The WebSocket close code.
        """
        super().__init__(*args, detail=detail)
        self.code = code


class WebSocketDisconnect(WebSocketException):
    """The client closed the WebSocket connection."""

    def __init__(self, *args: Any, detail: str, code: int = WS_1000_NORMAL_CLOSURE) -> None:
        """Initialise the exception.

        Args:
            *args: Extra information kept in ``args``.
            detail: A description of the disconnect.
            code: The close code received from the client.
        """
        super().__init__(*args, detail=detail, code=code)
