"""Token: construction checks, encoding, and strict decoding."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import jwt
import pytest
from _security_apps import SECRET, hs256, make_token
from litestar.exceptions import ImproperlyConfiguredException, NotAuthorizedException
from litestar.security.jwt import Token
from litestar.security.jwt.token import JWTDecodeOptions


def _future(hours: int = 1) -> datetime:
    return datetime.now(UTC) + timedelta(hours=hours)


def test_token_fields_default_and_normalise_to_utc() -> None:
    """iat defaults to now; naive and offset datetimes are stored as UTC."""
    naive = datetime.now() + timedelta(hours=2)
    token = Token(exp=naive, sub="alice")
    assert token.exp.tzinfo is UTC
    assert token.exp == naive.replace(tzinfo=UTC)
    assert abs((token.iat - datetime.now(UTC)).total_seconds()) < 5
    shifted = Token(exp=_future().astimezone(timezone(timedelta(hours=5))), sub="a")
    assert shifted.exp.tzinfo is UTC
    assert (token.iss, token.aud, token.jti, token.extras) == (None, None, None, {})


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"exp": datetime.now(UTC) - timedelta(seconds=1), "sub": "a"},
            "exp value must be a datetime in the future",
        ),
        ({"exp": 4102444800, "sub": "a"}, "exp value must be a datetime in the future"),
        ({"exp": _future(), "sub": ""}, "sub must be a string with a length greater than 0"),
        ({"exp": _future(), "sub": "a", "iat": _future()}, "iat must be a current or past time"),
        ({"exp": _future(), "sub": "a", "iat": 5}, "iat must be a current or past time"),
    ],
)
def test_token_rejects_bad_values(kwargs: dict[str, Any], message: str) -> None:
    """Building a token with a past exp, empty sub or future iat raises the 2.17 messages."""
    with pytest.raises(ImproperlyConfiguredException, match=message):
        Token(**kwargs)


def test_encode_writes_registered_claims_and_extras() -> None:
    """encode drops None claims, writes times as integers and keeps extras nested."""
    token = Token(exp=_future(), sub="alice", iss="me", aud="you", jti="j", extras={"role": "admin"})
    claims = jwt.decode(token.encode(SECRET, "HS256"), options={"verify_signature": False})
    assert claims == {
        "exp": int(token.exp.timestamp()),
        "sub": "alice",
        "iat": int(token.iat.timestamp()),
        "iss": "me",
        "aud": "you",
        "jti": "j",
        "extras": {"role": "admin"},
    }


def test_encode_with_headers_and_unknown_algorithm() -> None:
    """encode passes extra header fields (kid); an unknown algorithm is a configuration error."""
    token = Token(exp=_future(), sub="alice")
    assert jwt.get_unverified_header(token.encode(SECRET, "HS256", headers={"kid": "k1"}))["kid"] == "k1"
    with pytest.raises(ImproperlyConfiguredException, match="Failed to encode token"):
        token.encode(SECRET, "NOPE")


def test_decode_round_trip_merges_unknown_claims_into_extras() -> None:
    """Unknown claims and the `extras` object both end up in `extras`."""
    now = int(time.time())
    token = Token.decode(make_token(role="admin", extras={"tenant": 3}, nbf=now - 5), SECRET, "HS256")
    assert token.sub == "alice"
    assert token.extras == {"role": "admin", "tenant": 3, "nbf": now - 5}
    assert token.exp.tzinfo is UTC


def test_decode_fills_subclass_fields() -> None:
    """A dataclass subclass of Token gets its own fields from the claims of the same name."""

    @dataclass
    class RoleToken(Token):
        role: str = "user"

    token = RoleToken.decode(make_token(role="admin", other=1), SECRET, "HS256")
    assert isinstance(token, RoleToken)
    assert (token.role, token.extras) == ("admin", {"other": 1})
    claims = jwt.decode(token.encode(SECRET, "HS256"), options={"verify_signature": False})
    assert claims["role"] == "admin"


@pytest.mark.parametrize(
    ("claims", "kwargs", "accepted"),
    [
        ({"aud": "api"}, {}, True),
        ({"aud": "api"}, {"audience": "api"}, True),
        ({"aud": "api"}, {"audience": ["web", "api"]}, True),
        ({"aud": "api"}, {"audience": ["web"]}, False),
        ({}, {"audience": "api"}, False),
        ({"aud": "api"}, {"audience": ["api"], "strict_audience": True}, True),
        ({"aud": ["api", "web"]}, {"audience": "api", "strict_audience": True}, False),
        ({"aud": ["api", "web"]}, {"audience": "api"}, False),
        ({"iss": "me"}, {"issuer": "me"}, True),
        ({"iss": "me"}, {"issuer": ["you", "me"]}, True),
        ({"iss": "me"}, {"issuer": "you"}, False),
        ({}, {"issuer": "me"}, False),
        ({}, {"require_claims": ["jti"]}, False),
        ({"jti": "x"}, {"require_claims": ["jti"]}, True),
        ({"nbf": int(time.time()) + 600}, {"verify_nbf": False}, True),
        ({"nbf": int(time.time()) + 600}, {}, False),
    ],
)
def test_decode_options(claims: dict[str, Any], kwargs: dict[str, Any], accepted: bool) -> None:
    """Audience, issuer, required claims and the verify switches behave as in 2.17."""
    encoded = make_token(**claims)
    if accepted:
        assert Token.decode(encoded, SECRET, "HS256", **kwargs).sub == "alice"
    else:
        with pytest.raises(NotAuthorizedException, match="Invalid token"):
            Token.decode(encoded, SECRET, "HS256", **kwargs)


def test_decode_refuses_expired_and_future_tokens() -> None:
    """An expired token is invalid even without exp verification (as in 2.17); so is a future iat."""
    now = int(time.time())
    expired = hs256({"sub": "alice", "iat": now - 100, "exp": now - 10})
    with pytest.raises(NotAuthorizedException):
        Token.decode(expired, SECRET, "HS256")
    with pytest.raises(NotAuthorizedException):
        Token.decode(expired, SECRET, "HS256", verify_exp=False)
    skewed = hs256({"sub": "alice", "iat": now + 5, "exp": now + 100})
    with pytest.raises(NotAuthorizedException):
        Token.decode(skewed, SECRET, "HS256")


def test_decode_payload_returns_raw_claims_and_propagates_errors() -> None:
    """decode_payload is the PyJWT call: raw claims out, PyJWT errors through."""
    options: JWTDecodeOptions = {"verify_exp": False}
    now = int(time.time())
    expired = hs256({"sub": "alice", "iat": now - 100, "exp": now - 10})
    assert Token.decode_payload(expired, SECRET, ["HS256"], options=options)["exp"] == now - 10
    with pytest.raises(jwt.DecodeError):
        Token.decode_payload("abc", SECRET, ["HS256"])


def test_decode_rejects_a_non_object_claims_set() -> None:
    """A signed claims set that is not a JSON object is invalid."""
    with pytest.raises(NotAuthorizedException):
        Token.decode(hs256([1, 2]), SECRET, "HS256")  # type: ignore[arg-type]
