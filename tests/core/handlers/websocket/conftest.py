"""Make the scripted WebSocket client (``_ws_client``) importable by the tests here.

NOTE: the suite runs with ``--import-mode=importlib``, which does not put test
directories on ``sys.path``; the helper module is shared by three test modules.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
