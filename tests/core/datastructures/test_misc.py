"""Tests for ``UploadFile``, secret values, ``ResponseHeader`` and the package exports."""

from __future__ import annotations

import pytest
from litestar import datastructures
from litestar.datastructures import ResponseHeader, SecretBytes, SecretString, UploadFile
from litestar.datastructures.secret_values import SecretValue
from litestar.exceptions import ImproperlyConfiguredException


def test_exports() -> None:
    assert datastructures.__all__ == (
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


async def test_upload_file_in_memory() -> None:
    upload = UploadFile(content_type="text/plain", filename="a.txt", file_data=b"hello", headers={"X": "y"})
    assert repr(upload) == "a.txt - text/plain"
    assert not upload.rolled_to_disk
    assert upload.headers == {"X": "y"}
    assert await upload.read(2) == b"he"
    assert await upload.read() == b"llo"
    assert await upload.seek(0) == 0
    assert await upload.write(b"!") == 1
    await upload.seek(0)
    assert await upload.read() == b"!ello"
    await upload.close()
    assert upload.file.closed
    bare = UploadFile("a", "b")
    assert bare.headers == {}
    bare.file.close()


async def test_upload_file_rolled_to_disk() -> None:
    upload = UploadFile(content_type="a/b", filename="x", max_spool_size=3)
    assert await upload.write(b"12345") == 5
    assert upload.rolled_to_disk
    assert await upload.write(b"6") == 1
    assert await upload.seek(1) == 1
    assert await upload.read(2) == b"23"
    assert await upload.read() == b"456"
    await upload.close()
    assert upload.file.closed


def test_secret_values() -> None:
    secret = SecretString("pw")
    assert repr(secret) == "SecretString('******')"
    assert str(secret) == "******"
    assert secret.get_secret() == "pw"
    assert secret != SecretString("pw")
    raw = SecretBytes(b"pw")
    assert repr(raw) == "SecretBytes(b'******')"
    assert raw.get_obscured() == b"******"
    assert raw.get_secret() == b"pw"
    assert str(raw) == "b'******'"
    with pytest.raises(TypeError):
        SecretValue("x")  # type: ignore[abstract]


def test_response_header() -> None:
    header = ResponseHeader(name="X-A", value="1")
    assert repr(header) == (
        "ResponseHeader(name='X-A', documentation_only=False, value='1', description=None, required=False, "
        "deprecated=False, allow_empty_value=False, style=None, explode=None, allow_reserved=False, example=None, "
        "examples=None)"
    )
    assert header == ResponseHeader(name="X-A", value="1")
    assert header != ResponseHeader(name="X-A", value="2")
    assert hash(header) == hash("X-A")
    assert ResponseHeader(name="X-A", documentation_only=True).value is None
    with pytest.raises(
        ImproperlyConfiguredException, match="value must be set if documentation_only is false"
    ):
        ResponseHeader(name="X-A")
