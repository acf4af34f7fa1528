"""The deprecated ``StaticFilesConfig`` still serves files, with its warnings."""

from __future__ import annotations

from pathlib import Path

import pytest
from litestar import Litestar
from litestar.exceptions import ImproperlyConfiguredException, NoRouteMatchFoundException
from litestar.static_files import StaticFiles, StaticFilesConfig
from litestar.testing import TestClient


@pytest.fixture
def directory(tmp_path: Path) -> Path:
    (tmp_path / "app.css").write_text("body{}")
    (tmp_path / "index.html").write_text("home")
    return tmp_path


def make_config(directory: Path, **kwargs: object) -> StaticFilesConfig:
    with pytest.warns(DeprecationWarning, match="StaticFilesConfig"):
        return StaticFilesConfig(path="/s", directories=[directory], name="assets", **kwargs)  # type: ignore[arg-type]


def test_construction_warns_and_the_app_serves_files(directory: Path) -> None:
    config = make_config(directory)
    with pytest.warns(DeprecationWarning, match="copy_scope"):
        app = Litestar(static_files_config=[config])
    assert app.static_files_config == [config]
    with TestClient(app) as client:
        assert client.get("/s/app.css").text == "body{}"
        assert client.head("/s/app.css").content == b""
        missing = client.get("/s/nope/")
        assert missing.status_code == 404
        assert missing.json()["detail"] == "no file or directory match the path nope was found"
        assert client.post("/s/app.css").status_code == 405


def test_html_mode_serves_the_index(directory: Path) -> None:
    config = make_config(directory, html_mode=True)
    with pytest.warns(DeprecationWarning, match="deprecated|copy_scope"):
        app = Litestar(static_files_config=[config])
    with TestClient(app) as client:
        assert client.get("/s").text == "home"


def test_url_for_static_asset(directory: Path) -> None:
    with pytest.warns(DeprecationWarning, match="deprecated|copy_scope"):
        app = Litestar(static_files_config=[make_config(directory)])
    with pytest.warns(DeprecationWarning, match="url_for_static_asset"):
        assert app.url_for_static_asset("assets", "css/app.css") == "/s/css/app.css"


def test_url_for_static_asset_rejects_other_handlers(directory: Path) -> None:
    from litestar import get

    @get("/x", name="plain")
    async def plain() -> None:
        return None

    app = Litestar([plain])
    with (
        pytest.warns(DeprecationWarning, match="deprecated|copy_scope"),
        pytest.raises(NoRouteMatchFoundException, match="not a static files handler"),
    ):
        app.url_for_static_asset("plain", "a.css")


def test_to_static_files_app_wraps_static_files(directory: Path) -> None:
    config = make_config(directory)
    handler = config.to_static_files_app()  # the 'copy_scope' warning comes when an app registers it
    assert handler.is_static
    assert isinstance(handler.fn, StaticFiles)


def test_invalid_config_fails_fast() -> None:
    with (
        pytest.warns(DeprecationWarning, match="deprecated|copy_scope"),
        pytest.raises(ImproperlyConfiguredException),
    ):
        StaticFilesConfig(path="/s", directories=[])
