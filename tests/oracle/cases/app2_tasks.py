"""A task tracker wired the typical way: an InitPlugin adding handlers / dependencies / hooks through
on_app_init, an async lifespan context manager, a middleware putting a request id into request.state,
filtering with list / optional / constrained query params, pagination headers, 201 + Location, HTTPException
with headers, event listeners fed by request.app.emit, and msgspec Structs with omit_defaults."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from enum import Enum
from typing import Annotated, Any

import msgspec
from litestar import Controller, Litestar, Request, Response, get, patch, post
from litestar.config.app import AppConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.events import listener
from litestar.exceptions import HTTPException, NotFoundException
from litestar.middleware import ASGIMiddleware
from litestar.params import Parameter
from litestar.plugins import InitPluginProtocol
from litestar.status_codes import HTTP_201_CREATED
from litestar.types import ASGIApp, Receive, Scope, Send

EPOCH = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)


class Status(str, Enum):
    OPEN = "open"
    DONE = "done"
    BLOCKED = "blocked"


class Task(msgspec.Struct, omit_defaults=True):
    id: int
    title: str
    status: Status = Status.OPEN
    tags: list[str] = []
    assignee: str | None = None
    created: datetime = EPOCH


class TaskIn(msgspec.Struct, forbid_unknown_fields=True):
    title: Annotated[str, msgspec.Meta(min_length=1, max_length=20)]
    tags: list[str] = []
    assignee: str | None = None


class TaskPatch(msgspec.Struct):
    status: Status | None = None
    assignee: str | None = None


class RequestId(ASGIMiddleware):
    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        state = scope["state"]
        state["counter"] = state.get("counter", 0) + 1
        scope["state"]["request_id"] = f"req-{scope['path'].count('/')}"
        await next_app(scope, receive, send)


@listener("task_done")
async def on_done(task_id: int, state: State) -> None:
    state.events.append(f"done:{task_id}")


@listener("task_done", "task_created")
def on_any(task_id: int, state: State, **kwargs: Any) -> None:
    state.events.append(f"any:{task_id}")


class TaskRepo:
    def __init__(self, tasks: dict[int, Task]) -> None:
        self.tasks = tasks

    def get(self, task_id: int) -> Task | None:
        return self.tasks.get(task_id)

    def add(self, task: Task) -> None:
        self.tasks[task.id] = task

    def values(self) -> list[Task]:
        return list(self.tasks.values())

    def __len__(self) -> int:
        return len(self.tasks)


def provide_repo(state: State) -> TaskRepo:
    return TaskRepo(state.tasks)


class Tasks(Controller):
    path = "/tasks"

    @get("/")
    async def list_tasks(
        self,
        repo: TaskRepo,
        status: list[Status] | None = None,
        tag: Annotated[list[str] | None, Parameter(query="tag")] = None,
        assignee: str | None = None,
        page: Annotated[int, Parameter(ge=1)] = 1,
        per_page: Annotated[int, Parameter(query="perPage", ge=1, le=3)] = 2,
    ) -> Response[list[Task]]:
        found = [
            t
            for t in repo.values()
            if (not status or t.status in status)
            and (not tag or set(tag) & set(t.tags))
            and (assignee is None or t.assignee == assignee)
        ]
        chunk = found[(page - 1) * per_page : page * per_page]
        return Response(chunk, headers={"x-total-count": str(len(found)), "x-page": str(page)})

    @post("/")
    async def create(self, data: TaskIn, repo: TaskRepo, request: Request) -> Response[Task]:
        if any(t.title == data.title for t in repo.values()):
            raise HTTPException(status_code=409, detail="duplicate title", headers={"x-conflict": data.title})
        task = Task(id=len(repo) + 1, title=data.title, tags=data.tags, assignee=data.assignee)
        repo.add(task)
        request.app.state.expected_events += 1  # on_any
        request.app.emit("task_created", task_id=task.id, state=request.app.state)
        return Response(
            task,
            status_code=HTTP_201_CREATED,
            headers={"location": request.app.route_reverse("task-detail", task_id=task.id)},
        )

    @get("/{task_id:int}", name="task-detail")
    async def detail(self, task_id: int, repo: TaskRepo, request: Request) -> dict[str, Any]:
        task = repo.get(task_id)
        if task is None:
            raise NotFoundException(f"task {task_id} not found")
        return {"task": task, "request_id": request.state.request_id, "counter": request.state.counter}

    @patch("/{task_id:int}")
    async def update(self, task_id: int, data: TaskPatch, repo: TaskRepo, request: Request) -> Task:
        task = repo.get(task_id)
        if task is None:
            raise NotFoundException(f"task {task_id} not found")
        if task.status == Status.DONE and data.status is not None:
            raise HTTPException(status_code=422, detail="task already done", extra={"task": task_id})
        if data.status is not None:
            task.status = data.status
        if data.assignee is not None:
            task.assignee = data.assignee
        if task.status == Status.DONE:
            request.app.state.expected_events += 2  # on_done and on_any
            request.app.emit("task_done", task_id=task_id, state=request.app.state)
        return task


@get("/events")
async def events(state: State) -> list[str]:
    # Listeners run in the background (in the reference too; the sync one in a thread):
    # wait until every emitted event has reached its listeners, so the answer does not
    # depend on scheduling. The deadline is generous for a loaded machine; it is never
    # reached when the listeners run.
    deadline = time.monotonic() + 60
    while len(state.events) < state.expected_events and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    return sorted(state.events)


@get("/plugin-info")
async def plugin_info(plugin_name: str, request: Request) -> dict[str, Any]:
    return {"plugin": plugin_name, "opt": request.route_handler.opt, "started": request.app.state.started}


class TasksPlugin(InitPluginProtocol):
    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        app_config.route_handlers.extend([Tasks, events, plugin_info])
        app_config.dependencies["repo"] = Provide(provide_repo, sync_to_thread=False)
        app_config.dependencies["plugin_name"] = Provide(lambda: "tasks", sync_to_thread=False)
        app_config.listeners.extend([on_done, on_any])
        app_config.middleware.append(RequestId())
        app_config.opt["plugin"] = True
        app_config.response_headers = [*app_config.response_headers, *[]]
        return app_config


@asynccontextmanager
async def lifespan(app: Litestar) -> AsyncIterator[None]:
    app.state.tasks = {}
    app.state.events = []
    app.state.expected_events = 0
    app.state.started = True
    yield
    app.state.started = False


def create_app() -> Litestar:
    return Litestar(plugins=[TasksPlugin()], lifespan=[lifespan])


REQUESTS = [
    {"method": "GET", "url": "/plugin-info"},
    {"method": "GET", "url": "/tasks"},
    {"method": "POST", "url": "/tasks", "json": {"title": "write", "tags": ["doc", "p1"]}},
    {"method": "POST", "url": "/tasks", "json": {"title": "test", "tags": ["qa"], "assignee": "ann"}},
    {"method": "POST", "url": "/tasks", "json": {"title": "ship", "tags": ["p1"], "assignee": "bob"}},
    {"method": "POST", "url": "/tasks", "json": {"title": "write"}, "name": "409 with headers"},
    {"method": "POST", "url": "/tasks", "json": {"title": ""}, "name": "min_length"},
    {"method": "POST", "url": "/tasks", "json": {"title": "x" * 21}, "name": "max_length"},
    {"method": "POST", "url": "/tasks", "json": {"title": "y", "prio": 1}, "name": "unknown field"},
    {"method": "GET", "url": "/tasks"},
    {"method": "GET", "url": "/tasks?page=2"},
    {"method": "GET", "url": "/tasks?perPage=3"},
    {"method": "GET", "url": "/tasks?perPage=9", "name": "le constraint"},
    {"method": "GET", "url": "/tasks?page=0", "name": "ge constraint"},
    {"method": "GET", "url": "/tasks?tag=p1&tag=qa&perPage=3"},
    {"method": "GET", "url": "/tasks?assignee=ann"},
    {"method": "GET", "url": "/tasks?status=done"},
    {"method": "GET", "url": "/tasks?status=open&status=blocked&perPage=3"},
    {"method": "GET", "url": "/tasks?status=weird", "name": "bad enum in list"},
    {"method": "GET", "url": "/tasks/2"},
    {"method": "GET", "url": "/tasks/99"},
    {"method": "PATCH", "url": "/tasks/2", "json": {"status": "done"}},
    {"method": "PATCH", "url": "/tasks/2", "json": {"status": "open"}, "name": "422 with extra"},
    {"method": "PATCH", "url": "/tasks/3", "json": {"assignee": "cy"}},
    {"method": "PATCH", "url": "/tasks/3", "json": {"status": "later"}, "name": "bad enum in body"},
    {"method": "GET", "url": "/tasks?status=done"},
    {"method": "GET", "url": "/events"},
]
