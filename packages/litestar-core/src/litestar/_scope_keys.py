"""Private keys the framework stores in the ASGI scope (and in ``scope["state"]``).

Every private key lives here, so a reader finds what the framework keeps per connection
in one place, and two modules never disagree on a spelling.
"""

from __future__ import annotations

from typing import Final

__all__ = (
    "BODY",
    "CONNECTION_STATE",
    "EDGE_PASSED",
    "FORM",
    "JSON",
    "MSGPACK",
    "RESPONSE_STARTED",
    "SESSION_ID",
    "STREAM_CONSUMED",
)

BODY: Final = "_litestar_body"
"""The request body, once read: every ``Request`` made for the same scope sees it."""

CONNECTION_STATE: Final = "_ls_connection_state"
"""Key in ``scope["state"]`` of the connection's cached parse results (``ScopeState``)."""

EDGE_PASSED: Final = "_litestar_edge"
"""Set once a request went through the app-wide middleware (CORS) of the app stored in it."""

FORM: Final = "_litestar_form"
"""The parsed form body, once parsed."""

JSON: Final = "_litestar_json"
"""The decoded JSON body, once decoded."""

MSGPACK: Final = "_litestar_msgpack"
"""The decoded MessagePack body, once decoded."""

RESPONSE_STARTED: Final = "_litestar_response_started"
"""Set (only on the error path) when an exception is raised after the response started.

The exception dispatcher then knows that no error response can be sent any more.
"""

SESSION_ID: Final = "_litestar_session_id"
"""The server-side session id, set by the session middleware."""

STREAM_CONSUMED: Final = "_litestar_stream_consumed"
"""Set once the body stream was consumed without being cached."""
