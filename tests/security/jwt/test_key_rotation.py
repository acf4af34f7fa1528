"""Key rotation by `kid`: two app instances roll their signing key without logging anyone out."""

from __future__ import annotations

from typing import Any

import jwt
import pytest
from _security_apps import b64url, build_app, retrieve_user
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from litestar.security.jwt import JWTAuth, JWTCookieAuth
from litestar.testing import TestClient

OLD = "old-key-0123456789abcdef0123456789abcdef"
NEW = "new-key-fedcba9876543210fedcba9876543210"


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_rolling_the_signing_key_across_two_instances() -> None:
    """Instance A signs with `old`; instance B signs with `new` and still accepts `old` by kid.

    After the roll both kinds of tokens work on B, tokens of B carry `kid=new`, and once
    `old` is retired from B's keys, old tokens are refused while new ones keep working.
    """
    before = JWTAuth[Any](token_secret=OLD, signing_key_id="old", retrieve_user_handler=retrieve_user)
    after = JWTAuth[Any](
        token_secret=NEW,
        signing_key_id="new",
        verification_keys={"old": OLD, "new": NEW},
        retrieve_user_handler=retrieve_user,
    )
    retired = JWTAuth[Any](
        token_secret=NEW,
        signing_key_id="new",
        verification_keys={"new": NEW},
        retrieve_user_handler=retrieve_user,
    )
    old_token = before.create_token("alice")
    new_token = after.create_token("bob")
    assert jwt.get_unverified_header(old_token)["kid"] == "old"
    assert jwt.get_unverified_header(new_token)["kid"] == "new"
    with (
        TestClient(build_app(before)) as a,
        TestClient(build_app(after)) as b,
        TestClient(build_app(retired)) as c,
    ):
        assert a.get("/me", headers=_bearer(old_token)).json()["sub"] == "alice"
        assert a.get("/me", headers=_bearer(new_token)).status_code == 401
        assert b.get("/me", headers=_bearer(old_token)).json()["sub"] == "alice"
        assert b.get("/me", headers=_bearer(new_token)).json()["sub"] == "bob"
        assert c.get("/me", headers=_bearer(old_token)).status_code == 401
        assert c.get("/me", headers=_bearer(new_token)).json()["sub"] == "bob"


def test_a_kid_cannot_select_a_key_it_was_not_signed_with() -> None:
    """Relabelling a token's kid does not help: the key for that kid must verify the signature."""
    auth = JWTAuth[Any](
        token_secret=NEW, verification_keys={"old": OLD, "new": NEW}, retrieve_user_handler=retrieve_user
    )
    forged = jwt.encode(
        {"sub": "alice", "iat": 1, "exp": 4102444800}, "attacker-key-" * 4, headers={"kid": "old"}
    )
    unknown = jwt.encode({"sub": "alice", "iat": 1, "exp": 4102444800}, OLD, headers={"kid": "nope"})
    odd = jwt.encode({"sub": "alice", "iat": 1, "exp": 4102444800}, NEW, headers={"kid": "new"})
    with TestClient(build_app(auth)) as client:
        assert client.get("/me", headers=_bearer(forged)).status_code == 401
        assert client.get("/me", headers=_bearer(unknown)).status_code == 401
        assert client.get("/me", headers=_bearer(odd)).json()["sub"] == "alice"
        numeric_kid = odd.replace(odd.split(".")[0], b64url(b'{"kid":5,"alg":"HS256"}'))
        assert client.get("/me", headers=_bearer(numeric_kid)).status_code == 401
        assert client.get("/me", headers=_bearer("not-a-token")).status_code == 401


@pytest.mark.parametrize("algorithm", ["RS256", "ES256"])
def test_asymmetric_keys_verify_with_the_public_half(algorithm: str) -> None:
    """With a PEM private key as token_secret, tokens verify with its public key (2.17 cannot)."""
    key = (
        rsa.generate_private_key(public_exponent=65537, key_size=2048)
        if algorithm == "RS256"
        else ec.generate_private_key(ec.SECP256R1())
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public_pem = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    signer = JWTCookieAuth[Any](
        token_secret=pem.decode(),
        algorithm=algorithm,
        signing_key_id="k1",
        retrieve_user_handler=retrieve_user,
    )
    verifier = JWTCookieAuth[Any](
        token_secret=pem.decode(),
        algorithm=algorithm,
        verification_keys={"k1": public_pem, "k0": pem.decode()},
        retrieve_user_handler=retrieve_user,
    )
    token = signer.create_token("alice")
    with TestClient(build_app(signer)) as a, TestClient(build_app(verifier)) as b:
        assert a.get("/me", headers=_bearer(token)).json()["sub"] == "alice"
        assert b.get("/me", headers=_bearer(token)).json()["sub"] == "alice"
        assert b.get("/me", headers=_bearer(signer.create_token("bob"))).json()["sub"] == "bob"
