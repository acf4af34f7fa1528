"""File systems that files and static assets are served from.

:class:`BaseLocalFileSystem` is the local disk; any object with ``info(path)`` and
``open(path, mode)`` (an ``fsspec`` file system, for instance) can stand in for it.
:class:`FileSystemAdapter` gives every such file system one asynchronous face, so the
response classes never care whether a file system is sync or async.
"""

from __future__ import annotations

from inspect import isawaitable
from stat import S_ISLNK
from typing import TYPE_CHECKING, Any, AnyStr, cast

from litestar._file_info import file_info_from_stat
from litestar.exceptions.http_exceptions import InternalServerException

if TYPE_CHECKING:
    from os import stat_result

    from _typeshed import OpenBinaryMode
    from anyio import AsyncFile

    from litestar.types._composites import PathType
    from litestar.types.file_types import FileInfo, FileSystemProtocol

__all__ = ("BaseLocalFileSystem", "FileSystemAdapter")


class BaseLocalFileSystem:
    """The local disk, with the interface of an ``fsspec`` file system."""

    __slots__ = ()

    async def info(self, path: PathType, **kwargs: Any) -> FileInfo:
        """Describe the file at ``path`` (without following a final symlink).

        Args:
            path: The file path.
            **kwargs: Ignored; accepted for ``fsspec`` compatibility.

        Returns:
            The file information.

        Raises:
            FileNotFoundError: If there is no such file.
        """
        from anyio import Path as AsyncPath

        result = await AsyncPath(path).stat()
        return file_info_from_stat(path, result)

    async def open(self, file: PathType, mode: str, buffering: int = -1) -> AsyncFile[AnyStr]:
        """Open ``file`` for asynchronous reading or writing.

        Args:
            file: The file path.
            mode: The mode, as for :func:`open`.
            buffering: The buffering policy, as for :func:`open`.

        Returns:
            An ``anyio`` async file.
        """
        from anyio import open_file

        return await open_file(file=file, mode=mode, buffering=buffering)  # type: ignore[no-any-return,call-overload]

    def __repr__(self) -> str:
        return "<BaseLocalFileSystem>"


class FileSystemAdapter:
    """Give a sync or async file system one asynchronous interface."""

    __slots__ = ("file_system",)

    def __init__(self, file_system: FileSystemProtocol) -> None:
        """Initialise the adapter.

        Args:
            file_system: The file system to wrap (``BaseLocalFileSystem``, an ``fsspec``
                file system, or anything with ``info`` and ``open``).
        """
        self.file_system = file_system

    async def info(self, path: PathType) -> FileInfo:
        """Describe the file at ``path``.

        Args:
            path: The file path.

        Returns:
            The file information.

        Raises:
            FileNotFoundError: If there is no such file.
        """
        result: Any = self.file_system.info(path)
        if isawaitable(result):
            result = await result
        return cast("FileInfo", result)

    async def open(
        self, file: PathType, mode: OpenBinaryMode = "rb", buffering: int = -1
    ) -> AsyncFile[bytes]:
        """Open ``file`` for asynchronous reading.

        Args:
            file: The file path.
            mode: The binary mode.
            buffering: The buffering policy.

        Returns:
            An ``anyio`` async file.

        Raises:
            InternalServerException: If the file cannot be opened.
        """
        try:
            result: Any = self.file_system.open(file, mode, buffering=buffering)
            if isawaitable(result):
                return cast("AsyncFile[bytes]", await result)
        except (OSError, ValueError) as exc:
            raise InternalServerException from exc
        from anyio import AsyncFile

        return AsyncFile(result)

    @staticmethod
    async def parse_stat_result(path: PathType, result: stat_result) -> FileInfo:
        """Describe a file from its ``os.stat`` result (resolving a symlink's target).

        Args:
            path: The file path.
            result: Its stat result.

        Returns:
            The file information.
        """
        info = file_info_from_stat(path, result)
        if S_ISLNK(result.st_mode):
            from anyio import Path as AsyncPath

            info["destination"] = str(await AsyncPath(path).readlink()).encode("utf-8")
            try:
                info["size"] = (await AsyncPath(path).stat()).st_size
            except OSError:
                info["size"] = 0
        return info
