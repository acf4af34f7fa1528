"""Let one import package span the source trees of several distributions.

Installed from wheels, every distribution's modules land in the same ``litestar/``
folder. In an editable workspace each distribution keeps its own source tree, so the
``__init__.py`` of every package folder that several distributions contribute to extends
its ``__path__`` with the same folder found on the other trees. This does what
:func:`pkgutil.extend_path` does for plain directories, without importing :mod:`pkgutil`
(with what it loads, about 0.1 MiB) into every process that imports the framework.
"""

from __future__ import annotations

import os
import sys

__all__ = ("extend_path",)


def extend_path(path: list[str], name: str) -> list[str]:
    """Return ``path`` plus the folder of package ``name`` on every other search path entry.

    Args:
        path: The package's ``__path__``.
        name: The package's ``__name__``.

    Returns:
        A new list: ``path`` followed by each ``<entry>/<last part of name>`` folder that
        exists, for the entries of the parent package's ``__path__`` (of ``sys.path`` for
        a top-level package), in order and without duplicates.
    """
    parent, _, final = name.rpartition(".")
    search_path = getattr(sys.modules.get(parent), "__path__", None) if parent else sys.path
    extended = list(path)
    for entry in search_path or ():
        if not isinstance(entry, str):
            continue
        portion = os.path.join(os.path.abspath(entry) if entry else os.getcwd(), final)
        if portion not in extended and os.path.isdir(portion):
            extended.append(portion)
    return extended
