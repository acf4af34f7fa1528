"""``litestar.contrib.repository.testing``: the deprecated 2.17 path of ``litestar.repository.testing.generic_mock_repository``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "GenericAsyncMockRepository",
    "GenericSyncMockRepository",
)

_SOURCES = {
    "GenericAsyncMockRepository": "litestar.repository.testing.generic_mock_repository:GenericAsyncMockRepository",
    "GenericSyncMockRepository": "litestar.repository.testing.generic_mock_repository:GenericSyncMockRepository",
}
_DEPRECATED = {name: ("2.1", "litestar.repository.testing.generic_mock_repository") for name in _SOURCES}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
