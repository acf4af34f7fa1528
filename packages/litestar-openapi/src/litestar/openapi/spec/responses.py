"""``Responses``: status code -> documented response."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from litestar.openapi.spec.reference import Reference
    from litestar.openapi.spec.response import OpenAPIResponse

__all__ = ("Responses",)

Responses = dict[str, Union["OpenAPIResponse", "Reference"]]
"""Status code as a string (``"200"``) -> the response."""
