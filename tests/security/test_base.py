"""AbstractSecurityConfig: what every config shares, and its OpenAPI wiring without litestar-openapi."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from _security_apps import SECRET, retrieve_user
from litestar.config.app import AppConfig
from litestar.exceptions import MissingDependencyException
from litestar.security import AbstractSecurityConfig
from litestar.security._openapi import add_security_to_openapi
from litestar.security.jwt import JWTAuth, OAuth2PasswordBearerAuth


def test_abstract_config_requires_the_three_properties() -> None:
    """A config must implement openapi_components, security_requirement and middleware."""
    assert AbstractSecurityConfig.__abstractmethods__ == frozenset(
        {"openapi_components", "security_requirement", "middleware"}
    )
    with pytest.raises(TypeError):
        AbstractSecurityConfig()  # type: ignore[abstract]


@pytest.mark.parametrize("prop", ["openapi_components", "oauth_flow"])
def test_openapi_parts_name_the_missing_distribution(monkeypatch: pytest.MonkeyPatch, prop: str) -> None:
    """Without litestar-openapi, asking for the security scheme names the distribution."""
    monkeypatch.setitem(sys.modules, "litestar.openapi.spec", None)
    auth = OAuth2PasswordBearerAuth[Any](
        token_secret=SECRET, token_url="/t", retrieve_user_handler=retrieve_user
    )
    with pytest.raises(MissingDependencyException, match="pip install litestar-openapi"):
        getattr(auth, prop)


def test_on_app_init_leaves_an_app_without_openapi_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no OpenAPI piece, the default OpenAPI marker passes through untouched."""
    monkeypatch.setitem(sys.modules, "litestar.openapi", None)
    marker = object()
    config = AppConfig(openapi_config=marker)
    JWTAuth[Any](token_secret=SECRET, retrieve_user_handler=retrieve_user).on_app_init(config)
    assert config.openapi_config is marker
    assert add_security_to_openapi(None, lambda: 1, lambda: 2) is None


class _OpenAPIConfig:
    def __init__(self, components: Any = None, security: Any = None) -> None:
        self.components = components
        self.security = security


@pytest.mark.parametrize(
    ("components", "security", "expected_components", "expected_security"),
    [
        (None, None, ["new"], [{"req": []}]),
        ("old", [{"x": []}], ["new", "old"], [{"x": []}, {"req": []}]),
        (["a", "b"], None, ["a", "b", "new"], [{"req": []}]),
    ],
)
def test_security_is_added_to_a_copy_of_the_openapi_config(
    components: Any, security: Any, expected_components: list[Any], expected_security: list[Any]
) -> None:
    """The scheme is appended to the components and the requirement to `security`, on a copy."""
    original = _OpenAPIConfig(components, security)
    updated = add_security_to_openapi(original, lambda: "new", lambda: {"req": []})
    assert updated is not original
    assert updated.components == expected_components
    assert updated.security == expected_security
    assert original.components == components
