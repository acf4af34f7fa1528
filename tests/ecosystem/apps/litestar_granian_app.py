"""litestar-granian: ``GranianPlugin`` replaces ``litestar run`` with a Granian server.

The app is served for real: ``litestar --app ... run`` starts Granian on a free port and
the test talks to it over a socket.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _server import free_port, get_json, start, stop, wait_until_serving

APP_SOURCE = """
from litestar import Litestar, get
from litestar_granian import GranianPlugin


@get("/hello/{name:str}")
async def hello(name: str) -> dict[str, str]:
    return {"greeting": f"Hello, {name}"}


app = Litestar([hello], plugins=[GranianPlugin()])
"""


def main() -> None:
    cli = str(Path(sys.executable).parent / "litestar")
    with tempfile.TemporaryDirectory() as workdir:
        Path(workdir, "granian_target.py").write_text(APP_SOURCE)
        help_text = subprocess.run(
            [cli, "--app", "granian_target:app", "run", "--help"],
            cwd=workdir,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
            env={**os.environ, "COLUMNS": "250"},
        ).stdout
        assert "--backpressure" in help_text, "the run command is Granian's"
        assert "--runtime-mode" in help_text, "the run command is Granian's"

        port = free_port()
        server = start([cli, "--app", "granian_target:app", "run", "--port", str(port), "--wc", "1"], workdir)
        try:
            wait_until_serving(server, f"http://127.0.0.1:{port}/hello/x")
            status, _headers, body = get_json(f"http://127.0.0.1:{port}/hello/granian")
            assert (status, body) == (200, {"greeting": "Hello, granian"})
        finally:
            output = stop(server)
        assert "granian" in output.lower(), output[-2000:]
    print("OK")


if __name__ == "__main__":
    main()
