"""The JWT claims set (:class:`Token`) and its encoding and decoding with PyJWT.

Decoding is strict: the signature, the algorithm (exactly the configured one), ``exp``,
``iat`` and ``nbf`` are always checked; the audience and issuer when accepted values are
given. Any failure, including claims of the wrong type, raises
``NotAuthorizedException("Invalid token")`` so that a hostile token never produces
anything but a 401 without details.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Dict, Optional, TypedDict  # noqa: UP035

from litestar.exceptions import ImproperlyConfiguredException, NotAuthorizedException
from litestar.security.jwt import _pyjwt

if TYPE_CHECKING:
    from typing import Self

__all__ = ("JWTDecodeOptions", "Token")


class JWTDecodeOptions(TypedDict, total=False):
    """The PyJWT ``options`` understood by :meth:`Token.decode_payload`."""

    verify_aud: bool
    """Check the ``aud`` claim against the accepted audiences."""
    verify_iss: bool
    """Check the ``iss`` claim against the accepted issuers."""
    verify_exp: bool
    """Reject expired tokens."""
    verify_nbf: bool
    """Reject tokens used before their ``nbf`` time."""
    strict_aud: bool
    """Require ``aud`` to equal the single accepted audience exactly."""
    require: list[str]
    """Claims that must be present."""


def _as_utc(value: datetime) -> datetime:
    """Treat naive datetimes as UTC (as JWT numeric dates are), convert aware ones to UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


_CLAIM_TIMES = ("exp", "iat", "nbf")


@dataclass
class Token:
    """A JWT claims set: the registered claims as fields, everything else in :attr:`extras`.

    Subclasses may add dataclass fields; :meth:`decode` fills them from the claims of
    the same name and :meth:`encode` writes them back.
    """

    exp: datetime
    """Expiration time; must lie in the future when the token is built."""
    sub: str
    """Subject: the identifier of the user the token was issued for."""
    iat: datetime = field(default_factory=lambda: _as_utc(datetime.now(UTC)))
    """Issued-at time; must not lie in the future."""
    iss: Optional[str] = None  # noqa: UP045
    """Issuer."""
    aud: Optional[str] = None  # noqa: UP045
    """Audience."""
    jti: Optional[str] = None  # noqa: UP045
    """Unique token id, e.g. for revocation lists."""
    extras: Dict[str, Any] = field(default_factory=dict)  # noqa: UP006
    """Other claims."""

    def __post_init__(self) -> None:
        if len(self.sub) < 1:
            raise ImproperlyConfiguredException("sub must be a string with a length greater than 0")
        now = datetime.now(UTC)
        if isinstance(self.exp, datetime) and _as_utc(self.exp) > now:
            self.exp = _as_utc(self.exp)
        else:
            raise ImproperlyConfiguredException("exp value must be a datetime in the future")
        if isinstance(self.iat, datetime) and _as_utc(self.iat) <= now:
            self.iat = _as_utc(self.iat)
        else:
            raise ImproperlyConfiguredException("iat must be a current or past time")

    @classmethod
    def decode_payload(
        cls,
        encoded_token: str,
        secret: str,
        algorithms: list[str],
        issuer: list[str] | None = None,
        audience: str | Sequence[str] | None = None,
        options: JWTDecodeOptions | None = None,
    ) -> Any:
        """Verify ``encoded_token`` and return its claims (PyJWT errors propagate).

        Override this to customise verification, e.g. to fetch keys from a JWKS.

        Args:
            encoded_token: The compact JWS.
            secret: The verification key.
            algorithms: The accepted algorithms.
            issuer: Accepted issuers.
            audience: Accepted audience(s).
            options: PyJWT verification options.

        Returns:
            The claims dict.
        """
        return _pyjwt.jwt.decode(
            jwt=encoded_token,
            key=secret,
            algorithms=algorithms,
            issuer=issuer,
            audience=audience,
            options=options,  # type: ignore[arg-type]
        )

    @classmethod
    def decode(
        cls,
        encoded_token: str,
        secret: str,
        algorithm: str,
        audience: str | Sequence[str] | None = None,
        issuer: str | Sequence[str] | None = None,
        require_claims: Sequence[str] | None = None,
        verify_exp: bool = True,
        verify_nbf: bool = True,
        strict_audience: bool = False,
    ) -> Self:
        """Verify ``encoded_token`` and build the token from its claims.

        Args:
            encoded_token: The compact JWS.
            secret: The verification key.
            algorithm: The one accepted algorithm (``alg`` must equal it).
            audience: Accepted audience(s); ``aud`` is checked only when given.
            issuer: Accepted issuer(s); ``iss`` is checked only when given.
            require_claims: Claims that must be present.
            verify_exp: Reject expired tokens.
            verify_nbf: Reject tokens used before their ``nbf`` time.
            strict_audience: Require ``aud`` to equal the single accepted audience.

        Returns:
            The token.

        Raises:
            NotAuthorizedException: If the token is invalid in any way.
        """
        try:
            return cls._from_claims(
                cls._verified_claims(
                    encoded_token,
                    secret,
                    algorithm,
                    audience=audience,
                    issuer=issuer,
                    require_claims=require_claims,
                    verify_exp=verify_exp,
                    verify_nbf=verify_nbf,
                    strict_audience=strict_audience,
                )
            )
        except Exception as exc:
            raise NotAuthorizedException("Invalid token") from exc

    @classmethod
    def _verified_claims(
        cls,
        encoded_token: str,
        secret: str,
        algorithm: str,
        *,
        audience: str | Sequence[str] | None,
        issuer: str | Sequence[str] | None,
        require_claims: Sequence[str] | None,
        verify_exp: bool,
        verify_nbf: bool,
        strict_audience: bool,
    ) -> dict[str, Any]:
        """Verify ``encoded_token`` with :meth:`decode_payload`; errors propagate."""
        options: JWTDecodeOptions = {
            "verify_aud": audience is not None,
            "verify_iss": issuer is not None,
            "verify_exp": verify_exp,
            "verify_nbf": verify_nbf,
            "strict_aud": strict_audience,
        }
        if require_claims:
            options["require"] = list(require_claims)
        if strict_audience and audience is not None and not isinstance(audience, str):
            if len(audience) != 1:
                raise ValueError("When using 'strict_audience=True', 'audience' must be a single value")
            audience = audience[0]
        issuers = [issuer] if isinstance(issuer, str) else (list(issuer) if issuer is not None else None)
        payload = cls.decode_payload(encoded_token, secret, [algorithm], issuers, audience, options)
        if not isinstance(payload, dict):
            raise TypeError("the claims set must be an object")
        return payload

    @classmethod
    def _from_claims(cls, payload: dict[str, Any]) -> Self:
        """Build the token from verified claims, rejecting claims of the wrong type."""
        values, extras = cls._init_arguments(payload)
        return cls(**values, extras=dict(extras))

    @classmethod
    def _init_arguments(cls, payload: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """Split verified claims into field values (times as datetimes) and ``extras``."""
        claims = dict(payload)
        extras = claims.pop("extras", None) or {}
        if not isinstance(extras, dict):
            raise TypeError("extras must be an object")
        extras = dict(extras)
        names = _init_fields(cls)
        values: dict[str, Any] = {}
        for key, value in claims.items():
            if key in names:
                values[key] = value
            else:
                extras[key] = value
        for key in ("exp", "iat"):
            stamp = values[key]
            if isinstance(stamp, bool) or not isinstance(stamp, (int, float)):
                raise TypeError(f"{key} must be a NumericDate")
            values[key] = datetime.fromtimestamp(stamp, tz=UTC)
        for key in ("sub", "iss", "aud", "jti"):
            value = values.get(key)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"{key} must be a string")
        return values, extras

    def encode(self, secret: str, algorithm: str, *, headers: dict[str, Any] | None = None) -> str:
        """Sign the token.

        Args:
            secret: The signing key (an HMAC secret or a PEM private key).
            algorithm: The signing algorithm, e.g. ``HS256`` or ``RS256``.
            headers: Extra JOSE header fields, e.g. ``{"kid": "2025-01"}``.

        Returns:
            The compact JWS.

        Raises:
            ImproperlyConfiguredException: If the algorithm is not supported.
        """
        payload = {key: value for key, value in asdict(self).items() if value is not None}
        for key in _CLAIM_TIMES:
            value = payload.get(key)
            if isinstance(value, datetime):
                payload[key] = int(_as_utc(value).timestamp())
        try:
            return _pyjwt.jwt.encode(payload, secret, algorithm, headers=headers)
        except NotImplementedError as exc:
            raise ImproperlyConfiguredException("Failed to encode token") from exc


_FIELDS: dict[type, frozenset[str]] = {}


def _init_fields(cls: type) -> frozenset[str]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = frozenset(
            f.name for f in dataclasses.fields(cls) if f.init and f.name != "extras"
        )
    return names
