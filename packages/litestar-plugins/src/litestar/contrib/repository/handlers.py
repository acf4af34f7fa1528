"""``litestar.contrib.repository.handlers``: the deprecated 2.17 path of ``litestar.repository.handlers``.

Names resolve on first access (see :mod:`litestar.plugins._handover`)."""

from __future__ import annotations

from litestar.plugins._handover import handover

__all__ = (  # noqa: F822
    "on_app_init",
    "signature_namespace_values",
)

_SOURCES = {
    "on_app_init": "litestar.repository.handlers:on_app_init",
    "signature_namespace_values": "litestar.repository.handlers:signature_namespace_values",
}
_DEPRECATED = {name: ("2.1", "litestar.repository.handlers") for name in _SOURCES}

__getattr__ = handover(__name__, _SOURCES, deprecated=_DEPRECATED)
