"""The attack battery: every hostile request is refused with 401/403 and nothing leaks.

Each test is one attack (or one family, parametrised). A refusal must be a 401 (or 403
for guards) with the framework's JSON error body and no token material, key or
traceback in it.
"""

from __future__ import annotations

import hmac
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from _security_apps import SECRET, USERS, b64url, build_app, hs256, make_token, raw_token, retrieve_user
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from litestar import Litestar, Request, get, post
from litestar.connection import ASGIConnection
from litestar.exceptions import PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.security.jwt import JWTAuth, JWTCookieAuth, Token
from litestar.testing import TestClient

REVOKED = {"revoked-jti"}


async def is_revoked(token: Token, connection: ASGIConnection) -> bool:
    return token.jti in REVOKED


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient[Litestar]]:
    auth = JWTAuth[Any](
        token_secret=SECRET,
        retrieve_user_handler=retrieve_user,
        revoked_token_handler=is_revoked,
        accepted_audiences=["api"],
        accepted_issuers=["issuer"],
    )
    with TestClient(build_app(auth)) as test_client:
        yield test_client


def _good(**claims: Any) -> str:
    return make_token(aud="api", iss="issuer", **claims)


def _assert_refused(response: Any, status: int = 401) -> None:
    assert response.status_code == status
    body = response.json()
    assert set(body) <= {"status_code", "detail", "extra"}
    assert body["status_code"] == status
    text = response.text
    assert SECRET not in text
    assert "Traceback" not in text
    assert not re.search(r"eyJ[A-Za-z0-9_-]+\.", text), "token material leaked"


def test_the_control_token_is_accepted(client: TestClient[Litestar]) -> None:
    """Sanity: the well-formed token the attacks start from is accepted."""
    response = client.get("/me", headers={"Authorization": f"Bearer {_good()}"})
    assert response.status_code == 200
    assert response.json() == {"user": USERS["alice"], "sub": "alice"}


@pytest.mark.parametrize("alg", ["none", "None", "NONE", "nOnE"])
def test_alg_none_is_refused(client: TestClient[Litestar], alg: str) -> None:
    """An unsigned token (`alg: none`, any casing) is refused."""
    now = int(time.time())
    token = raw_token(
        {"alg": alg, "typ": "JWT"},
        {"sub": "alice", "iat": now, "exp": now + 60, "aud": "api", "iss": "issuer"},
    )
    _assert_refused(client.get("/me", headers={"Authorization": f"Bearer {token}"}))
    _assert_refused(client.get("/me", headers={"Authorization": f"Bearer {token.rstrip('.')}"}))


def test_hs256_signed_with_the_rs256_public_key_is_refused() -> None:
    """Algorithm confusion: an HS256 token whose HMAC key is the RS256 public key is refused."""
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    auth = JWTAuth[Any](token_secret=private_pem, algorithm="RS256", retrieve_user_handler=retrieve_user)
    with TestClient(build_app(auth)) as test_client:
        legit = auth.create_token("alice")
        assert test_client.get("/me", headers={"Authorization": f"Bearer {legit}"}).status_code == 200
        now = int(time.time())
        header = b64url(b'{"alg":"HS256","typ":"JWT"}')
        payload = b64url(f'{{"sub":"alice","iat":{now},"exp":{now + 60}}}'.encode())
        signing_input = f"{header}.{payload}".encode()
        forged = f"{header}.{payload}.{b64url(hmac.new(public_pem, signing_input, 'sha256').digest())}"
        _assert_refused(test_client.get("/me", headers={"Authorization": f"Bearer {forged}"}))


@pytest.mark.parametrize(
    ("label", "claims"),
    [
        ("expired", {"exp": int(time.time()) - 10}),
        ("expired long ago", {"exp": 1, "iat": 0}),
        ("not yet valid", {"nbf": int(time.time()) + 600}),
        ("issued in the future", {"iat": int(time.time()) + 600}),
        ("wrong issuer", {"iss": "evil"}),
        ("wrong audience", {"aud": "other"}),
        ("audience list without ours", {"aud": ["other", "more"]}),
        ("missing exp", {"exp": None}),
        ("missing iat", {"iat": None}),
        ("missing sub", {"sub": None}),
        ("empty sub", {"sub": ""}),
        ("sub not a string", {"sub": 42}),
        ("issuer not a string", {"iss": 5}),
        ("iat not a number", {"iat": "yesterday"}),
        ("exp not a number", {"exp": "tomorrow"}),
        ("jti not a string", {"jti": 7}),
        ("extras not an object", {"extras": [1, 2]}),
    ],
)
def test_bad_claims_are_refused(client: TestClient[Litestar], label: str, claims: dict[str, Any]) -> None:
    """Expired, not-yet-valid, wrong issuer/audience and ill-typed claims are refused with 401."""
    now = int(time.time())
    payload: dict[str, Any] = {
        "sub": "alice",
        "iat": now,
        "exp": now + 600,
        "aud": "api",
        "iss": "issuer",
        **claims,
    }
    payload = {key: value for key, value in payload.items() if value is not None}
    response = client.get("/me", headers={"Authorization": f"Bearer {hs256(payload)}"})
    _assert_refused(response)
    assert response.json()["detail"] == "Invalid token", label


def test_tampered_payload_is_refused(client: TestClient[Litestar]) -> None:
    """Swapping the payload of a valid token (privilege escalation) breaks its signature."""
    token = _good(sub="bob")
    header, _, signature = token.split(".")
    now = int(time.time())
    forged_payload = b64url(
        f'{{"sub":"alice","iat":{now},"exp":{now + 600},"aud":"api","iss":"issuer"}}'.encode()
    )
    _assert_refused(
        client.get("/me", headers={"Authorization": f"Bearer {header}.{forged_payload}.{signature}"})
    )


@pytest.mark.parametrize("position", [0, 5, -1])
def test_tampered_signature_is_refused(client: TestClient[Litestar], position: int) -> None:
    """Flipping one character of the signature is refused."""
    token = _good()
    head, signature = token.rsplit(".", 1)
    chars = list(signature)
    chars[position] = "A" if chars[position] != "A" else "B"
    _assert_refused(client.get("/me", headers={"Authorization": f"Bearer {head}.{''.join(chars)}"}))


def test_stripped_signature_is_refused(client: TestClient[Litestar]) -> None:
    """A valid token with its signature removed is refused."""
    head = _good().rsplit(".", 1)[0]
    _assert_refused(client.get("/me", headers={"Authorization": f"Bearer {head}."}))
    _assert_refused(client.get("/me", headers={"Authorization": f"Bearer {head}"}))


def test_token_signed_with_another_key_is_refused(client: TestClient[Litestar]) -> None:
    """A well-formed token signed with a different secret is refused."""
    _assert_refused(
        client.get(
            "/me", headers={"Authorization": f"Bearer {make_token(secret='k' * 48, aud='api', iss='issuer')}"}
        )
    )


@pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")
def test_other_hmac_algorithm_is_refused(client: TestClient[Litestar]) -> None:
    """A token signed with the right secret but HS512 (not the configured HS256) is refused."""
    _assert_refused(
        client.get(
            "/me",
            headers={"Authorization": f"Bearer {make_token(algorithm='HS512', aud='api', iss='issuer')}"},
        )
    )


@pytest.mark.parametrize(
    "value",
    [
        "Bearer " + "a" * 1_000_000,
        "Bearer " + ".".join(["a" * 300_000] * 3),
        "Bearer " + _good() + "." + "b" * 100_000,
    ],
    ids=["1MB of junk", "1MB in three segments", "valid token plus 100k"],
)
def test_oversized_tokens_are_refused(client: TestClient[Litestar], value: str) -> None:
    """Oversized tokens (about 1 MB) are refused with 401, not a crash."""
    _assert_refused(client.get("/me", headers={"Authorization": value}))


@pytest.mark.parametrize(
    "value",
    [
        "Bearer",
        "Bearer ",
        "Bearer .",
        "Bearer ..",
        "Bearer a.b.c",
        "Bearer !!!.???.###",
        "Bearer e30.e30.e30",
        "Bearer " + b64url(b"[]") + "." + b64url(b"{}") + ".sig",
        "Bearer " + b64url(b"{}") + "." + b64url(b"[]") + ".sig",
        "Bearer " + b64url(b'{"alg":"HS256"}') + "." + b64url(b"\xff\xfe") + ".sig",
        "Bearer " + b64url(b'{"alg":"HS256","crit":["exp"]}') + "." + b64url(b"{}") + ".sig",
        "Bearer " + b64url(b'{"alg":"HS256","kid":{"$ne":1}}') + "." + b64url(b"{}") + ".sig",
        "Bearer \u00e9\u00e8.\u00e0.\u00fc",
        "Basic dXNlcjpwYXNz",
        "Bearer a b c",
    ],
)
def test_malformed_tokens_and_headers_are_refused(client: TestClient[Litestar], value: str) -> None:
    """Malformed tokens and Authorization headers are refused with 401."""
    _assert_refused(client.get("/me", headers={"Authorization": value.encode("utf-8")}))


def test_revoked_jti_is_refused(client: TestClient[Litestar]) -> None:
    """A valid token whose `jti` is revoked is refused; another jti passes."""
    _assert_refused(client.get("/me", headers={"Authorization": f"Bearer {_good(jti='revoked-jti')}"}))
    assert client.get("/me", headers={"Authorization": f"Bearer {_good(jti='fine')}"}).status_code == 200


def test_sync_revocation_handler_also_refuses() -> None:
    """A synchronous `revoked_token_handler` works too (2.17 answers 500 for it)."""
    auth = JWTAuth[Any](
        token_secret=SECRET,
        retrieve_user_handler=retrieve_user,
        revoked_token_handler=lambda token, connection: token.jti == "gone",
    )
    with TestClient(build_app(auth)) as test_client:
        _assert_refused(test_client.get("/me", headers={"Authorization": f"Bearer {make_token(jti='gone')}"}))
        assert (
            test_client.get("/me", headers={"Authorization": f"Bearer {make_token(jti='ok')}"}).status_code
            == 200
        )


def test_token_in_the_query_string_is_ignored(client: TestClient[Litestar]) -> None:
    """A token in the query string (where the header is expected) is not accepted."""
    token = _good()
    for url in (f"/me?token={token}", f"/me?access_token={token}", f"/me?Authorization=Bearer%20{token}"):
        response = client.get(url)
        _assert_refused(response)
        assert response.json()["detail"] == "No JWT token found in request header"


def test_token_in_a_cookie_is_ignored_by_the_header_backend(client: TestClient[Litestar]) -> None:
    """The header backend does not read cookies."""
    client.cookies.set("token", f"Bearer {_good()}")
    try:
        _assert_refused(client.get("/me"))
    finally:
        client.cookies.clear()


def test_token_in_another_header_is_ignored(client: TestClient[Litestar]) -> None:
    """Only the configured header is read."""
    _assert_refused(client.get("/me", headers={"X-Authorization": f"Bearer {_good()}", "Token": _good()}))


def test_guard_refuses_an_authenticated_non_admin() -> None:
    """A guard reading `connection.user` refuses with 403 and does not leak the user."""

    def admin_only(connection: ASGIConnection, _: BaseRouteHandler) -> None:
        if not connection.user["admin"]:
            raise PermissionDeniedException()

    @get("/admin", guards=[admin_only])
    async def admin() -> str:
        return "secret admin data"

    auth = JWTAuth[Any](token_secret=SECRET, retrieve_user_handler=retrieve_user)
    with TestClient(build_app(auth, admin)) as test_client:
        response = test_client.get("/admin", headers={"Authorization": f"Bearer {make_token('bob')}"})
        _assert_refused(response, 403)
        assert "secret admin data" not in response.text
        assert "bob" not in response.text
        assert test_client.get("/admin", headers={"Authorization": f"Bearer {make_token('alice')}"}).text == (
            "secret admin data"
        )


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ({}, {"httponly": True, "secure": False, "samesite": "lax", "path": "/"}),
        (
            {"secure": True, "samesite": "strict", "path": "/app", "domain": "example.org"},
            {"httponly": True, "secure": True, "samesite": "strict", "path": "/app", "domain": "example.org"},
        ),
        (
            {"secure": True, "samesite": "none"},
            {"httponly": True, "secure": True, "samesite": "none", "path": "/"},
        ),
    ],
)
def test_login_cookie_flags_are_exactly_as_configured(
    config: dict[str, Any], expected: dict[str, Any]
) -> None:
    """The login cookie carries HttpOnly always, and Secure/SameSite/Path/Domain as configured."""
    auth = JWTCookieAuth[Any](token_secret=SECRET, retrieve_user_handler=retrieve_user, key="auth", **config)

    @post("/login", exclude_from_auth=True)
    async def login() -> Any:
        return auth.login("alice")

    with TestClient(build_app(auth, login)) as test_client:
        set_cookie = test_client.post("/login").headers["set-cookie"]
    attributes = {part.strip().split("=", 1)[0].lower(): part.strip() for part in set_cookie.split(";")}
    assert set_cookie.startswith('auth="Bearer ')
    assert ("httponly" in attributes) is expected["httponly"]
    assert ("secure" in attributes) is expected["secure"]
    assert attributes["samesite"].lower() == f"samesite={expected['samesite']}"
    assert attributes["path"] == f"Path={expected['path']}"
    assert attributes["max-age"] == "Max-Age=86400"
    if "domain" in expected:
        assert attributes["domain"] == f"Domain={expected['domain']}"
    else:
        assert "domain" not in attributes


def test_signatures_are_compared_in_constant_time(
    client: TestClient[Litestar], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verifying a token compares its signature with `hmac.compare_digest`, for bad and good tokens."""
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    head, _, _ = _good(jti="constant-time").rpartition(".")
    _assert_refused(client.get("/me", headers={"Authorization": f"Bearer {head}.{b64url(b'x' * 32)}"}))
    assert len(compared) == 1
    assert (
        client.get("/me", headers={"Authorization": f"Bearer {_good(jti='constant-time-ok')}"}).status_code
        == 200
    )
    assert len(compared) == 2


def test_refusals_do_not_echo_the_request_token(client: TestClient[Litestar]) -> None:
    """The 401 body never repeats what the client sent."""
    token = _good(sub="nobody")
    response = client.get("/me", headers={"Authorization": f"Bearer {token}"})
    _assert_refused(response)
    assert token not in response.text
    assert "nobody" not in response.text


def test_plain_request_objects_do_not_carry_the_user(client: TestClient[Litestar]) -> None:
    """An unauthenticated request never reaches the handler (no partial user in scope)."""
    seen: list[Any] = []

    @get("/probe")
    async def probe(request: Request) -> None:
        seen.append(request.scope.get("user"))

    auth = JWTAuth[Any](token_secret=SECRET, retrieve_user_handler=retrieve_user)
    with TestClient(build_app(auth, probe)) as test_client:
        _assert_refused(test_client.get("/probe", headers={"Authorization": "Bearer x.y.z"}))
    assert seen == []
