"""Import a Python file by its path: the scripts, examples and oracle cases tests load."""

from __future__ import annotations

import importlib.util
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

__all__ = ("import_file",)


def import_file(name: str, path: Path) -> ModuleType:
    """Import ``path`` as the module ``name``.

    The module is entered in ``sys.modules`` before it runs: dataclasses and string
    annotations (handlers' included) are resolved through it.
    """
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
