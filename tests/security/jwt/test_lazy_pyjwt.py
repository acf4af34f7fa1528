"""PyJWT is imported when a token is first signed or verified, not with the JWT backends."""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = """
import sys
from datetime import UTC, datetime

from litestar import Litestar, get
from litestar.security.jwt import JWTAuth, Token

async def retrieve_user(token, connection):
    return {"id": token.sub}

auth = JWTAuth(token_secret="s" * 32, retrieve_user_handler=retrieve_user)

@get("/me")
async def me() -> str:
    return "ok"

app = Litestar([me], on_app_init=[auth.on_app_init])
print("jwt" in sys.modules)
encoded = Token(sub="1", exp=datetime(2100, 1, 1, tzinfo=UTC)).encode("s" * 32, "HS256")
print("jwt" in sys.modules, Token.decode(encoded, "s" * 32, "HS256").sub)
"""


def test_pyjwt_loads_on_first_token() -> None:
    """An app configured with ``JWTAuth`` starts without PyJWT; encoding a token loads it."""
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "1"]
