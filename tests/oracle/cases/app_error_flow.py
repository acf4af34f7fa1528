"""How errors travel through a layered app: middleware seeing error responses, hooks, layered
response headers / cookies on errors, handler-raised vs. middleware-raised exceptions, before_send."""

from __future__ import annotations

from litestar import Controller, Litestar, Request, Response, Router, get, post
from litestar.background_tasks import BackgroundTask
from litestar.datastructures import Cookie, MutableScopeHeaders, ResponseHeader
from litestar.exceptions import HTTPException, NotAuthorizedException, NotFoundException, ValidationException
from litestar.middleware import ASGIMiddleware, DefineMiddleware
from litestar.types import ASGIApp, Message, Receive, Scope, Send

LOG: list[str] = []


class StatusRecorder(ASGIMiddleware):
    """Records the status of every response it sees and tags it."""

    def __init__(self, tag: str) -> None:
        self.tag = tag

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        scope["state"]["mw"] = self.tag

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                LOG.append(f"{self.tag}:{message['status']}")
                MutableScopeHeaders.from_message(message).add("X-Seen-By", self.tag)
            await send(message)

        try:
            await next_app(scope, receive, recording_send)
        except Exception as exc:
            LOG.append(f"{self.tag}:raised {type(exc).__name__}")
            raise


class Blocker:
    """A plain ASGI middleware that refuses requests carrying ?block=1 by raising."""

    def __init__(self, app: ASGIApp, reason: str) -> None:
        self.app = app
        self.reason = reason

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if b"block=1" in scope.get("query_string", b""):
            raise NotAuthorizedException(self.reason)
        await self.app(scope, receive, send)


async def note(text: str) -> None:
    LOG.append(text)


def handle_value_error(request: Request, exc: ValueError) -> Response:
    return Response(
        {"value_error": str(exc), "mw": request.state.get("mw")},
        status_code=422,
        background=BackgroundTask(note, f"bg after {request.url.path}"),
    )


def handle_http(request: Request, exc: HTTPException) -> Response:
    return Response(
        {"http": exc.detail, "code": exc.status_code}, status_code=exc.status_code, headers=exc.headers or {}
    )


async def after_request(response: Response) -> Response:
    response.headers["X-After"] = "1"
    return response


async def after_response(request: Request) -> None:
    LOG.append(f"after_response {request.url.path}")


async def before_send(message: Message, scope: Scope) -> None:
    if message["type"] == "http.response.start":
        MutableScopeHeaders.from_message(message)["X-Before-Send"] = str(message["status"])


class Things(Controller):
    path = "/things"
    response_headers = [ResponseHeader(name="X-Layer", value="controller")]
    response_cookies = [Cookie(key="ctl", value="1")]
    middleware = [StatusRecorder("controller")]
    exception_handlers = {ValueError: handle_value_error}

    @get("/{n:int}")
    async def get_thing(self, n: int) -> dict:
        if n == 0:
            raise ValueError("zero is not a thing")
        if n > 10:
            raise NotFoundException(f"thing {n} missing", headers={"X-Hint": "max 10"})
        if n == 7:
            raise RuntimeError("unlucky")
        return {"n": n}

    @post("/", middleware=[DefineMiddleware(Blocker, reason="blocked by handler mw")])
    async def add(self, data: dict[str, int]) -> dict[str, int]:
        if data.get("n", 0) < 0:
            raise ValidationException("n must be positive", extra={"n": data["n"]})
        return data


@get("/log")
async def read_log() -> list[str]:
    out = list(LOG)
    LOG.clear()
    return out


api = Router(
    path="/api",
    route_handlers=[Things, read_log],
    middleware=[StatusRecorder("router")],
    exception_handlers={HTTPException: handle_http},
    after_request=after_request,
)


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[api],
        middleware=[DefineMiddleware(Blocker, reason="blocked by app mw")],
        after_response=after_response,
        before_send=[before_send],
    )


REQUESTS = [
    {"method": "GET", "url": "/api/things/3"},
    {"method": "GET", "url": "/api/log"},
    {"method": "GET", "url": "/api/things/0", "name": "controller class handler + background"},
    {"method": "GET", "url": "/api/log"},
    {"method": "GET", "url": "/api/things/11", "name": "router HTTPException handler keeps headers"},
    {"method": "GET", "url": "/api/log"},
    {"method": "GET", "url": "/api/things/7", "name": "unhandled -> 500"},
    {"method": "GET", "url": "/api/log"},
    {"method": "GET", "url": "/api/things/x", "name": "path conversion 404"},
    {"method": "GET", "url": "/api/log"},
    {"method": "POST", "url": "/api/things", "json": {"n": 1}},
    {
        "method": "POST",
        "url": "/api/things",
        "json": {"n": -1},
        "name": "ValidationException via router handler",
    },
    {"method": "POST", "url": "/api/things", "json": {"n": "x"}, "name": "body validation"},
    {"method": "POST", "url": "/api/things?block=1", "json": {"n": 1}, "name": "app middleware raises"},
    {"method": "GET", "url": "/api/log"},
    {"method": "GET", "url": "/api/things/2?block=1", "name": "app mw raises on GET"},
    {"method": "GET", "url": "/api/log"},
    {"method": "GET", "url": "/nowhere", "name": "404 outside routers"},
    {"method": "PATCH", "url": "/api/things/3", "name": "405"},
    {"method": "GET", "url": "/api/log"},
]
