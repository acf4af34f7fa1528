"""The installed framework version."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version
from typing import Final, Literal, NamedTuple

__all__ = ("Version", "get_version", "parse_version")

_ReleaseLevel = Literal["alpha", "beta", "rc", "final"]
_PROPER_RELEASE_LEVELS: Final[dict[str, _ReleaseLevel]] = {
    "a": "alpha",
    "alpha": "alpha",
    "b": "beta",
    "beta": "beta",
    "rc": "rc",
}
_VERSION_RE: Final = re.compile(r"(\d+)\.(\d+)\.(\d+)(?:\.?([a-z]+)(\d+))?")


class Version(NamedTuple):
    """A ``major.minor.patch`` version with release level and serial."""

    major: int
    minor: int
    patch: int
    release_level: _ReleaseLevel
    serial: int

    def formatted(self, short: bool = False) -> str:
        """Return the version as text.

        Args:
            short: Leave out release level and serial.

        Returns:
            E.g. ``"2.17.0"`` or ``"2.17.0final0"``.
        """
        result = f"{self.major}.{self.minor}.{self.patch}"
        if short:
            return result
        return f"{result}{self.release_level}{self.serial}"


def parse_version(raw_version: str) -> Version:
    """Parse a version string such as ``"2.17.0"`` or ``"2.0.0rc1"``.

    Args:
        raw_version: The text to parse.

    Returns:
        The parsed version.

    Raises:
        ValueError: If the text is not a version or has an unknown release level.
    """
    match = _VERSION_RE.match(raw_version)
    if match is None:
        raise ValueError(f"Invalid version: {raw_version}")
    major, minor, patch, level, serial = match.groups()
    release_level: _ReleaseLevel = "final"
    if level is not None:
        try:
            release_level = _PROPER_RELEASE_LEVELS[level]
        except KeyError:
            raise ValueError(f"Invalid release level: {level}") from None
    return Version(int(major), int(minor), int(patch), release_level, int(serial or 0))


def get_version() -> Version:
    """Return the version of the installed framework.

    NOTE: read from ``litestar-core``, which is always installed; the ``litestar``
    meta distribution may be absent.

    Returns:
        The installed version.
    """
    try:
        raw = version("litestar-core")
    except PackageNotFoundError:  # pragma: no cover - only outside an installed tree
        raw = version("litestar")
    return parse_version(raw)
