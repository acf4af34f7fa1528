"""Static files: plain, html mode, attachments, HEAD, 404s, traversal attempts, the deprecated config."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from litestar import Litestar
from litestar.static_files import StaticFilesConfig, create_static_files_router

HERE = Path(__file__).resolve().parent
STATIC = HERE / "_static"
FILES = HERE / "_files"


def create_app() -> Litestar:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        legacy = StaticFilesConfig(path="/legacy", directories=[STATIC], name="legacy")
        return Litestar(
            [
                create_static_files_router("/static", [STATIC]),
                create_static_files_router("/site", [STATIC, FILES], html_mode=True, name="site"),
                create_static_files_router("/download", [STATIC], send_as_attachment=True, name="download"),
            ],
            static_files_config=[legacy],
        )


IGNORE_HEADERS = ["last-modified"]

REQUESTS = [
    {"method": "GET", "url": "/static/app.css", "name": "css"},
    {"method": "GET", "url": "/static/app.js", "name": "js"},
    {"method": "GET", "url": "/static/data.json", "name": "json"},
    {"method": "GET", "url": "/static/sub/note.txt", "name": "nested"},
    {"method": "HEAD", "url": "/static/app.css", "name": "head"},
    {"method": "GET", "url": "/static/missing.css", "name": "missing"},
    {"method": "GET", "url": "/static/sub", "name": "directory without html mode"},
    {"method": "GET", "url": "/static/sub/", "name": "directory with slash"},
    {"method": "GET", "url": "/static", "name": "mount point"},
    {"method": "GET", "url": "/static/", "name": "mount point slash"},
    {"method": "POST", "url": "/static/app.css", "name": "post"},
    {"method": "GET", "url": "/static/%2e%2e/_files/hello.txt", "name": "encoded dot-dot"},
    {"method": "GET", "url": "/static/sub/%2e%2e/%2e%2e/static_files.py", "name": "deep dot-dot"},
    {"method": "GET", "url": "/static/..%2f..%2fstatic_files.py", "name": "encoded slash"},
    {"method": "GET", "url": "/static/sub/%2e%2e/app.css", "name": "dot-dot inside the root"},
    {"method": "GET", "url": "/static/./app.css", "name": "dot segment"},
    {"method": "GET", "url": "/site", "name": "html index"},
    {"method": "GET", "url": "/site/", "name": "html index slash"},
    {"method": "GET", "url": "/site/docs/", "name": "html nested index"},
    {"method": "GET", "url": "/site/docs", "name": "html nested index no slash"},
    {"method": "GET", "url": "/site/nowhere", "name": "html 404 page"},
    {"method": "GET", "url": "/site/sub/", "name": "html directory without index"},
    {"method": "GET", "url": "/site/hello.txt", "name": "second directory"},
    {"method": "HEAD", "url": "/site/app.css", "name": "html head"},
    {"method": "GET", "url": "/download/app.css", "name": "attachment"},
    {"method": "GET", "url": "/download/nope", "name": "attachment missing"},
    {"method": "GET", "url": "/legacy/app.css", "name": "legacy config"},
    {"method": "GET", "url": "/legacy/nope", "name": "legacy missing"},
    {"method": "HEAD", "url": "/legacy/app.css", "name": "legacy head"},
    {"method": "DELETE", "url": "/legacy/app.css", "name": "legacy delete"},
]


def NORMALISE(resp: dict) -> dict:
    """Etags hold mtimes and 404 details absolute paths: keep their shape only."""
    headers = resp.get("headers", {})
    if isinstance(headers.get("etag"), str):
        headers["etag"] = re.sub(r"[0-9.]+", "<n>", headers["etag"])
    body = resp.get("body")
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        body["detail"] = body["detail"].replace(str(HERE), "<here>")
        headers.pop("content-length", None)
    return resp
