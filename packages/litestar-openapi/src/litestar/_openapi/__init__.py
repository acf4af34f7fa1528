"""Private OpenAPI names of litestar 2.17 that third-party packages import.

Kept for third-party packages: litestar-vite's type generation builds an
``OpenAPIContext`` and a ``SchemaCreator`` and asks ``create_parameters_for_handler`` for
the parameters of each route, as it did with litestar 2.17. Each module here is a thin
face over this distribution's own generator (``litestar.openapi._schema``).
"""

from __future__ import annotations

__all__ = ()
