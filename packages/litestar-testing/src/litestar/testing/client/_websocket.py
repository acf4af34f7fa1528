"""Build the upgrade request sent by ``websocket_connect``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from httpx._client import BaseClient, UseClientDefault
    from httpx._types import CookieTypes, HeaderTypes, QueryParamTypes, TimeoutTypes

__all__ = ("build_websocket_request",)

_WEBSOCKET_SCHEMES = {"http": "ws", "https": "wss"}


def build_websocket_request(
    client: BaseClient,
    url: str,
    subprotocols: Sequence[str] | None,
    params: QueryParamTypes | None,
    headers: HeaderTypes | None,
    cookies: CookieTypes | None,
    timeout: TimeoutTypes | UseClientDefault,
    extensions: Mapping[str, Any] | None,
) -> httpx.Request:
    """Build a ``GET`` upgrade request to a ``ws``/``wss`` URL, merged with the client defaults.

    Args:
        client: The client whose base URL, headers and cookies apply.
        url: The URL, relative to the client's base URL.
        subprotocols: Subprotocols offered to the app (``sec-websocket-protocol``).
        params: Query parameters.
        headers: Extra headers.
        cookies: Extra cookies.
        timeout: The httpx timeout.
        extensions: httpx request extensions.

    Returns:
        The request.
    """
    upgrade_headers = httpx.Headers(headers)
    upgrade_headers["connection"] = "upgrade"
    upgrade_headers["sec-websocket-key"] = "testserver=="
    upgrade_headers["sec-websocket-version"] = "13"
    if subprotocols is not None:
        upgrade_headers["sec-websocket-protocol"] = ", ".join(subprotocols)
    request = client.build_request(
        "GET",
        url,
        params=params,
        headers=upgrade_headers,
        cookies=cookies,
        timeout=timeout,
        extensions=dict(extensions) if extensions is not None else None,
    )
    scheme = _WEBSOCKET_SCHEMES.get(request.url.scheme, request.url.scheme)
    request.url = request.url.copy_with(scheme=scheme)
    return request
