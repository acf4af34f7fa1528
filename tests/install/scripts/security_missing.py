"""Run inside a venv without PyJWT (and optionally without litestar-authentication).

Reports how the missing pieces are named to the user.
"""

from __future__ import annotations

import json
from typing import Any

import litestar.middleware

result: dict[str, Any] = {}
try:
    import litestar.security.jwt
except ImportError as exc:
    result["jwt"] = {"type": type(exc).__name__, "message": str(exc)}
else:
    result["jwt"] = {"type": None}
try:
    litestar.middleware.AbstractAuthenticationMiddleware  # noqa: B018
except AttributeError as exc:
    result["base"] = {"type": type(exc).__name__, "message": str(exc)}
else:
    result["base"] = {"type": None}
print(json.dumps(result))
