"""Test-suite wide setup.

The suite runs with ``--import-mode=importlib`` (test files in different folders may
share a basename), so folders holding private helper modules (``_*.py``) are put on
``sys.path`` here for the tests next to them to import.
"""

from __future__ import annotations

import sys
from pathlib import Path

_TESTS = Path(__file__).parent

for helper in sorted(_TESTS.rglob("_*.py")):
    folder = str(helper.parent)
    if helper.name != "__init__.py" and folder not in sys.path:
        sys.path.insert(0, folder)
