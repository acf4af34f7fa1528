"""Merge a response's own settings with the layered defaults of its handler."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from collections.abc import Iterable

    from litestar.background_tasks import BackgroundTask, BackgroundTasks
    from litestar.datastructures.cookie import Cookie
    from litestar.response.base import Response

__all__ = ("LayeredKwargs", "layered_kwargs", "merge_layered")


class LayeredKwargs(TypedDict):
    """The :class:`~litestar.response.base.ASGIResponse` keywords every response type merges alike."""

    background: BackgroundTask[Any] | BackgroundTasks | None
    cookies: list[Cookie]
    encoded_headers: Iterable[tuple[bytes, bytes]] | None
    encoding: str
    headers: dict[str, Any]
    is_head_response: bool


def merge_layered(
    response: Response[Any],
    background: BackgroundTask[Any] | BackgroundTasks | None,
    cookies: Iterable[Cookie] | None,
    headers: dict[str, Any] | None,
) -> tuple[BackgroundTask[Any] | BackgroundTasks | None, list[Cookie], dict[str, Any]]:
    """Merge a response's background task, cookies and headers with the layered ones.

    The response's own background task wins, its headers override the layered headers,
    and its cookies come before the layered cookies.

    Args:
        response: The response being converted.
        background: The layered background task.
        cookies: The layered cookies.
        headers: The layered headers.

    Returns:
        The background task, cookies and headers to send.
    """
    own_headers = response.headers
    if headers:
        if own_headers:
            headers = {**headers, **own_headers}
    else:
        headers = own_headers
    return (
        response.background or background,
        [*response.cookies, *cookies] if cookies else response.cookies,
        headers,
    )


def layered_kwargs(
    response: Response[Any],
    background: BackgroundTask[Any] | BackgroundTasks | None,
    cookies: Iterable[Cookie] | None,
    encoded_headers: Iterable[tuple[bytes, bytes]] | None,
    headers: dict[str, Any] | None,
    is_head_response: bool,
) -> LayeredKwargs:
    """Return the ASGI response keywords every ``to_asgi_response`` builds alike.

    PERF: a keyword dict costs a few hundred nanoseconds, so the hot
    :meth:`~litestar.response.Response.to_asgi_response` calls :func:`merge_layered`
    itself; the other response types do far more work per response.

    Args:
        response: The response being converted.
        background: The layered background task.
        cookies: The layered cookies.
        encoded_headers: Raw headers sent first.
        headers: The layered headers.
        is_head_response: The response answers a ``HEAD`` request.

    Returns:
        Keywords for an :class:`~litestar.response.base.ASGIResponse` (or a subclass).
    """
    background, merged_cookies, merged_headers = merge_layered(response, background, cookies, headers)
    return {
        "background": background,
        "cookies": merged_cookies,
        "encoded_headers": encoded_headers,
        "encoding": response.encoding,
        "headers": merged_headers,
        "is_head_response": is_head_response,
    }
