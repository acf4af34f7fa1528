"""Import objects and locate packages by dotted path."""

from __future__ import annotations

from importlib import import_module
from importlib.util import find_spec
from pathlib import Path
from typing import Any

__all__ = ("import_string", "module_to_os_path")


def module_to_os_path(dotted_path: str = "app") -> Path:
    """Return the directory holding the module or package ``dotted_path``.

    Args:
        dotted_path: A dotted module path.

    Returns:
        The directory of the package, or of the module file.

    Raises:
        TypeError: If the module cannot be found.
    """
    try:
        spec = find_spec(dotted_path)
    except ModuleNotFoundError:
        spec = None
    if spec is None or spec.origin is None:
        raise TypeError(f"Couldn't find the path for {dotted_path}")
    return Path(spec.origin).parent


def import_string(dotted_path: str) -> Any:
    """Import ``module.path.attribute`` and return the attribute.

    Args:
        dotted_path: The dotted path of an attribute of a module.

    Returns:
        The attribute.

    Raises:
        ImportError: If the path has no dot or the module lacks the attribute.
    """
    try:
        module_path, attribute = dotted_path.rsplit(".", 1)
    except ValueError as exc:
        raise ImportError("%s doesn't look like a module path", dotted_path) from exc
    module = import_module(module_path)
    try:
        return getattr(module, attribute)
    except AttributeError as exc:
        raise ImportError(
            "Module '%s' does not define a '%s' attribute/class", module_path, attribute
        ) from exc
