"""Key/value stores with expiry, used by sessions, caching, rate limits and channels.

:mod:`litestar.stores.base` holds the interfaces; :mod:`~litestar.stores.memory`,
:mod:`~litestar.stores.file`, :mod:`~litestar.stores.redis` and
:mod:`~litestar.stores.valkey` the implementations; :mod:`~litestar.stores.registry`
the named registry an application hands out (``app.stores``).
"""

from __future__ import annotations

__all__ = ()
