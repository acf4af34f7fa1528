"""The three-step argument API of 2.17's kwargs and signature models, over one plan.

Kept for third-party packages: litestar-mcp calls a handler outside a request by
``model = handler.create_kwargs_model(path_parameters=...)``, then
``kwargs = await model.to_kwargs(connection)``,
``async with await model.resolve_dependencies(connection, kwargs)`` and
``handler.signature_model.parse_values_from_connection_kwargs(connection, kwargs)``.
Ours compiles one plan that does all of it in :meth:`KwargsPlan.resolve` (and
``signature_model`` is that plan), so ``to_kwargs`` runs the whole plan once; the other
two steps hand out what it produced: the generator dependencies to finalise and the
handler's arguments. The observable difference: dependencies run in ``to_kwargs``.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from litestar.connection.base import ASGIConnection
    from litestar.types.asgi_types import Scope

__all__ = ("KwargsModelAPI",)


class _ResolvedKwargs(dict[str, Any]):
    """The handler's arguments, with the cleanups of the generator dependencies that made them."""

    __slots__ = ("cleanups",)

    def __init__(self, values: dict[str, Any], cleanups: list[Any]) -> None:
        super().__init__(values)
        self.cleanups = cleanups


class KwargsModelAPI:
    """``to_kwargs``, ``resolve_dependencies`` and ``parse_values_from_connection_kwargs``."""

    __slots__ = ()

    dependency_plan: Any

    async def resolve(self, scope: Scope, request: Any, cleanups: list[Any] | None) -> dict[str, Any]:
        raise NotImplementedError  # pragma: no cover

    async def to_kwargs(self, connection: ASGIConnection[Any, Any, Any, Any]) -> dict[str, Any]:
        """Every argument of the handler for ``connection``, converted and validated.

        Raises:
            ValidationException: If a value is missing or does not convert.
        """
        cleanups: list[Any] = []
        values = await self.resolve(connection.scope, connection, cleanups)
        return _ResolvedKwargs(values, cleanups)

    async def resolve_dependencies(
        self, connection: ASGIConnection[Any, Any, Any, Any], kwargs: dict[str, Any]
    ) -> Any:
        """An async context manager finalising the generator dependencies behind ``kwargs``.

        An exception leaving the ``async with`` block is thrown into them, as in a request.
        """
        return self._cleanup_group(getattr(kwargs, "cleanups", None))

    @asynccontextmanager
    async def _cleanup_group(self, cleanups: list[Any] | None) -> AsyncIterator[None]:
        plan = self.dependency_plan
        if plan is None or not cleanups:
            yield
            return
        try:
            yield
        except BaseException as exc:
            await plan.finalize(cleanups, exc)
            raise
        await plan.finalize(cleanups, None)

    def parse_values_from_connection_kwargs(
        self, connection: ASGIConnection[Any, Any, Any, Any], kwargs: dict[str, Any]
    ) -> dict[str, Any]:
        """The handler's keyword arguments from what :meth:`to_kwargs` returned."""
        return dict(kwargs)
