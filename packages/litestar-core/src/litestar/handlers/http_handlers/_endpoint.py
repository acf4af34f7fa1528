"""Compile an HTTP handler into the ASGI app that serves it.

The compiled app runs, in order: request creation (only when something needs it),
guards, ``before_request``, argument resolution (the plan), the handler, the response,
generator-dependency cleanup, ``after_response``. Handlers that need none of the
optional steps get a specialised app with only the handler call and the response.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from litestar._scope_keys import FORM, RESPONSE_STARTED
from litestar.concurrency import sync_to_thread as _run_in_thread
from litestar.handlers.http_handlers._response import build_fast_respond, build_to_asgi

if TYPE_CHECKING:
    from litestar.handlers.http_handlers.base import HTTPRouteHandler
    from litestar.types.asgi_types import ASGIApp, Receive, Scope, Send

__all__ = ("compile_http_endpoint",)


def _call_style(handler: HTTPRouteHandler) -> tuple[Any, str]:
    fn = handler.fn
    if not handler.has_sync_callable:
        return fn, "async"
    if handler.sync_to_thread:
        return fn, "thread"
    return fn, "sync"


def compile_http_endpoint(handler: HTTPRouteHandler, plan: Any) -> ASGIApp:
    """Return the terminal ASGI app for ``handler`` (without middleware)."""
    fn, style = _call_style(handler)
    request_class = handler.resolve_request_class()
    guards = tuple(handler.resolve_guards())
    before_request = handler.resolve_before_request()
    after_response = handler.resolve_after_response()
    fast = build_fast_respond(handler)
    general = build_to_asgi(handler) if fast is None else None
    build_for_cleanup = None
    if plan.dependency_plan is not None and plan.dependency_plan.has_cleanup:
        build_for_cleanup = general or build_to_asgi(handler)
    dependency_plan = plan.dependency_plan
    has_cleanup = dependency_plan is not None and dependency_plan.has_cleanup
    needs_request = bool(
        plan.needs_request or guards or before_request or after_response or general is not None
    )
    no_args = plan.is_empty and not plan.handler_args

    if fast is not None and style == "async" and no_args and not needs_request:
        respond = fast

        async def endpoint_no_args(scope: Scope, receive: Receive, send: Send) -> None:
            await respond(await fn(), scope, receive, send, None)

        return endpoint_no_args

    sync_resolve = plan.sync_resolve
    if fast is not None and style == "async" and not needs_request and sync_resolve is not None:
        respond = fast

        async def endpoint_sync_args(scope: Scope, receive: Receive, send: Send) -> None:
            await respond(await fn(**sync_resolve(scope)), scope, receive, send, None)

        return endpoint_sync_args

    if fast is not None and style == "async" and not needs_request and not has_cleanup:
        respond = fast
        resolve = plan.resolve

        async def endpoint_args(scope: Scope, receive: Receive, send: Send) -> None:
            await respond(await fn(**await resolve(scope, None, None)), scope, receive, send, None)

        return endpoint_args

    async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        request = request_class(scope, receive, send) if needs_request else None
        for guard in guards:
            outcome = guard(request, handler)  # type: ignore[arg-type]
            if outcome is not None and hasattr(outcome, "__await__"):
                await outcome
        result: Any = None
        answered = False
        if before_request is not None:
            result = await before_request(request)
            answered = result is not None
        cleanups: list[Any] | None = [] if has_cleanup else None
        try:
            if not answered:
                kwargs = await plan.resolve(scope, request, cleanups) if not no_args else {}
                if style == "async":
                    result = await fn(**kwargs)
                elif style == "thread":
                    result = await _run_in_thread(partial(fn, **kwargs))
                else:
                    result = fn(**kwargs)
            if has_cleanup:
                # The response is built first (its body sees the values as the handler left
                # them), then generator dependencies finish, then it is sent: an error in
                # their cleanup is still a normal error response, as in the reference.
                assert build_for_cleanup is not None
                asgi_response = await build_for_cleanup(result, request)
                pending, cleanups = cleanups, None
                if pending:
                    await dependency_plan.finalize(pending, None)
                await asgi_response(scope, receive, send)
            elif fast is not None:
                await fast(result, scope, receive, send, request)
            else:
                assert general is not None
                asgi_response = await general(result, request)
                await asgi_response(scope, receive, send)
        except BaseException as exc:
            if cleanups:
                await dependency_plan.finalize(cleanups, exc)
                cleanups = None
            raise
        finally:
            form: Any = scope.get(FORM)
            if form is not None:
                await form.close()
        if after_response is not None:
            try:
                await after_response(request)
            except BaseException:
                scope[RESPONSE_STARTED] = True  # type: ignore[typeddict-unknown-key]
                raise

    return endpoint
