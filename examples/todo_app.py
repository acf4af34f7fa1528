"""A small todo API on an in-memory store, written against the public Litestar 2.x API.

Run it with ``uv run python examples/todo_app.py`` (uvicorn on http://127.0.0.1:8000), or
with ``uv run uvicorn examples.todo_app:app``. Endpoints:

- ``GET /todos?done=true``: list todos, optionally filtered by their ``done`` flag
- ``POST /todos``: create a todo from ``{"title": ..., "done": ...}`` (201)
- ``GET /todos/{todo_id}``: read one todo (404 if unknown)
- ``PUT /todos/{todo_id}``: replace the title and done flag of a todo
- ``DELETE /todos/{todo_id}``: delete a todo (204)
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from litestar import Litestar, delete, get, post, put
from litestar.di import Provide
from litestar.exceptions import NotFoundException

__all__ = (
    "Todo",
    "TodoInput",
    "TodoStore",
    "app",
    "create_app",
    "create_todo",
    "delete_todo",
    "get_todo",
    "list_todos",
    "main",
    "update_todo",
)


@dataclass
class Todo:
    """A stored todo item."""

    id: int
    title: str
    done: bool = False


@dataclass
class TodoInput:
    """The request body for creating or replacing a todo."""

    title: str
    done: bool = False


class TodoStore:
    """An in-memory todo store; ids are assigned from a counter."""

    __slots__ = ("_items", "_next_id")

    def __init__(self) -> None:
        self._items: dict[int, Todo] = {}
        self._next_id = 1

    def list(self, done: bool | None = None) -> list[Todo]:
        """Return all todos in creation order, optionally only those with ``done``."""
        return [todo for todo in self._items.values() if done is None or todo.done is done]

    def get(self, todo_id: int) -> Todo:
        """Return one todo.

        Raises:
            NotFoundException: If there is no todo with this id.
        """
        try:
            return self._items[todo_id]
        except KeyError:
            raise NotFoundException(detail=f"Todo {todo_id} not found") from None

    def add(self, data: TodoInput) -> Todo:
        """Store a new todo and return it."""
        todo = Todo(id=self._next_id, title=data.title, done=data.done)
        self._items[todo.id] = todo
        self._next_id += 1
        return todo

    def replace(self, todo_id: int, data: TodoInput) -> Todo:
        """Replace the fields of an existing todo and return it."""
        todo = self.get(todo_id)
        todo.title = data.title
        todo.done = data.done
        return todo

    def remove(self, todo_id: int) -> None:
        """Delete an existing todo."""
        self.get(todo_id)
        del self._items[todo_id]


@get("/todos")
async def list_todos(store: TodoStore, done: bool | None = None) -> list[Todo]:
    """List todos; ``?done=true`` or ``?done=false`` filters them."""
    return store.list(done)


@post("/todos")
async def create_todo(store: TodoStore, data: TodoInput) -> Todo:
    """Create a todo."""
    return store.add(data)


@get("/todos/{todo_id:int}")
async def get_todo(store: TodoStore, todo_id: int) -> Todo:
    """Read one todo."""
    return store.get(todo_id)


@put("/todos/{todo_id:int}")
async def update_todo(store: TodoStore, todo_id: int, data: TodoInput) -> Todo:
    """Replace a todo's title and done flag."""
    return store.replace(todo_id, data)


@delete("/todos/{todo_id:int}")
async def delete_todo(store: TodoStore, todo_id: int) -> None:
    """Delete a todo."""
    store.remove(todo_id)


def create_app(store: TodoStore | None = None) -> Litestar:
    """Build the todo app around ``store`` (a fresh empty store by default)."""
    the_store = TodoStore() if store is None else store

    async def provide_store() -> TodoStore:
        return the_store

    return Litestar(
        route_handlers=[list_todos, create_todo, get_todo, update_todo, delete_todo],
        dependencies={"store": Provide(provide_store)},
    )


app = create_app()


def main(argv: list[str] | None = None) -> None:
    """Serve ``app`` with uvicorn (``--host`` and ``--port`` default to 127.0.0.1:8000)."""
    import uvicorn

    parser = argparse.ArgumentParser(description="Serve the todo example app with uvicorn.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    uvicorn.run(app, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
