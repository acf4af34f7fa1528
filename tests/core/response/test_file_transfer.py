"""How a file body leaves: mapped slices, the server's path send and zero-copy send, or bytes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from _response_helpers import Capture, make_scope
from litestar.response import _file_access
from litestar.response._file_access import LocalRangeReader
from litestar.response.file import _MAPPED_MIN, ASGIFileResponse

SIZE = 3 * 1024 * 1024 + 5


@pytest.fixture
def data() -> bytes:
    return os.urandom(SIZE)


@pytest.fixture
def big_file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "big.bin"
    path.write_bytes(data)
    return path


async def _call(
    response: ASGIFileResponse, headers: list[tuple[bytes, bytes]] | None = None, **extra: Any
) -> Capture:
    capture = Capture()
    await response(make_scope(headers=headers, **extra), capture.receive, capture.send)
    return capture


class TestLocalRangeReader:
    """Reads of a local file, mapped or not."""

    @pytest.mark.parametrize("mapped", [False, True])
    async def test_reads_any_slice(self, big_file: Path, data: bytes, mapped: bool) -> None:
        reader = LocalRangeReader(big_file, SIZE if mapped else 0)
        try:
            for offset, size in [(0, 10), (4095, 2), (1024 * 1024 + 3, 1024 * 1024), (SIZE - 7, 7)]:
                chunk = await reader.read(offset, size)
                assert isinstance(chunk, memoryview) is mapped
                assert bytes(chunk) == data[offset : offset + size]
        finally:
            await reader.aclose()

    async def test_a_kernel_without_populate_read_falls_back_to_reading(
        self, big_file: Path, data: bytes, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(_file_access, "_POPULATE_READ", 0x7FFF)  # advice no kernel knows: EINVAL
        reader = LocalRangeReader(big_file, SIZE)
        try:
            chunk = await reader.read(5, 100)
        finally:
            await reader.aclose()
        assert type(chunk) is bytes
        assert chunk == data[5:105]
        assert _file_access._POPULATE_READ is None

    async def test_an_empty_file_is_read_not_mapped(self, tmp_path: Path) -> None:
        path = tmp_path / "empty"
        path.write_bytes(b"")
        reader = LocalRangeReader(path, 10)
        try:
            assert reader.view is None
            assert await reader.read(0, 10) == b""
        finally:
            await reader.aclose()


class TestMappedBodies:
    """With a server whose ``send`` takes buffers, large bodies are mapped slices."""

    @pytest.fixture(autouse=True)
    def buffer_server(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr("litestar.response.file.sends_buffers", lambda scope, send: True)

    async def test_whole_file(self, big_file: Path, data: bytes) -> None:
        capture = await _call(ASGIFileResponse(file_path=big_file, filename="big.bin"))
        bodies = [m["body"] for m in capture.messages[1:]]
        assert [len(b) for b in bodies] == [1024 * 1024] * 3 + [5, 0]
        assert all(isinstance(b, memoryview) for b in bodies[:-1])
        assert b"".join(bodies) == data

    async def test_ranges(self, big_file: Path, data: bytes) -> None:
        capture = await _call(
            ASGIFileResponse(file_path=big_file, filename="big.bin"),
            headers=[(b"range", b"bytes=0-299999,-300000")],
        )
        assert capture.start["status"] == 206
        assert data[:300000] in capture.body
        assert data[-300000:] in capture.body

    async def test_small_files_stay_bytes(self, tmp_path: Path) -> None:
        path = tmp_path / "small.bin"
        path.write_bytes(b"x" * (_MAPPED_MIN - 1))
        capture = await _call(ASGIFileResponse(file_path=path, filename="small.bin"))
        assert [type(m["body"]) for m in capture.messages[1:]] == [bytes]


class TestServerExtensions:
    """The ASGI ``pathsend`` and ``zerocopysend`` extensions, when the server offers them."""

    async def test_pathsend_sends_the_path(self, big_file: Path) -> None:
        capture = await _call(
            ASGIFileResponse(file_path=big_file, filename="big.bin"),
            extensions={"http.response.pathsend": {}},
        )
        assert capture.start["status"] == 200
        assert capture.messages[1:] == [{"type": "http.response.pathsend", "path": str(big_file.resolve())}]

    async def test_pathsend_is_not_used_for_head_or_ranges(self, big_file: Path, data: bytes) -> None:
        extensions = {"http.response.pathsend": {}}
        head = await _call(
            ASGIFileResponse(file_path=big_file, filename="big.bin", is_head_response=True),
            extensions=extensions,
        )
        assert head.messages[1:] == [{"type": "http.response.body", "body": b"", "more_body": False}]
        ranged = await _call(
            ASGIFileResponse(file_path=big_file, filename="big.bin"),
            headers=[(b"range", b"bytes=10-19")],
            extensions=extensions,
        )
        assert ranged.body == data[10:20]

    @pytest.mark.parametrize("range_header", [None, b"bytes=10-19", b"bytes=0-4,-6"])
    async def test_zerocopysend_hands_the_open_file_over(
        self, big_file: Path, data: bytes, range_header: bytes | None
    ) -> None:
        sent: list[bytes] = []
        files: list[Any] = []

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.zerocopysend":
                files.append(message["file"])
                sent.append(os.pread(message["file"].fileno(), message["count"], message["offset"]))
                assert message["more_body"] is True
            elif message["type"] == "http.response.body":
                sent.append(message["body"])

        headers = [(b"range", range_header)] if range_header else []
        scope = make_scope(headers=headers, extensions={"http.response.zerocopysend": {}})
        await ASGIFileResponse(file_path=big_file, filename="big.bin")(scope, Capture().receive, send)
        body = b"".join(sent)
        if range_header is None:
            assert body == data
        elif range_header == b"bytes=10-19":
            assert body == data[10:20]
        else:
            assert data[:5] in body
            assert data[-6:] in body
        assert files
        assert all(file.closed for file in files)
