"""The deprecated `litestar.contrib.jwt` paths: same objects, with a DeprecationWarning."""

from __future__ import annotations

import importlib

import litestar.security.jwt as target
import pytest

MODULES = {
    "litestar.contrib.jwt": target.__all__,
    "litestar.contrib.jwt.jwt_auth": (
        "BaseJWTAuth",
        "JWTAuth",
        "JWTCookieAuth",
        "OAuth2Login",
        "OAuth2PasswordBearerAuth",
    ),
    "litestar.contrib.jwt.jwt_token": ("Token",),
    "litestar.contrib.jwt.middleware": ("JWTAuthenticationMiddleware", "JWTCookieAuthenticationMiddleware"),
}


@pytest.mark.parametrize(("module_name", "names"), MODULES.items())
def test_contrib_names_warn_and_resolve_to_security_jwt(module_name: str, names: tuple[str, ...]) -> None:
    """Each name resolves to the litestar.security.jwt object after a DeprecationWarning."""
    module = importlib.import_module(module_name)
    assert tuple(module.__all__) == tuple(names)
    for name in names:
        with pytest.warns(DeprecationWarning, match="importing from 'litestar.contrib.jwt' is deprecated"):
            assert getattr(module, name) is getattr(target, name)
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        module.Nope  # noqa: B018
