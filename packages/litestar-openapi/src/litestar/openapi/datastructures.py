"""``ResponseSpec``: an additional documented response of a handler (``responses={404: ...}``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from litestar.enums import MediaType

if TYPE_CHECKING:
    from litestar.openapi.spec import Example

__all__ = ("ResponseSpec",)


@dataclass
class ResponseSpec:
    """Documents one more response of an operation, keyed by its status code.

    Several specs for one status code are not possible in this mapping; to document
    alternatives, give ``data_container`` a union type (rendered as ``oneOf``).
    """

    data_container: Any
    """The type of the response body (a dataclass, struct, model...), or ``None`` for no body."""
    generate_examples: bool = field(default=True)
    """Whether to generate examples (example generation is not supported; see the docs)."""
    description: str = field(default="Additional response")
    """Description of the response."""
    media_type: MediaType | str = field(default=MediaType.JSON)
    """Media type of the response body."""
    examples: list[Example] | None = field(default=None)
    """Examples of the response body."""
