"""Fixtures for connection tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from _connection_helpers import Channel, Message, body_messages


@pytest.fixture
def http_channel() -> Callable[..., Channel]:
    def factory(*chunks: bytes, messages: list[Message] | None = None) -> Channel:
        return Channel(
            messages if messages is not None else body_messages(*chunks), {"type": "http.disconnect"}
        )

    return factory
