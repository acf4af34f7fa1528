"""Data transfer objects: shape models on the wire (exclude, rename, nest, partial)."""

from litestar.dto._piece import DTOPiece
from litestar.dto.base_dto import AbstractDTO
from litestar.dto.config import DTOConfig
from litestar.dto.data_structures import DTOData, DTOFieldDefinition
from litestar.dto.dataclass_dto import DataclassDTO
from litestar.dto.field import DTOField, Mark, dto_field
from litestar.dto.msgspec_dto import MsgspecDTO
from litestar.dto.types import RenameStrategy

__all__ = (
    "AbstractDTO",
    "DTOConfig",
    "DTOData",
    "DTOField",
    "DTOFieldDefinition",
    "DTOPiece",
    "DataclassDTO",
    "Mark",
    "MsgspecDTO",
    "RenameStrategy",
    "dto_field",
)
