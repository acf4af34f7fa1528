"""Data structures: headers, multi-dicts, cookies, state, URLs and uploaded files."""

from __future__ import annotations

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
from litestar.datastructures.secret_values import SecretBytes, SecretString
from litestar.datastructures.state import ImmutableState, State
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
