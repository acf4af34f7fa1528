"""CSRF: token cookie on safe requests, header or form field on unsafe ones."""

from __future__ import annotations

from litestar import Litestar, Request, get, post
from litestar.config.csrf import CSRFConfig
from litestar.testing import TestClient
from litestar.utils.scope.state import ScopeState


@get("/form")
async def form_page(request: Request) -> dict[str, str]:
    return {"token": ScopeState.from_scope(request.scope).csrf_token}


@post("/submit")
async def submit() -> dict[str, int]:
    return {"ok": 1}


@post("/form-submit")
async def form_submit(request: Request) -> dict[str, str]:
    return dict(await request.form())


@post("/open", exclude_from_csrf=True)
async def open_endpoint() -> dict[str, int]:
    return {"ok": 1}


def _app(**kwargs: object) -> Litestar:
    return Litestar(
        [form_page, submit, form_submit, open_endpoint], csrf_config=CSRFConfig(secret="s3cret", **kwargs)
    )  # type: ignore[arg-type]


def test_token_cookie_is_set_once_and_exposed_to_the_request() -> None:
    with TestClient(_app()) as client:
        response = client.get("/form")
        token = client.cookies["csrftoken"]
        assert len(token) == 128
        assert response.json() == {"token": token}
        assert response.headers["set-cookie"] == f"csrftoken={token}; Path=/; SameSite=lax"
        again = client.get("/form")
        assert "set-cookie" not in again.headers
        assert again.json() == {"token": token}


def test_unsafe_requests_need_the_token() -> None:
    with TestClient(_app()) as client:
        assert client.post("/submit").json() == {
            "status_code": 403,
            "detail": "CSRF token verification failed",
        }
        client.get("/form")
        token = client.cookies["csrftoken"]
        assert client.post("/submit", headers={"x-csrftoken": token}).status_code == 201
        assert client.post("/submit", headers={"x-csrftoken": "a" * 128}).status_code == 403
        form = client.post("/form-submit", data={"_csrf_token": token, "x": "1"})
        assert form.status_code == 201
        assert form.json()["x"] == "1"
        assert client.post("/form-submit", data={"x": "1"}).status_code == 403
        assert client.post("/open").status_code == 201


def test_forged_cookie_and_header_pair_is_rejected() -> None:
    with TestClient(_app()) as client:
        client.cookies.set("csrftoken", "f" * 128)
        assert client.post("/submit", headers={"x-csrftoken": "f" * 128}).status_code == 403


def test_cookie_options_safe_methods_and_exclude() -> None:
    app = _app(
        cookie_name="c",
        header_name="x-t",
        cookie_secure=True,
        cookie_httponly=True,
        cookie_samesite="strict",
        cookie_domain="testserver.local",
        safe_methods={"GET", "POST"},
        exclude=["/submit"],
    )
    with TestClient(app) as client:
        cookie = client.get("/form").headers["set-cookie"]
        assert cookie.startswith("c=")
        assert cookie.endswith("; Domain=testserver.local; HttpOnly; Path=/; SameSite=strict; Secure")
        assert client.post("/form-submit").status_code == 201
        assert client.put("/form-submit").status_code == 405
