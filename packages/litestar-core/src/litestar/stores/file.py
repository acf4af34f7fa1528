"""``FileStore``: one file per key in a directory, written atomically."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from anyio import Lock
from anyio.to_thread import run_sync

from litestar.stores.base import (
    NamespacedStore,
    StorageObject,
    _encode_value,
    _expiry_seconds,
    _renewal,
)

if TYPE_CHECKING:
    from datetime import timedelta
    from os import PathLike

__all__ = ("FileStore",)


def _safe_file_name(key: str) -> str:
    """Map a key to a file name: alphanumerics are kept, other characters become their code."""
    return "".join(c if c.isalnum() else str(ord(c)) for c in key)


class FileStore(NamespacedStore):
    """A store keeping each value in its own file under :attr:`path`.

    Files are written to a temporary name and renamed into place, so a reader never sees a
    half-written value. Blocking file I/O runs in a worker thread.
    """

    path: Path = Path()
    """The directory holding the files."""
    create_directories: bool = False
    """Whether missing parent directories are created on write."""

    def __init__(self, path: PathLike[str], *, create_directories: bool = False) -> None:
        """Initialise the store.

        Args:
            path: The directory holding the files.
            create_directories: Also create missing parents of ``path`` on write.
        """
        self.path = Path(path)
        self.create_directories = create_directories
        self.namespace: str | None = None
        self._lock = Lock()

    def with_namespace(self, namespace: str) -> FileStore:
        """Return a store keeping its files in the subdirectory ``namespace``.

        Args:
            namespace: The subdirectory's name.

        Returns:
            The new store.
        """
        store = type(self)(self.path / namespace, create_directories=self.create_directories)
        store.namespace = namespace
        return store

    def _path_for(self, key: str) -> Path:
        return self.path / _safe_file_name(key)

    def _write(self, target: Path, obj: StorageObject) -> None:
        # The directory itself is always created; its parents only when asked to.
        target.parent.mkdir(parents=self.create_directories, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(obj.to_bytes())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @staticmethod
    def _read(target: Path) -> StorageObject | None:
        try:
            raw = target.read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            return None
        obj = StorageObject.from_bytes(raw)
        if obj.expired:
            target.unlink(missing_ok=True)
            return None
        return obj

    async def set(self, key: str, value: str | bytes, expires_in: int | timedelta | None = None) -> None:
        """Store ``value`` under ``key``, expiring after ``expires_in`` seconds (never if ``None``)."""
        obj = StorageObject.new(_encode_value(value), _expiry_seconds(expires_in))
        await run_sync(self._write, self._path_for(key), obj)

    async def get(self, key: str, renew_for: int | timedelta | None = None) -> bytes | None:
        """Return the value of ``key`` (``None`` if missing or expired), renewing its expiry if asked."""
        target = self._path_for(key)
        obj = await run_sync(self._read, target)
        if obj is None:
            return None
        renewal = _renewal(renew_for)
        if renewal is not None and obj.expires_at is not None:
            await run_sync(self._write, target, StorageObject.new(obj.data, renewal))
        return obj.data

    async def delete(self, key: str) -> None:
        """Delete ``key`` (a missing key is fine)."""
        await run_sync(lambda: self._path_for(key).unlink(missing_ok=True))

    async def delete_all(self) -> None:
        """Delete the store's directory and everything in it."""
        await run_sync(lambda: shutil.rmtree(self.path, ignore_errors=True))

    async def delete_expired(self) -> None:
        """Delete the files of every expired value."""

        def sweep() -> None:
            if not self.path.is_dir():
                return
            for entry in self.path.iterdir():
                if entry.is_file() and not entry.name.startswith("."):
                    self._read(entry)

        await run_sync(sweep)

    async def exists(self, key: str) -> bool:
        """Tell whether ``key`` holds an unexpired value."""
        return await run_sync(self._read, self._path_for(key)) is not None

    async def expires_in(self, key: str) -> int | None:
        """Seconds until ``key`` expires: ``-1`` for never, ``None`` when missing."""
        obj = await run_sync(self._read, self._path_for(key))
        return None if obj is None else obj.expires_in

    async def increment(self, key: str, window: int) -> tuple[int, int]:
        """Count one more hit in the window of ``key``; atomic within this process.

        Args:
            key: The counter's key.
            window: Length of the window in seconds.

        Returns:
            The count including this hit, and the seconds until the window resets.
        """
        async with self._lock:
            return await super().increment(key, window)
