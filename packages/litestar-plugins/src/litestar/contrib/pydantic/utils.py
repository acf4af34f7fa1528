"""The 2.17 ``litestar.contrib.pydantic.utils`` path: deprecated names of :mod:`litestar.plugins.pydantic.utils`.

Each name still imports, with the ``DeprecationWarning`` 2.17 gives, pointing at
``litestar.plugins.pydantic.utils``.
"""

from __future__ import annotations

from typing import Any

__all__ = (
    "get_model_info",  # noqa: F822
    "is_pydantic_constrained_field",  # noqa: F822
    "is_pydantic_model_class",  # noqa: F822
    "is_pydantic_undefined",  # noqa: F822
    "is_pydantic_v2",  # noqa: F822
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from litestar.plugins.pydantic import utils
    from litestar.utils.deprecation import warn_deprecation

    warn_deprecation(
        version="2.12",
        deprecated_name=f"litestar.contrib.pydantic.utils.{name}",
        kind="import",
        removal_in="3.0",
        info=(
            f"importing {name} from 'litestar.contrib.pydantic.utils' is deprecated, please import it "
            "from 'litestar.plugins.pydantic.utils' instead"
        ),
    )
    return getattr(utils, name)
