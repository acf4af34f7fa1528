"""Types describing file systems used to serve files."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import IO, TYPE_CHECKING, Any, AnyStr, Literal, NotRequired, Protocol, TypedDict

if TYPE_CHECKING:
    from anyio import AsyncFile

    from litestar.types._composites import PathType

__all__ = ("FileInfo", "FileSystemProtocol")


class FileInfo(TypedDict):
    """Information about a file, as returned by a file system's ``info``."""

    created: float
    destination: NotRequired[bytes | None]
    gid: int
    ino: int
    islink: bool
    mode: int
    mtime: float
    name: str
    nlink: int
    size: int
    type: Literal["file", "directory", "other"]
    uid: int


class FileSystemProtocol(Protocol):
    """A file system able to describe and open files (e.g. an ``fsspec`` file system)."""

    def info(self, path: PathType, **kwargs: Any) -> FileInfo | Awaitable[FileInfo]:
        """Return information about the file at ``path``."""
        ...

    def open(
        self, file: PathType, mode: str, buffering: int = -1
    ) -> IO[AnyStr] | Awaitable[AsyncFile[AnyStr]]:
        """Open the file at ``file``."""
        ...
