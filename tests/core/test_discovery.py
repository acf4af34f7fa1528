"""Finding the optional pieces through the ``litestar.plugins`` entry points."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest
from litestar import _discovery
from litestar.exceptions import MissingDependencyException


@pytest.fixture
def fake_entry_points(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[str, EntryPoint]]:
    """Replace the installed entry points with a controllable set (load cache cleared)."""
    (tmp_path / "h5_broken_piece.py").write_text("import h5_missing_transitive_dependency\n")
    (tmp_path / "h5_good_piece.py").write_text("class Plugin:\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    points: dict[str, EntryPoint] = {}
    monkeypatch.setattr(_discovery, "_entry_points", lambda: points)
    # Route first-party pieces through the (fake) entry points too.
    monkeypatch.setattr(_discovery, "_FIRST_PARTY_OBJECTS", {})
    _discovery.load_piece.cache_clear()
    yield points
    _discovery.load_piece.cache_clear()
    for name in ("h5_broken_piece", "h5_good_piece"):
        sys.modules.pop(name, None)


def _entry_point(name: str, value: str) -> EntryPoint:
    return EntryPoint(name=name, value=value, group=_discovery.ENTRY_POINT_GROUP)


def test_installed_workspace_pieces_are_found() -> None:
    assert {"di", "testing"} <= _discovery.installed_pieces()


def test_load_piece_returns_the_entry_point_object_and_caches_it(
    fake_entry_points: dict[str, EntryPoint],
) -> None:
    fake_entry_points["good"] = _entry_point("good", "h5_good_piece:Plugin")
    loaded = _discovery.load_piece("good")
    assert loaded.__name__ == "Plugin"
    assert _discovery.load_piece("good") is loaded


def test_missing_piece_names_the_distribution(fake_entry_points: dict[str, EntryPoint]) -> None:
    with pytest.raises(MissingDependencyException) as info:
        _discovery.load_piece("dto")
    assert str(info.value) == "litestar.dto needs the litestar-dto distribution: pip install litestar-dto"
    assert isinstance(info.value, ImportError)


def test_require_piece_names_the_feature(fake_entry_points: dict[str, EntryPoint]) -> None:
    with pytest.raises(
        MissingDependencyException,
        match=r"^`dependencies=` needs the litestar-di distribution: pip install litestar-di$",
    ):
        _discovery.require_piece("di", feature="dependencies=")


@pytest.mark.parametrize(
    ("parameter", "distribution"),
    [
        ("cors_config", "litestar-middleware"),
        ("openapi_config", "litestar-openapi"),
        ("return_dto", "litestar-dto"),
    ],
)
def test_require_feature_maps_parameters_to_distributions(
    fake_entry_points: dict[str, EntryPoint], parameter: str, distribution: str
) -> None:
    with pytest.raises(
        MissingDependencyException, match=f"`{parameter}=` needs the {distribution} distribution"
    ):
        _discovery.require_feature(parameter)


def test_registered_but_absent_module_is_a_missing_piece(fake_entry_points: dict[str, EntryPoint]) -> None:
    fake_entry_points["ghost"] = _entry_point("ghost", "litestar.h5_ghost:Plugin")
    with pytest.raises(MissingDependencyException, match="pip install litestar-ghost"):
        _discovery.load_piece("ghost")


def test_broken_transitive_import_is_not_relabelled(fake_entry_points: dict[str, EntryPoint]) -> None:
    fake_entry_points["broken"] = _entry_point("broken", "h5_broken_piece:Plugin")
    with pytest.raises(ModuleNotFoundError) as info:
        _discovery.load_piece("broken")
    assert not isinstance(info.value, MissingDependencyException)
    assert info.value.name == "h5_missing_transitive_dependency"


def test_real_di_piece_loads() -> None:
    _discovery.load_piece.cache_clear()
    try:
        loaded = _discovery.require_piece("di", feature="dependencies=")
    except (ImportError, AttributeError):  # pragma: no cover - litestar-di not written yet
        pytest.skip("litestar.di has no DIPlugin yet")
    assert loaded.__name__ == "DIPlugin"


def test_import_piece_module(fake_entry_points: dict[str, EntryPoint]) -> None:
    assert _discovery.import_piece_module("h5_good_piece", "plugins").Plugin.__name__ == "Plugin"
    with pytest.raises(MissingDependencyException, match="pip install litestar-authentication"):
        _discovery.import_piece_module("litestar.h5_absent.sub", "security")
    with pytest.raises(ModuleNotFoundError, match="h5_missing_transitive_dependency"):
        _discovery.import_piece_module("h5_broken_piece", "plugins")


def test_security_names_of_litestar_middleware_need_litestar_authentication() -> None:
    import litestar.middleware

    try:
        import litestar.middleware.authentication
    except ImportError:
        # An AttributeError (so hasattr() works) whose message names the distribution.
        with pytest.raises(AttributeError, match="pip install litestar-authentication") as info:
            litestar.middleware.AbstractAuthenticationMiddleware  # noqa: B018
        assert isinstance(info.value.__cause__, MissingDependencyException)
        assert not hasattr(litestar.middleware, "AuthenticationResult")
    else:  # pragma: no cover - depends on litestar-authentication being installed
        assert litestar.middleware.AuthenticationResult.__name__ == "AuthenticationResult"
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        litestar.middleware.Nope  # type: ignore[attr-defined]  # noqa: B018


def test_first_party_piece_missing_when_its_module_cannot_be_imported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A first-party piece is loaded by importing its module; absent module -> clear error."""
    _discovery.load_piece.cache_clear()
    monkeypatch.setitem(sys.modules, "litestar.di", None)
    try:
        with pytest.raises(MissingDependencyException, match="pip install litestar-di"):
            _discovery.require_piece("di", feature="dependencies=")
    finally:
        _discovery.load_piece.cache_clear()


def test_first_party_piece_loads_its_entry_point_object() -> None:
    """load_piece('di') returns the object the entry point advertises."""
    _discovery.load_piece.cache_clear()
    from litestar.di import DIPlugin

    assert _discovery.load_piece("di") is DIPlugin
