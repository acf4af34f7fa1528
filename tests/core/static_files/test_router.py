"""``create_static_files_router``: serving, html mode, attachments, safety, precompressed assets."""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar
from litestar.datastructures import CacheControlHeader
from litestar.exceptions import ImproperlyConfiguredException, NotAuthorizedException
from litestar.file_system import BaseLocalFileSystem
from litestar.static_files import create_static_files_router
from litestar.testing import TestClient


@pytest.fixture
def root(tmp_path: Path) -> Path:
    static = tmp_path / "static"
    (static / "sub").mkdir(parents=True)
    (static / "index.html").write_text("<h1>index</h1>")
    (static / "404.html").write_text("not here")
    (static / "app.css").write_text("body{}")
    (static / "sub" / "x.txt").write_text("sub")
    (static / "sub" / "index.html").write_text("sub index")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "y.txt").write_text("other")
    (tmp_path / "secret.txt").write_text("secret")
    os.symlink(tmp_path / "secret.txt", static / "outside.txt")
    os.symlink(static / "app.css", static / "inside.css")
    return tmp_path


def client_for(*routers: Any) -> TestClient[Litestar]:
    return TestClient(Litestar(list(routers)))


@pytest.fixture
def client(root: Path) -> Iterator[TestClient[Litestar]]:
    with client_for(
        create_static_files_router("/static", [root / "static"]),
        create_static_files_router("/html", [root / "static", root / "other"], html_mode=True, name="html"),
        create_static_files_router("/dl", [root / "static"], send_as_attachment=True, name="dl"),
    ) as client:
        yield client


def test_serves_a_file_inline_with_validators(client: TestClient[Litestar]) -> None:
    response = client.get("/static/app.css")
    assert response.status_code == 200
    assert response.text == "body{}"
    assert response.headers["content-type"] == "text/css; charset=utf-8"
    assert response.headers["content-disposition"] == 'inline; filename="app.css"'
    assert response.headers["content-length"] == "6"
    assert response.headers["etag"].startswith('"')
    assert response.headers["last-modified"].endswith("GMT")


def test_send_as_attachment(client: TestClient[Litestar]) -> None:
    assert client.get("/dl/app.css").headers["content-disposition"] == 'attachment; filename="app.css"'


def test_head_sends_headers_only(client: TestClient[Litestar]) -> None:
    response = client.head("/static/app.css")
    assert response.status_code == 200
    assert response.content == b""
    assert response.headers["content-length"] == "6"


def test_missing_file_is_404_with_the_path(client: TestClient[Litestar]) -> None:
    response = client.get("/static/nope.css")
    assert response.status_code == 404
    assert response.json()["detail"] == "no file or directory match the path nope.css was found"


def test_directory_outside_html_mode_is_404(client: TestClient[Litestar], root: Path) -> None:
    response = client.get("/static/sub")
    assert response.status_code == 404
    assert (
        response.json()["detail"]
        == f"no file or directory match the path {root / 'static' / 'sub'} was found"
    )


def test_the_mount_point_itself_is_404(client: TestClient[Litestar]) -> None:
    assert client.get("/static").status_code == 404


@pytest.mark.parametrize(
    "url", ["/static/%2e%2e/secret.txt", "/static/sub/%2e%2e/%2e%2e/secret.txt", "/static/..%2fsecret.txt"]
)
def test_traversal_is_404(client: TestClient[Litestar], url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert "secret" not in response.text.replace("secret.txt", "")


def test_nul_byte_is_404_not_500(client: TestClient[Litestar]) -> None:
    assert client.get("/static/app.css%00").status_code == 404


def test_dot_segments_inside_the_root_are_folded(client: TestClient[Litestar]) -> None:
    assert client.get("/static/sub/%2e%2e/app.css").text == "body{}"


def test_symlink_outside_the_root_is_refused_by_default(client: TestClient[Litestar]) -> None:
    assert client.get("/static/outside.txt").status_code == 404
    assert client.get("/static/inside.css").text == "body{}"


def test_symlink_outside_the_root_when_allowed(root: Path) -> None:
    router = create_static_files_router("/s", [root / "static"], allow_symlinks_outside_directory=True)
    with client_for(router) as client:
        assert client.get("/s/outside.txt").text == "secret"


def test_html_mode_index_and_404(client: TestClient[Litestar]) -> None:
    assert client.get("/html").text == "<h1>index</h1>"
    assert client.get("/html/").text == "<h1>index</h1>"
    assert client.get("/html/sub/").text == "sub index"
    not_found = client.get("/html/missing")
    assert not_found.status_code == 404
    assert not_found.text == "not here"
    assert not_found.headers["content-type"] == "text/html; charset=utf-8"


def test_html_mode_searches_every_directory(client: TestClient[Litestar]) -> None:
    assert client.get("/html/y.txt").text == "other"


def test_html_mode_without_404_page_is_json_404(root: Path) -> None:
    with client_for(create_static_files_router("/h", [root / "other"], html_mode=True)) as client:
        response = client.get("/h/missing")
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/json"


def test_other_methods_are_405(client: TestClient[Litestar]) -> None:
    assert client.post("/static/app.css").status_code == 405


def test_route_reverse_finds_files(root: Path) -> None:
    app = Litestar([create_static_files_router("/assets", [root / "static"], name="assets")])
    assert app.route_reverse("assets", file_path="css/app.css") == "/assets/css/app.css"


def test_guards_and_cache_control_apply(root: Path) -> None:
    def deny(connection: Any, handler: Any) -> None:
        if connection.headers.get("x-token") != "ok":
            raise NotAuthorizedException

    router = create_static_files_router(
        "/p", [root / "static"], guards=[deny], cache_control=CacheControlHeader(max_age=60)
    )
    with client_for(router) as client:
        assert client.get("/p/app.css").status_code == 401
        response = client.get("/p/app.css", headers={"x-token": "ok"})
        assert response.status_code == 200
        assert response.headers["cache-control"] == "max-age=60"


def test_ranges_work_on_static_files(client: TestClient[Litestar]) -> None:
    response = client.get("/static/app.css", headers={"range": "bytes=0-3"})
    assert response.status_code == 206
    assert response.text == "body"
    head = client.head("/static/app.css", headers={"range": "bytes=0-3"})
    assert head.status_code == 206
    assert head.content == b""
    assert head.headers["content-range"] == "bytes 0-3/6"


def test_precompressed_variants_are_chosen_by_accept_encoding(root: Path) -> None:
    static = root / "static"
    (static / "app.js").write_text("console.log(1)")
    (static / "app.js.gz").write_bytes(gzip.compress(b"console.log(1)"))
    (static / "app.js.br").write_bytes(b"brotli-bytes")
    with client_for(create_static_files_router("/s", [static])) as client:
        # The fake brotli file is not valid brotli: read it raw (httpx would try to decode it).
        with client.stream("GET", "/s/app.js", headers={"accept-encoding": "gzip, br"}) as brotli:
            assert b"".join(brotli.iter_raw()) == b"brotli-bytes"
        assert brotli.headers["content-encoding"] == "br"
        assert brotli.headers["vary"] == "accept-encoding"
        assert brotli.headers["content-type"].startswith("text/javascript")
        assert brotli.headers["content-length"] == str(len(b"brotli-bytes"))
        gzipped = client.get("/s/app.js", headers={"accept-encoding": "gzip;q=1, br;q=0"})
        assert gzipped.headers["content-encoding"] == "gzip"
        assert gzipped.text == "console.log(1)"  # decoded by the client
        plain = client.get("/s/app.js", headers={"accept-encoding": "identity"})
        assert "content-encoding" not in plain.headers
        assert plain.headers["vary"] == "accept-encoding"
        assert plain.text == "console.log(1)"


@pytest.mark.parametrize(
    ("path", "directories", "message"),
    [
        ("", ["x"], "path must be a non-zero length string"),
        ("/a/{x:int}", ["x"], "path parameters are not supported"),
        ("/a", [], "directories must include at least one path"),
    ],
)
def test_misconfiguration_fails_fast(path: str, directories: list[str], message: str) -> None:
    with pytest.raises(ImproperlyConfiguredException, match=message):
        create_static_files_router(path, directories)  # type: ignore[arg-type]


class _MemoryFileSystem:
    """A minimal non-local file system: sync ``info`` and ``open`` over a dict."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files

    def info(self, path: str, **kwargs: Any) -> dict[str, Any]:
        key = str(path).strip("/")
        if key in self.files:
            return {"name": path, "size": len(self.files[key]), "type": "file", "mtime": 1700000000.0}
        if any(name.startswith(key + "/") for name in self.files):
            return {"name": path, "size": 0, "type": "directory"}
        raise FileNotFoundError(path)

    def open(self, path: str, mode: str, buffering: int = -1) -> Any:
        import io

        return io.BytesIO(self.files[str(path).strip("/")])


def test_custom_file_system(root: Path) -> None:
    fs = _MemoryFileSystem({"mem/a.txt": b"from memory", "mem/index.html": b"mem index"})
    router = create_static_files_router(
        "/m", ["/mem"], file_system=fs, html_mode=True, resolve_symlinks=False
    )
    with client_for(router) as client:
        assert client.get("/m/a.txt").text == "from memory"
        assert client.get("/m").text == "mem index"
        assert client.get("/m/a.txt", headers={"range": "bytes=5-"}).text == "memory"
        assert client.get("/m/nope").status_code == 404


def test_default_file_system_is_local() -> None:
    assert repr(BaseLocalFileSystem()) == "<BaseLocalFileSystem>"
