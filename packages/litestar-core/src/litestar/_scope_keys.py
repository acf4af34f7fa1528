"""Private keys the framework stores in the ASGI scope."""

from __future__ import annotations

__all__ = ("RESPONSE_STARTED",)

RESPONSE_STARTED = "_litestar_response_started"
"""Set (only on the error path) when an exception is raised after the response started.

The exception dispatcher then knows that no error response can be sent any more.
"""
