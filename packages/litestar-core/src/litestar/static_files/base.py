"""``StaticFiles``: find a requested path in a list of directories and send the file.

Security: the requested path is normalised (``..`` and ``.`` segments folded, NUL bytes
refused) and must stay inside one of the directories; with the local file system, the
real path (symlinks resolved) must stay inside one of the real directories too, unless
``allow_symlinks_outside_directory`` is set. A path that escapes is answered like a
missing file (404), so probing reveals nothing.

Precompressed assets: when the client accepts ``br`` or ``gzip`` and ``<file>.br`` or
``<file>.gz`` sits next to the requested file, that file is sent with the matching
``content-encoding`` (and ``vary: accept-encoding``), typed as the original.
"""

from __future__ import annotations

import os
import posixpath
from mimetypes import guess_type
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

from litestar._file_info import file_info_from_stat
from litestar.exceptions.http_exceptions import MethodNotAllowedException, NotFoundException
from litestar.file_system import BaseLocalFileSystem, FileSystemAdapter
from litestar.response.file import ASGIFileResponse

if TYPE_CHECKING:
    from collections.abc import Sequence

    from litestar.types._composites import PathType
    from litestar.types.asgi_types import Receive, Scope, Send
    from litestar.types.file_types import FileInfo, FileSystemProtocol

__all__ = ("StaticFiles",)

_PRECOMPRESSED: Final = ((b"br", ".br", "br"), (b"gzip", ".gz", "gzip"))
_VARY: Final = {"vary": "accept-encoding"}


def _safe_relative(file_path: str) -> str | None:
    """Fold ``.``/``..`` segments of a request path; ``None`` if it escapes or holds NUL."""
    if "\x00" in file_path:
        return None
    relative = posixpath.normpath(file_path.lstrip("/"))
    if relative == ".":
        return ""
    if relative == ".." or relative.startswith("../"):
        return None
    return relative


def _accepts(accept_encoding: bytes, token: bytes) -> bool:
    for item in accept_encoding.lower().split(b","):
        name, _, params = item.strip().partition(b";")
        if name == token:
            quality = params.strip().removeprefix(b"q=")
            return not quality or quality.strip() not in (b"0", b"0.0", b"0.00", b"0.000")
    return False


class StaticFiles:
    """An ASGI app serving the files below a list of directories."""

    __slots__ = (
        "_is_local",
        "_real_directories",
        "adapter",
        "allow_symlinks_outside_directory",
        "directories",
        "headers",
        "is_html_mode",
        "send_as_attachment",
    )

    def __init__(
        self,
        is_html_mode: bool,
        directories: Sequence[PathType],
        file_system: FileSystemProtocol,
        send_as_attachment: bool = False,
        resolve_symlinks: bool = True,
        headers: dict[str, str] | None = None,
        *,
        allow_symlinks_outside_directory: bool = False,
    ) -> None:
        """Initialise the app.

        Args:
            is_html_mode: Serve ``index.html`` for directories and ``404.html`` for misses.
            directories: The directories to look in, in order.
            file_system: The file system holding them.
            send_as_attachment: Send files as downloads (``content-disposition: attachment``).
            resolve_symlinks: Resolve symlinks in ``directories`` once, at startup.
            headers: Headers added to every file response.
            allow_symlinks_outside_directory: Serve a symlink whose target lies outside
                the directories (refused by default).
        """
        self.adapter = FileSystemAdapter(file_system)
        self.allow_symlinks_outside_directory = allow_symlinks_outside_directory
        self.directories = tuple(
            os.path.realpath(d) if resolve_symlinks else os.fspath(d) for d in directories
        )
        self.headers = headers
        self.is_html_mode = is_html_mode
        self.send_as_attachment = send_as_attachment
        self._is_local = isinstance(file_system, BaseLocalFileSystem)
        self._real_directories = tuple(os.path.realpath(d) for d in self.directories)

    def _local_info(self, candidate: str) -> FileInfo | None:
        try:
            result = os.stat(candidate)
        except (OSError, ValueError):
            return None
        if not self.allow_symlinks_outside_directory:
            real = os.path.realpath(candidate)
            if not any(
                real == d or real.startswith(d.rstrip(os.sep) + os.sep) for d in self._real_directories
            ):
                return None
        return file_info_from_stat(candidate, result)

    async def get_fs_info(
        self, directories: Sequence[PathType], file_path: PathType
    ) -> tuple[Path, FileInfo] | tuple[None, None]:
        """Find ``file_path`` in the first directory holding it.

        Args:
            directories: The directories to look in, in order.
            file_path: The path relative to them.

        Returns:
            The joined path and its file information, or ``(None, None)``.
        """
        relative = _safe_relative(os.fspath(file_path))
        if relative is None:
            return None, None
        for directory in directories:
            candidate = os.path.join(os.fspath(directory), relative) if relative else os.fspath(directory)
            if self._is_local:
                info = self._local_info(candidate)
                if info is not None:
                    return Path(candidate), info
                continue
            try:
                return Path(candidate), await self.adapter.info(candidate)
            except (FileNotFoundError, NotADirectoryError, PermissionError):
                continue
        return None, None

    async def handle(self, path: str, is_head_response: bool) -> ASGIFileResponse:
        """Build the response for a request path (relative to the mount point).

        Args:
            path: The requested path.
            is_head_response: Answer a ``HEAD`` request (headers only).

        Returns:
            The file response.

        Raises:
            NotFoundException: If no file matches (and, in html mode, no ``404.html``).
        """
        return await self._respond(path, is_head_response, None)

    async def _respond(
        self, path: str, is_head_response: bool, accept_encoding: bytes | None
    ) -> ASGIFileResponse:
        """Like :meth:`handle`, also choosing a precompressed variant the client accepts.

        Args:
            path: The requested path.
            is_head_response: Answer a ``HEAD`` request (headers only).
            accept_encoding: The request's ``accept-encoding`` header, if any.

        Returns:
            The file response.

        Raises:
            NotFoundException: If no file matches (and, in html mode, no ``404.html``).
        """
        file_path, file_info = await self.get_fs_info(self.directories, path)
        filename = posixpath.basename(path.rstrip("/"))
        if file_info is not None and file_info["type"] == "directory" and self.is_html_mode:
            file_path, file_info = await self.get_fs_info(self.directories, f"{path.rstrip('/')}/index.html")
            filename = "index.html"
        if file_info is not None and file_info["type"] == "file":
            assert file_path is not None
            return await self._file_response(
                file_path, file_info, filename, is_head_response, accept_encoding
            )
        if self.is_html_mode:
            not_found_path, not_found_info = await self.get_fs_info(self.directories, "404.html")
            if not_found_info is not None and not_found_path is not None:
                return self._response(not_found_path, not_found_info, "404.html", is_head_response, 404)
        shown = str(file_path) if file_path is not None else path.lstrip("/")
        raise NotFoundException(f"no file or directory match the path {shown} was found")

    async def _file_response(
        self,
        file_path: Path,
        file_info: FileInfo,
        filename: str,
        is_head_response: bool,
        accept_encoding: bytes | None,
    ) -> ASGIFileResponse:
        if not self._is_local:
            return self._response(file_path, file_info, filename, is_head_response, 200)
        variants = [
            (token, variant_path, variant_info, encoding)
            for token, suffix, encoding in _PRECOMPRESSED
            if (variant_info := self._variant_info(variant_path := f"{file_path}{suffix}")) is not None
        ]
        if not variants:
            return self._response(file_path, file_info, filename, is_head_response, 200)
        for token, variant_path, variant_info, encoding in variants:
            if accept_encoding and _accepts(accept_encoding, token):
                return self._response(
                    Path(variant_path),
                    variant_info,
                    filename,
                    is_head_response,
                    200,
                    {"content-encoding": encoding, **_VARY},
                )
        return self._response(file_path, file_info, filename, is_head_response, 200, dict(_VARY))

    def _variant_info(self, candidate: str) -> FileInfo | None:
        info = self._local_info(candidate)
        return info if info is not None and info["type"] == "file" else None

    def _response(
        self,
        file_path: Path,
        file_info: FileInfo,
        filename: str,
        is_head_response: bool,
        status_code: int,
        extra_headers: dict[str, str] | None = None,
    ) -> ASGIFileResponse:
        disposition: Literal["attachment", "inline"] = "attachment" if self.send_as_attachment else "inline"
        headers: dict[str, str] | None = self.headers
        if extra_headers:
            headers = {**(headers or {}), **extra_headers}
        return ASGIFileResponse(
            file_path=file_path,
            file_info=file_info,
            file_system=None if self._is_local else self.adapter.file_system,
            filename=filename,
            content_disposition_type=disposition,
            media_type=guess_type(filename)[0] or None,
            headers=headers,
            is_head_response=is_head_response,
            status_code=status_code,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the file named by the scope's path (mounted use).

        Args:
            scope: The ASGI connection scope.
            receive: The ASGI receive callable.
            send: The ASGI send callable.

        Raises:
            MethodNotAllowedException: For methods other than ``GET`` and ``HEAD``.
        """
        method = scope.get("method")
        if method not in ("GET", "HEAD"):
            raise MethodNotAllowedException(headers={"Allow": "GET, HEAD"})
        accept_encoding = next((v for n, v in scope["headers"] if n == b"accept-encoding"), None)
        response = await self._respond(scope["path"].rstrip("/") or "/", method == "HEAD", accept_encoding)
        await response(scope, receive, send)
