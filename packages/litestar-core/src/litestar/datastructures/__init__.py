"""Data structures: headers, multi-dicts, cookies, state, URLs and uploaded files.

Names are imported on first access (PEP 562), so importing one submodule does not
load every sibling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar._lazy import lazy_attributes
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


__getattr__ = lazy_attributes(__name__, _LAZY)
