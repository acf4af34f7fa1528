"""``UploadFile``: an uploaded file spooled in memory, rolling over to disk."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from tempfile import SpooledTemporaryFile


__all__ = ("UploadFile",)

ONE_MEGABYTE = 1024 * 1024


class UploadFile:
    """A file received in a ``multipart/form-data`` request."""

    __slots__ = ("content_type", "file", "filename", "headers")

    def __init__(
        self,
        content_type: str,
        filename: str,
        file_data: bytes | None = None,
        headers: dict[str, str] | None = None,
        max_spool_size: int = ONE_MEGABYTE,
    ) -> None:
        """Initialise the upload.

        Args:
            content_type: The part's media type.
            filename: The client-side file name.
            file_data: Initial content, if any.
            headers: The part's headers.
            max_spool_size: Bytes kept in memory before rolling over to disk.
        """
        self.filename = filename
        self.content_type = content_type
        self.headers = headers or {}
        # PERF: tempfile (and shutil, random, bz2, lzma it pulls in) loads on first upload.
        from tempfile import SpooledTemporaryFile

        self.file: SpooledTemporaryFile[bytes] = SpooledTemporaryFile(max_size=max_spool_size)  # noqa: SIM115
        if file_data:
            self.file.write(file_data)
            self.file.seek(0)

    @property
    def rolled_to_disk(self) -> bool:
        """Whether the content was moved from memory to a temporary file on disk."""
        return bool(getattr(self.file, "_rolled", False))

    async def write(self, data: bytes | bytearray) -> int:
        """Write ``data`` to the file.

        Args:
            data: The bytes to write.

        Returns:
            The number of bytes written.
        """
        if self.rolled_to_disk:
            return await _run_sync(self.file.write, data)
        return self.file.write(data)

    async def read(self, size: int = -1) -> bytes:
        """Read up to ``size`` bytes (all remaining bytes by default)."""
        if self.rolled_to_disk:
            return await _run_sync(self.file.read, size)
        return self.file.read(size)

    async def seek(self, offset: int) -> int:
        """Move to ``offset`` and return the new position."""
        if self.rolled_to_disk:
            return await _run_sync(self.file.seek, offset)
        return self.file.seek(offset)

    async def close(self) -> None:
        """Close the file, deleting any temporary file on disk."""
        if self.rolled_to_disk:
            await _run_sync(self.file.close)
        else:
            self.file.close()

    def __repr__(self) -> str:
        return f"{self.filename} - {self.content_type}"


_T = TypeVar("_T")


async def _run_sync(fn: Callable[..., _T], *args: Any) -> _T:
    # PERF: anyio's thread machinery is imported on first use, not at import time.
    from anyio.to_thread import run_sync

    return await run_sync(fn, *args)
