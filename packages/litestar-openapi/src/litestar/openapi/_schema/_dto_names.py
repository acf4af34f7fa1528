"""Component names of DTO transfer types, as Litestar 2.17 gives them.

A DTO describes a handler's ``data`` or return value with a generated transfer type per
model (and per nested model). Its component is named after the handler's function and the
model's place in the tree: ``CreateUserUserRequestBody`` for the body of ``create_user``,
``CreateUserUserAddressRequestBody`` for the nested ``address: Address``, and
``CreateUserUser_0AddressRequestBody`` for an ``Address`` inside a generic field (``_0`` is
the position of the type argument). When that name is taken, the handler's qualified name
replaces the function name (``app.users.UserController.create_userUserRequestBody``), then a
counter is added. Names are assigned per document, in the order handlers are documented,
so an unrelated handler never renames another's components.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ("TransferNaming", "transfer_model_name")

_TRANSFER_NAME = re.compile(r"^(?P<model>\w+?)(?:Request|Response)Body\d+$")


def transfer_model_name(annotation: Any) -> str | None:
    """The model name of a DTO transfer type (``UserRequestBody3`` -> ``User``), else ``None``.

    Args:
        annotation: Any annotation.

    Returns:
        The model's class name when ``annotation`` is a generated transfer struct.
    """
    name = getattr(annotation, "__name__", None)
    if not isinstance(name, str) or not isinstance(annotation, type):
        return None
    match = _TRANSFER_NAME.match(name)
    return match.group("model") if match else None


def _camelize(value: str) -> str:
    return "".join(part.capitalize() for part in value.split("_") if part)


class TransferNaming:
    """The handler and direction whose DTO is being described.

    Args:
        fn: The handler's function (or callable).
        inbound: Whether the DTO describes the request body.
    """

    __slots__ = ("long_prefix", "short_prefix", "suffix")

    def __init__(self, fn: Any, *, inbound: bool) -> None:
        named = fn if hasattr(fn, "__qualname__") else type(fn)
        self.short_prefix = _camelize(str(getattr(named, "__name__", "")))
        self.long_prefix = f"{named.__module__}.{named.__qualname__}"
        self.suffix = "RequestBody" if inbound else "ResponseBody"

    def candidates(self, path: str) -> tuple[str, str]:
        """The preferred and the fallback name of the transfer type at ``path``.

        Args:
            path: The model's place, e.g. ``User`` or ``User_0Address``.

        Returns:
            ``(short, long)`` titles; the component name is the title without
            ``<locals>.`` (as 2.17 names them).
        """
        return f"{self.short_prefix}{path}{self.suffix}", f"{self.long_prefix}{path}{self.suffix}"
