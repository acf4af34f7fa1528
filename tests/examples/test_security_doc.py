"""The Python snippets of docs/security.md run: both apps build and answer."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from litestar.testing import TestClient

DOC = Path(__file__).resolve().parents[2] / "docs" / "security.md"

pytest.importorskip("litestar.middleware.session.server_side")


def test_security_doc_snippets() -> None:
    """The JWT app logs in and authenticates; the session app logs in and authenticates."""
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(), flags=re.DOTALL)
    assert len(blocks) == 2
    module = ModuleType("security_doc_example")
    sys.modules[module.__name__] = module
    try:
        exec(compile("\n".join(blocks), str(DOC), "exec"), module.__dict__)
        with TestClient(module.app) as client:
            token = client.post("/login", json={"name": "ann"}).headers["authorization"]
            assert client.get("/me").status_code == 401
            assert client.get("/me", headers={"Authorization": token}).json() == {
                "user": {"name": "ann"},
                "token_id": None,
            }
        with TestClient(module.session_app) as client:
            assert client.get("/whoami").status_code == 401
            client.post("/session-login", json={"name": "ann"})
            assert client.get("/whoami").json() == {"user": {"name": "ann"}, "session": {"user": "ann"}}
    finally:
        del sys.modules[module.__name__]
