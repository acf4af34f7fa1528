"""Turning an ``os.stat`` result into the ``FileInfo`` mapping file systems return."""

from __future__ import annotations

from stat import S_ISDIR, S_ISLNK, S_ISREG
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from os import stat_result

    from litestar.types._composites import PathType
    from litestar.types.file_types import FileInfo

__all__ = ("file_info_from_stat",)


def file_info_from_stat(path: PathType, result: stat_result) -> FileInfo:
    """Describe a file from its ``os.stat`` result.

    Args:
        path: The file path.
        result: Its stat result.

    Returns:
        The file information.
    """
    mode = result.st_mode
    kind = "directory" if S_ISDIR(mode) else "file" if S_ISREG(mode) else "other"
    return {
        "created": result.st_ctime,
        "gid": result.st_gid,
        "ino": result.st_ino,
        "islink": S_ISLNK(mode),
        "mode": mode,
        "mtime": result.st_mtime,
        "name": str(path),
        "nlink": result.st_nlink,
        "size": result.st_size,
        "type": kind,  # type: ignore[typeddict-item]
        "uid": result.st_uid,
    }
