"""Data structures: headers, multi-dicts, cookies, state, URLs and uploaded files.

Names are imported on first access (PEP 562), so importing one submodule does not
load every sibling.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from litestar.datastructures.cookie import Cookie
from litestar.datastructures.headers import (
    Accept,
    CacheControlHeader,
    ETag,
    Header,
    Headers,
    MutableScopeHeaders,
)
from litestar.datastructures.multi_dicts import FormMultiDict, ImmutableMultiDict, MultiDict, MultiMixin
from litestar.datastructures.response_header import ResponseHeader
from litestar.datastructures.state import ImmutableState, State

if TYPE_CHECKING:
    from litestar.datastructures.secret_values import SecretBytes, SecretString
    from litestar.datastructures.upload_file import UploadFile
    from litestar.datastructures.url import URL, Address

__all__ = (
    "URL",
    "Accept",
    "Address",
    "CacheControlHeader",
    "Cookie",
    "ETag",
    "FormMultiDict",
    "Header",
    "Headers",
    "ImmutableMultiDict",
    "ImmutableState",
    "MultiDict",
    "MultiMixin",
    "MutableScopeHeaders",
    "ResponseHeader",
    "SecretBytes",
    "SecretString",
    "State",
    "UploadFile",
)

_LAZY: dict[str, tuple[str, str]] = {
    "Address": ("litestar.datastructures.url", "Address"),
    "SecretBytes": ("litestar.datastructures.secret_values", "SecretBytes"),
    "SecretString": ("litestar.datastructures.secret_values", "SecretString"),
    "URL": ("litestar.datastructures.url", "URL"),
    "UploadFile": ("litestar.datastructures.upload_file", "UploadFile"),
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(target[0]), target[1])
    globals()[name] = value
    return value
