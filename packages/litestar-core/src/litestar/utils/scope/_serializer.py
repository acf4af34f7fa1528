"""The serializer of the route handling a connection."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from litestar.types._callables import Serializer
    from litestar.types.asgi_types import Scope

__all__ = ("get_serializer_from_scope",)


def get_serializer_from_scope(scope: Scope) -> Serializer:
    """Return the serializer applying the type encoders of the scope's route handler.

    The handler's ``resolve_type_encoders()`` is used when it exists (it merges the
    layers up to the app); otherwise the app's ``type_encoders``.

    Args:
        scope: The ASGI scope of a routed connection.

    Returns:
        A serializer for :func:`~litestar.serialization.encode_json`.
    """
    # NOTE: imported here because serialization sits above utils on the import ladder.
    from litestar.serialization.msgspec_hooks import get_serializer

    route_handler = scope["route_handler"]
    resolve = getattr(route_handler, "resolve_type_encoders", None)
    if resolve is not None:
        return get_serializer(resolve())
    app = scope.get("litestar_app") or scope.get("app")
    return get_serializer(getattr(app, "type_encoders", None))
