"""The entry point object of ``litestar-dto`` (``dto`` in group ``litestar.plugins``)."""

from __future__ import annotations

__all__ = ("DTOPiece",)


class DTOPiece:
    """Advertises litestar-dto to core.

    Core applies DTOs through their public API (``create_for_field_definition`` at
    startup, ``decode_bytes``/``data_to_encodable_type`` per request); it loads this
    object only to check, at construction, that ``dto=``/``return_dto=`` can be served.
    """

    name = "litestar-dto"
