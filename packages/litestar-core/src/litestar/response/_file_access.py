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

__all__ = ("FileAccess", "file_info_from_stat")


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
