"""Static files served from an fsspec in-memory file system (a non-local ``file_system``)."""

from __future__ import annotations

import fsspec
from litestar import Litestar
from litestar.static_files import create_static_files_router


def create_app() -> Litestar:
    fs = fsspec.filesystem("memory")
    fs.pipe("/site/a.txt", b"from memory")
    fs.pipe("/site/index.html", b"<p>index</p>")
    fs.pipe("/site/404.html", b"<p>missing</p>")
    fs.pipe("/site/docs/guide.md", b"# guide")
    return Litestar(
        [
            create_static_files_router("/mem", ["/site"], file_system=fs),
            create_static_files_router("/html", ["/site"], file_system=fs, html_mode=True, name="html"),
        ]
    )


REQUESTS = [
    {"method": "GET", "url": "/mem/a.txt", "name": "file"},
    {"method": "GET", "url": "/mem/docs/guide.md", "name": "nested"},
    {"method": "HEAD", "url": "/mem/a.txt", "name": "head"},
    {"method": "GET", "url": "/mem/nope.txt", "name": "missing"},
    {"method": "GET", "url": "/html", "name": "html index"},
    {"method": "GET", "url": "/html/nope", "name": "html 404 page"},
    {"method": "GET", "url": "/html/a.txt", "name": "html file"},
]
