"""The Python snippets of docs/usage.md run, and its test snippet passes."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import ModuleType

USAGE = Path(__file__).resolve().parents[2] / "docs" / "usage.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", USAGE.read_text(), flags=re.DOTALL)


def test_usage_snippets_run_and_their_test_passes() -> None:
    """The app snippet builds, and the testing snippet's test function passes against it."""
    app_code, test_code = _python_blocks()
    module = ModuleType("usage_doc_example")
    # NOTE: dataclass annotations are resolved through sys.modules.
    sys.modules[module.__name__] = module
    try:
        exec(compile(app_code + "\n" + test_code, str(USAGE), "exec"), module.__dict__)
        module.test_add_and_read()
    finally:
        del sys.modules[module.__name__]
