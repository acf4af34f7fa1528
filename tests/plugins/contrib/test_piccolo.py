"""``litestar.contrib.piccolo``: the 2.17 ``PiccoloDTO`` over piccolo tables on SQLite."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, List, Optional, get_args  # noqa: UP035

import msgspec
import pytest
from litestar import Litestar, get, patch, post
from litestar.contrib import piccolo as contrib_piccolo
from litestar.contrib.piccolo import PiccoloDTO
from litestar.dto import AbstractDTO, DTOConfig, DTOData, Mark
from litestar.exceptions import LitestarWarning
from litestar.testing import TestClient
from litestar.types.empty import Empty
from litestar.typing import FieldDefinition
from piccolo.columns import JSON, Array, Integer, Numeric, Secret, Text, Timestamp, Varchar
from piccolo.engine.sqlite import SQLiteEngine
from piccolo.table import Table


class Genre(str, Enum):
    rock = "r"
    jazz = "j"


class Band(Table):
    name = Varchar(length=10, required=True, help_text="What the band is called")
    genre = Varchar(choices=Genre, required=True)
    popularity = Integer(required=True)
    token = Secret(required=True)
    notes = Text(null=True)
    rating = Numeric(digits=(4, 1), null=True)
    formed = Timestamp(null=True)
    members = Array(base_column=Varchar(), null=True)
    extra = JSON(null=True)


class Loose(Table):
    label = Varchar(length=5)


def _fields(model: type[Table]) -> dict[str, Any]:
    return {f.name: f for f in PiccoloDTO.generate_field_definitions(model)}


def test_the_module_exposes_what_2_17_exposes() -> None:
    """The path holds ``PiccoloDTO``, an ``AbstractDTO`` that finds nested tables."""
    assert contrib_piccolo.__all__ == ("PiccoloDTO",)
    assert issubclass(PiccoloDTO, AbstractDTO)
    assert PiccoloDTO.detect_nested_field(FieldDefinition.from_annotation(Band))
    assert not PiccoloDTO.detect_nested_field(FieldDefinition.from_annotation(int))


def test_columns_become_fields_as_in_2_17() -> None:
    """Types, marks, defaults and extras follow the columns."""
    fields = _fields(Band)
    assert list(fields) == [
        "id",
        "name",
        "genre",
        "popularity",
        "token",
        "notes",
        "rating",
        "formed",
        "members",
        "extra",
    ]
    assert fields["id"].dto_field.mark is Mark.READ_ONLY
    assert fields["id"].default is None
    assert get_args(fields["id"].raw)[0] == Optional[int]  # noqa: UP045
    name_type, name_meta = get_args(fields["name"].raw)
    assert name_type is str
    assert name_meta.max_length == 10
    assert name_meta.extra == {"description": "What the band is called"}
    assert fields["name"].default is Empty
    assert get_args(fields["genre"].raw)[1].extra["enum"] == {
        "rock": {"display_name": "Rock", "value": "r"},
        "jazz": {"display_name": "Jazz", "value": "j"},
    }
    assert fields["token"].dto_field.mark is Mark.WRITE_ONLY
    assert fields["notes"].raw == Annotated[Optional[str], msgspec.Meta(extra={"format": "text-area"})]  # noqa: UP045
    assert fields["notes"].default is None
    assert get_args(fields["rating"].raw)[0] == Optional[Decimal]  # noqa: UP045
    assert get_args(fields["formed"].raw)[0] == Optional[datetime]  # noqa: UP045
    assert get_args(fields["members"].raw)[0] == Optional[List[str]]  # noqa: UP006, UP045
    assert fields["extra"].raw == Annotated[Optional[str], msgspec.Meta(extra={"format": "json"})]  # noqa: UP045


def test_an_optional_varchar_drops_its_length_with_a_warning() -> None:
    """A column that is not required cannot keep ``max_length``; 2.17 says so."""
    with pytest.warns(
        LitestarWarning, match=r"Dropping max_length constraint for column Loose.label - Varchar"
    ):
        fields = _fields(Loose)
    assert fields["label"].raw == Annotated[Optional[str], msgspec.Meta(extra={})]  # noqa: UP045


@pytest.fixture
def database(tmp_path: Path) -> Iterator[SQLiteEngine]:
    engine = SQLiteEngine(path=str(tmp_path / "bands.sqlite"))
    Band._meta.db = engine
    Band.create_table().run_sync()
    yield engine
    Band._meta._db = None


class WriteDTO(PiccoloDTO[Band]):
    config = DTOConfig(exclude={"extra"})


class ReadDTO(PiccoloDTO[Band]):
    config = DTOConfig(rename_strategy="camel", exclude={"members"})


class PatchDTO(PiccoloDTO[Band]):
    config = DTOConfig(partial=True)


@post("/bands", dto=WriteDTO, return_dto=ReadDTO)
async def create_band(data: Band) -> Band:
    await data.save()
    return data


@get("/bands", return_dto=ReadDTO)
async def list_bands() -> list[Band]:
    return await Band.objects().order_by(Band.id)


@patch("/bands/{band_id:int}", dto=PatchDTO, return_dto=ReadDTO)
async def update_band(band_id: int, data: DTOData[Band]) -> Band:
    band = await Band.objects().get(Band.id == band_id)
    band = data.update_instance(band)
    await band.save()
    return band


def test_tables_round_trip_through_sqlite(database: SQLiteEngine) -> None:
    """Rows are written from DTO bodies, read back through a read DTO and patched partially."""
    body = {"name": "Kraan", "genre": "j", "popularity": 3, "token": "s3cret", "rating": "7.5", "id": 99}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        app = Litestar([create_band, list_bands, update_band])
    with TestClient(app) as client:
        created = client.post("/bands", json=body)
        assert created.status_code == 201, created.text
        assert created.json() == {
            "id": 1,
            "name": "Kraan",
            "genre": "j",
            "popularity": 3,
            "notes": None,
            "rating": "7.5",
            "formed": None,
            "extra": "{}",
        }
        # Deliberately stricter than 2.17, which declares the length and does not check it.
        assert client.post("/bands", json={**body, "name": "far too long a name"}).status_code == 400
        assert client.post("/bands", json={"genre": "r"}).status_code == 400
        patched = client.patch("/bands/1", json={"popularity": 9, "notes": "live"})
        assert patched.status_code == 200, patched.text
        assert patched.json()["popularity"] == 9
        assert patched.json()["notes"] == "live"
        assert patched.json()["name"] == "Kraan"
        assert client.get("/bands").json() == [patched.json()]
    stored = Band.select(Band.token, Band.popularity).first().run_sync()
    assert stored == {"token": "s3cret", "popularity": 9}
