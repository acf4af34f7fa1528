"""The JWT configs: token issuing, login responses, middleware wiring and app installation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import jwt
import pytest
from _security_apps import SECRET, USERS, build_app, retrieve_user
from litestar import Litestar, Request, get, post
from litestar.config.app import AppConfig
from litestar.connection import ASGIConnection
from litestar.middleware import DefineMiddleware
from litestar.security.jwt import (
    JWTAuth,
    JWTAuthenticationMiddleware,
    JWTCookieAuth,
    JWTCookieAuthenticationMiddleware,
    OAuth2Login,
    OAuth2PasswordBearerAuth,
    Token,
)
from litestar.testing import TestClient


@pytest.fixture(params=["header", "cookie", "oauth2"])
def auth(request: pytest.FixtureRequest) -> Any:
    """Each JWT backend, configured alike."""
    if request.param == "header":
        return JWTAuth[Any](token_secret=SECRET, retrieve_user_handler=retrieve_user)
    if request.param == "cookie":
        return JWTCookieAuth[Any](token_secret=SECRET, retrieve_user_handler=retrieve_user)
    return OAuth2PasswordBearerAuth[Any](
        token_secret=SECRET, token_url="/login", retrieve_user_handler=retrieve_user
    )


def test_create_token_sets_the_claims(auth: Any) -> None:
    """create_token writes sub, exp (default one day), iss, aud, jti and extras."""
    encoded = auth.create_token(
        "alice", token_issuer="me", token_audience="api", token_unique_jwt_id="j1", token_extras={"r": 1}
    )
    claims = jwt.decode(encoded, SECRET, ["HS256"], audience="api")
    assert claims["sub"] == "alice"
    assert (claims["iss"], claims["aud"], claims["jti"], claims["extras"]) == ("me", "api", "j1", {"r": 1})
    assert claims["exp"] - claims["iat"] in (86400, 86401)
    short = jwt.decode(auth.create_token("bob", token_expiration=timedelta(minutes=5)), SECRET, ["HS256"])
    assert short["exp"] - short["iat"] in (300, 301)
    assert auth.format_auth_header("abc") == "Bearer abc"


def test_create_token_fills_custom_token_fields() -> None:
    """Keyword arguments of create_token fill the fields of a Token subclass."""

    @dataclass
    class RoleToken(Token):
        role: str = "user"

    auth = JWTAuth[Any, RoleToken](
        token_secret=SECRET, retrieve_user_handler=retrieve_user, token_cls=RoleToken
    )
    claims = jwt.decode(auth.create_token("alice", role="admin"), SECRET, ["HS256"])
    assert claims["role"] == "admin"


def test_login_responses_of_each_backend(auth: Any) -> None:
    """login: header always; body and cookie per backend; status, media type and body are options."""
    response = auth.login("alice")
    assert response.status_code == 201
    header = response.headers["Authorization"]
    assert header.startswith("Bearer ")
    token = header.removeprefix("Bearer ")
    if isinstance(auth, OAuth2PasswordBearerAuth):
        assert response.content == {
            "access_token": token,
            "token_type": "bearer",
            "refresh_token": None,
            "expires_in": 86400,
        }
    else:
        assert response.content is None
    cookies = {cookie.key: cookie for cookie in response.cookies}
    if isinstance(auth, JWTAuth):
        assert cookies == {}
    else:
        cookie = cookies["token"]
        assert (cookie.value, cookie.httponly, cookie.max_age, cookie.samesite) == (
            header,
            True,
            86400,
            "lax",
        )
    custom = auth.login(
        "alice", response_body={"ok": 1}, response_status_code=200, response_media_type="application/json"
    )
    assert (custom.status_code, custom.content, custom.media_type) == (200, {"ok": 1}, "application/json")
    toggled = auth.login("alice", send_token_as_response_body=not isinstance(auth, OAuth2PasswordBearerAuth))
    if isinstance(auth, OAuth2PasswordBearerAuth):
        assert toggled.content is None
    else:
        assert toggled.content == {"token": toggled.headers["Authorization"].removeprefix("Bearer ")}


def test_middleware_definition_carries_the_settings(auth: Any) -> None:
    """The DefineMiddleware of a config names its middleware class and passes every setting."""
    definition = auth.middleware
    assert isinstance(definition, DefineMiddleware)
    expected = JWTAuthenticationMiddleware if isinstance(auth, JWTAuth) else JWTCookieAuthenticationMiddleware
    assert definition.middleware is expected
    kwargs = definition.kwargs
    assert kwargs["exclude_http_methods"] == ["OPTIONS", "HEAD"]
    assert kwargs["exclude_opt_key"] == "exclude_from_auth"
    assert kwargs["token_secret"] == SECRET
    assert "verification_keys" not in kwargs
    if not isinstance(auth, JWTAuth):
        assert kwargs["auth_cookie_key"] == "token"
    assert auth.security_requirement == {"BearerToken": []}


def test_sync_retrieve_user_handler_is_wrapped_once() -> None:
    """A synchronous retrieve_user_handler works (run in a thread) through the middleware."""

    def sync_user(token: Token, connection: ASGIConnection) -> Any:
        return USERS.get(token.sub)

    auth = JWTAuth[Any](token_secret=SECRET, retrieve_user_handler=sync_user)
    with TestClient(build_app(auth)) as client:
        response = client.get("/me", headers={"Authorization": f"Bearer {auth.create_token('bob')}"})
    assert response.json() == {"user": USERS["bob"], "sub": "bob"}


def test_on_app_init_installs_middleware_guards_dependencies_and_handlers() -> None:
    """on_app_init puts the auth middleware first and adds guards, dependencies and route handlers."""

    def guard(connection: ASGIConnection, handler: Any) -> None:
        return None

    @get("/extra", exclude_from_auth=True)
    async def extra() -> str:
        return "extra"

    first = DefineMiddleware(JWTAuthenticationMiddleware)
    auth = JWTAuth[Any](
        token_secret=SECRET,
        retrieve_user_handler=retrieve_user,
        guards=[guard],
        route_handlers=[extra],
        dependencies={"dep": object()},
    )
    config = AppConfig(middleware=[first], openapi_config=None)
    assert auth.on_app_init(config) is config
    assert config.middleware[1] is first
    assert config.middleware[0].middleware is JWTAuthenticationMiddleware
    assert config.guards == [guard]
    assert list(config.dependencies) == ["dep"]
    assert config.route_handlers == [extra]


def test_create_response_uses_the_config_type_encoders() -> None:
    """Login responses serialise with the config's type encoders."""

    class Money:
        def __init__(self, cents: int) -> None:
            self.cents = cents

    auth = JWTAuth[Any](
        token_secret=SECRET,
        retrieve_user_handler=retrieve_user,
        type_encoders={Money: lambda m: m.cents / 100},
    )

    @post("/login", exclude_from_auth=True)
    async def login() -> Any:
        return auth.login("alice", response_body={"balance": Money(1234)})

    with TestClient(build_app(auth, login)) as client:
        assert client.post("/login").json() == {"balance": 12.34}


def test_exclude_http_methods_none_authenticates_options() -> None:
    """With exclude_http_methods=None even OPTIONS needs a token."""
    auth = JWTAuth[Any](token_secret=SECRET, retrieve_user_handler=retrieve_user, exclude_http_methods=None)
    with TestClient(build_app(auth)) as client:
        assert client.options("/me").status_code == 401


def test_custom_token_class_decoding_is_used_as_is() -> None:
    """A token class overriding decode is called on every request (no caching of its results)."""
    calls: list[str] = []

    @dataclass
    class CountingToken(Token):
        @classmethod
        def decode(cls, encoded_token: str, secret: str, algorithm: str, **kwargs: Any) -> Any:  # type: ignore[override]
            calls.append(encoded_token)
            return super().decode(encoded_token, secret, algorithm, **kwargs)

    auth = JWTAuth[Any, CountingToken](
        token_secret=SECRET, retrieve_user_handler=retrieve_user, token_cls=CountingToken
    )
    token = auth.create_token("alice")
    with TestClient(build_app(auth)) as client:
        for _ in range(3):
            assert client.get("/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert len(calls) == 3


def test_cached_tokens_are_fresh_objects_and_expire() -> None:
    """Each request gets its own Token; a cached token stops working once it expires."""
    seen: list[Token] = []

    @get("/seen")
    async def record(request: Request[Any, Token, Any]) -> None:
        request.auth.extras["mutated"] = True
        seen.append(request.auth)

    auth = JWTAuth[Any](token_secret=SECRET, retrieve_user_handler=retrieve_user)
    token = auth.create_token("alice", token_extras={"k": 1})
    with TestClient(build_app(auth, record)) as client:
        for _ in range(2):
            assert client.get("/seen", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert seen[0] is not seen[1]
    assert seen[1].extras == {"k": 1, "mutated": True}
    middleware = JWTAuthenticationMiddleware(
        algorithm="HS256",
        app=build_app(auth),
        auth_header="Authorization",
        exclude=None,
        exclude_http_methods=None,
        exclude_opt_key="x",
        retrieve_user_handler=retrieve_user,
        scopes={"http"},  # type: ignore[arg-type]
        token_secret=SECRET,
    )
    cache = middleware._cache
    assert cache is not None
    cache.put(token, {"exp": 1, "sub": "alice"}, {"sub": "alice"}, {})
    assert cache.get(token) is None
    assert cache.get("unknown") is None


def test_the_cache_is_bounded() -> None:
    """The verified-claims cache drops its oldest entry when full."""
    from litestar.security.jwt._cache import VerifiedClaims

    cache = VerifiedClaims(verify_expiry=True, verify_not_before=True, max_size=2)
    far = {"exp": 4102444800}
    for name in ("a", "b", "c"):
        cache.put(name, far, {"sub": name}, {})
    assert cache.get("a") is None
    assert cache.get("b") == ({"sub": "b"}, {})
    cache.put("d", {"exp": 4102444800, "nbf": 4102444000}, {"sub": "d"}, {})
    assert cache.get("d") is None


def test_oauth2_login_dataclass() -> None:
    """OAuth2Login holds the RFC 6749 fields."""
    login = OAuth2Login(access_token="t", token_type="bearer")
    assert (login.refresh_token, login.expires_in) == (None, None)


def test_app_with_two_backends_answers_through_the_first_that_applies() -> None:
    """Two configs can share an app when their exclude patterns split the paths."""
    header = JWTAuth[Any](token_secret=SECRET, retrieve_user_handler=retrieve_user, exclude=["^/c/"])
    cookie = JWTCookieAuth[Any](token_secret=SECRET, retrieve_user_handler=retrieve_user, exclude=["^/me"])

    @get("/c/me")
    async def cookie_me(request: Request) -> Any:
        return request.user

    app = Litestar([cookie_me], on_app_init=[header.on_app_init, cookie.on_app_init], openapi_config=None)
    with TestClient(app) as client:
        client.cookies.set("token", f"Bearer {cookie.create_token('bob')}")
        assert client.get("/c/me").json() == USERS["bob"]
