"""The 2.17 SQLAlchemy paths hand over to advanced-alchemy; apps run on real SQLite."""

from __future__ import annotations

import importlib
import warnings
from pathlib import Path

import pytest
from litestar import Litestar, get, post
from litestar.plugins.sqlalchemy import (
    SQLAlchemyDTO,
    SQLAlchemyInitPlugin,
    SQLAlchemyPlugin,
    SQLAlchemySerializationPlugin,
    SQLAlchemySyncConfig,
)
from litestar.testing import TestClient
from sqlalchemy import select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

HANDOVER_MODULES = [
    "litestar.plugins.sqlalchemy",
    "litestar.contrib.sqlalchemy",
    "litestar.contrib.sqlalchemy.base",
    "litestar.contrib.sqlalchemy.dto",
    "litestar.contrib.sqlalchemy.plugins",
    "litestar.contrib.sqlalchemy.plugins.init",
    "litestar.contrib.sqlalchemy.plugins.init.config",
    "litestar.contrib.sqlalchemy.plugins.init.config.asyncio",
    "litestar.contrib.sqlalchemy.plugins.init.config.common",
    "litestar.contrib.sqlalchemy.plugins.init.config.compat",
    "litestar.contrib.sqlalchemy.plugins.init.config.engine",
    "litestar.contrib.sqlalchemy.plugins.init.config.sync",
    "litestar.contrib.sqlalchemy.plugins.init.plugin",
    "litestar.contrib.sqlalchemy.plugins.serialization",
    "litestar.contrib.sqlalchemy.repository",
    "litestar.contrib.sqlalchemy.repository.types",
    "litestar.contrib.sqlalchemy.types",
    "litestar.contrib.repository",
    "litestar.contrib.repository.abc",
    "litestar.contrib.repository.exceptions",
    "litestar.contrib.repository.filters",
    "litestar.contrib.repository.handlers",
    "litestar.contrib.repository.testing",
]


@pytest.mark.parametrize("module_name", HANDOVER_MODULES)
def test_every_2_17_name_resolves(module_name: str) -> None:
    """Each name of the module's ``__all__`` imports (deprecated ones with a DeprecationWarning)."""
    module = importlib.import_module(module_name)
    for name in module.__all__:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            value = getattr(module, name)
        assert value is not None
        deprecated = [w for w in caught if issubclass(w.category, DeprecationWarning)]
        if module_name.startswith("litestar.contrib."):
            assert deprecated, f"{module_name}.{name} should warn"
            assert f"{module_name}.{name}" in str(deprecated[0].message)
    with pytest.raises(AttributeError, match="has no attribute 'nothing'"):
        module.nothing  # noqa: B018


def test_plugin_paths_are_the_advanced_alchemy_objects() -> None:
    """``litestar.plugins.sqlalchemy`` gives advanced-alchemy's classes, undeprecated."""
    from advanced_alchemy.extensions import litestar as aa

    assert SQLAlchemyPlugin is aa.SQLAlchemyPlugin
    assert SQLAlchemyDTO is aa.SQLAlchemyDTO


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str]
    secret: Mapped[str] = mapped_column(default="s")


class NoteDTO(SQLAlchemyDTO[Note]):
    pass


@post("/notes", dto=NoteDTO, sync_to_thread=False)
def add_note(data: Note, db_session: Session) -> Note:
    db_session.add(data)
    db_session.flush()
    return data


@get("/notes", sync_to_thread=False)
def list_notes(db_session: Session) -> list[Note]:
    return list(db_session.scalars(select(Note).order_by(Note.id)))


def test_sync_config_on_a_sqlite_file_with_the_serialization_plugin(tmp_path: Path) -> None:
    """The stdlib sqlite driver, a sync session per request, and models encoded by the plugin's DTO."""
    config = SQLAlchemySyncConfig(
        connection_string=f"sqlite:///{tmp_path / 'notes.sqlite'}",
        metadata=Base.metadata,
        create_all=True,
        before_send_handler="autocommit",
    )
    app = Litestar(
        [add_note, list_notes],
        plugins=[SQLAlchemyInitPlugin(config=config), SQLAlchemySerializationPlugin()],
        on_shutdown=[lambda: config.get_engine().dispose()],
    )
    with TestClient(app) as client:
        created = client.post("/notes", json={"id": 1, "text": "hello"})
        assert created.status_code == 201
        assert created.json() == {"id": 1, "text": "hello", "secret": "s"}
        assert client.post("/notes", json={"nope": 1}).status_code == 400
        assert client.get("/notes").json() == [{"id": 1, "text": "hello", "secret": "s"}]
