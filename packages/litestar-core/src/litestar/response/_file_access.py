"""Reading file metadata and contents through an optional file system."""

from __future__ import annotations

import os
from inspect import isawaitable
from typing import TYPE_CHECKING, Any

from litestar._file_info import file_info_from_stat

if TYPE_CHECKING:
    from anyio import AsyncFile

    from litestar.types._composites import PathType
    from litestar.types.file_types import FileInfo, FileSystemProtocol

__all__ = ("FileAccess", "FileSystemRangeReader", "LocalRangeReader", "file_info_from_stat")

_NOWAIT: int | None = getattr(os, "RWF_NOWAIT", None)
_PROBE = bytearray(1)


def _is_cached(fd: int, offset: int, size: int) -> bool:
    """Tell whether the last byte of a chunk is in the page cache (a read would not block)."""
    if _NOWAIT is None:
        return False
    try:
        return os.preadv(fd, [_PROBE], offset + size - 1, _NOWAIT) == 1
    except OSError:
        # EAGAIN: not cached; EOPNOTSUPP/EINVAL: the file system cannot tell.
        return False


class LocalRangeReader:
    """Read chunks of a local file, on the event loop when cached, else in a worker thread.

    PERF: a worker-thread hop per chunk costs more than copying a cached megabyte, and
    under load the wait for the thread dominates. ``preadv(RWF_NOWAIT)`` probes the
    chunk's last byte: sequential reads fill the page cache in order, so when it is
    there the ``pread`` does not touch the disk and runs inline; otherwise (a cold file,
    a slow disk, a platform without the flag) the read goes to a thread as usual.
    """

    __slots__ = ("fd",)

    def __init__(self, path: PathType) -> None:
        """Open ``path`` for reading.

        Raises:
            OSError: If the file cannot be opened.
        """
        self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))

    async def read(self, offset: int, size: int) -> bytes:
        """Read up to ``size`` bytes at ``offset``."""
        if _is_cached(self.fd, offset, size):
            return os.pread(self.fd, size, offset)
        from anyio.to_thread import run_sync

        return await run_sync(os.pread, self.fd, size, offset)

    async def aclose(self) -> None:
        """Close the file."""
        os.close(self.fd)


class FileSystemRangeReader:
    """Read chunks of a file through a ``FileSystemProtocol`` (opened on first read)."""

    __slots__ = ("_file", "access", "path")

    def __init__(self, access: FileAccess, path: PathType) -> None:
        """Prepare to read ``path`` through ``access``."""
        self.access = access
        self.path = path
        self._file: AsyncFile[bytes] | None = None

    async def read(self, offset: int, size: int) -> bytes:
        """Read up to ``size`` bytes at ``offset``."""
        if self._file is None:
            self._file = await self.access.open(self.path)
        await self._file.seek(offset)
        return await self._file.read(size)

    async def aclose(self) -> None:
        """Close the file, if it was opened."""
        if self._file is not None:
            await self._file.aclose()


class FileAccess:
    """Describe and open files, on the local disk or through a ``FileSystemProtocol``."""

    __slots__ = ("file_system",)

    def __init__(self, file_system: FileSystemProtocol | None = None) -> None:
        """Initialise the accessor.

        Args:
            file_system: The file system; the local disk when ``None``.
        """
        self.file_system = file_system

    async def info(self, path: PathType) -> FileInfo:
        """Return information about the file at ``path``.

        Raises:
            FileNotFoundError: If there is no such file.
        """
        file_system = self.file_system
        if file_system is None:
            # PERF: a local stat is a few microseconds; a thread hop costs far more.
            return file_info_from_stat(path, os.stat(path))
        result: Any = file_system.info(path)
        if isawaitable(result):
            result = await result
        return result  # type: ignore[no-any-return]

    async def open(self, path: PathType, mode: str = "rb", buffering: int = -1) -> AsyncFile[bytes]:
        """Open the file at ``path`` for asynchronous reading.

        Raises:
            InternalServerException: If the file cannot be opened.
        """
        try:
            return await self._open(path, mode, buffering)
        except OSError as exc:
            from litestar.exceptions.http_exceptions import InternalServerException

            raise InternalServerException() from exc

    async def _open(self, path: PathType, mode: str, buffering: int) -> AsyncFile[bytes]:
        file_system = self.file_system
        if file_system is None:
            from anyio import open_file

            return await open_file(path, mode, buffering)  # type: ignore[no-any-return,call-overload]
        result: Any = file_system.open(path, mode, buffering=buffering)
        if isawaitable(result):
            return await result  # type: ignore[no-any-return]
        from anyio import AsyncFile

        return AsyncFile(result)
