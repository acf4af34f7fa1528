"""The object litestar-testing advertises to core through its entry point."""

from __future__ import annotations

from typing import ClassVar

__all__ = ("TestingPlugin",)


class TestingPlugin:
    """Advertises litestar-testing to core (entry point ``testing`` in ``litestar.plugins``).

    It is a marker: core only needs to know the distribution is installed. The test
    clients are imported from :mod:`litestar.testing` directly.
    """

    __test__: ClassVar[bool] = False  # NOTE: keeps pytest from collecting it.

    name: ClassVar[str] = "litestar-testing"
    """The distribution that ships :mod:`litestar.testing`."""

    module: ClassVar[str] = "litestar.testing"
    """The import name of the piece."""
