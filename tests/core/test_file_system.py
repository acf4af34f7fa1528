"""``BaseLocalFileSystem`` and ``FileSystemAdapter``."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest
from litestar.exceptions import InternalServerException
from litestar.file_system import BaseLocalFileSystem, FileSystemAdapter


async def test_local_info_and_open(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    fs = BaseLocalFileSystem()
    info = await fs.info(path)
    assert info["size"] == 3
    assert info["type"] == "file"
    assert info["name"] == str(path)
    async with await fs.open(path, "rb") as file:
        assert await file.read() == b"abc"
    assert (await fs.info(tmp_path))["type"] == "directory"


async def test_adapter_wraps_sync_and_async_file_systems(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")

    class SyncFS:
        def info(self, path: Any, **kwargs: Any) -> dict[str, Any]:
            return {"name": str(path), "size": 3, "type": "file"}

        def open(self, file: Any, mode: str, buffering: int = -1) -> Any:
            return io.BytesIO(b"xyz")

    sync = FileSystemAdapter(SyncFS())  # type: ignore[arg-type]
    assert (await sync.info("p"))["size"] == 3
    async with await sync.open("p") as file:
        assert await file.read() == b"xyz"
    local = FileSystemAdapter(BaseLocalFileSystem())
    async with await local.open(path) as file:
        assert await file.read() == b"abc"


async def test_adapter_errors(tmp_path: Path) -> None:
    adapter = FileSystemAdapter(BaseLocalFileSystem())
    with pytest.raises(FileNotFoundError):
        await adapter.info(tmp_path / "missing")
    with pytest.raises(InternalServerException):
        await adapter.open(tmp_path / "missing")
    with pytest.raises(InternalServerException):
        await adapter.open(tmp_path)


async def test_parse_stat_result_follows_symlinks(tmp_path: Path) -> None:
    target = tmp_path / "t.txt"
    target.write_bytes(b"12345")
    link = tmp_path / "l.txt"
    os.symlink(target, link)
    info = await FileSystemAdapter.parse_stat_result(link, os.lstat(link))
    assert info["islink"] is True
    assert info["destination"] == str(target).encode()
    assert info["size"] == 5
    dangling = tmp_path / "d.txt"
    os.symlink(tmp_path / "gone", dangling)
    assert (await FileSystemAdapter.parse_stat_result(dangling, os.lstat(dangling)))["size"] == 0
    plain = await FileSystemAdapter.parse_stat_result(target, os.stat(target))
    assert plain["islink"] is False
