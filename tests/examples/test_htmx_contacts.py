"""The htmx contacts example: pages, partials, CSRF, flash messages and static assets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _import_file import import_file
from litestar import Litestar
from litestar.testing import TestClient

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "htmx_contacts" / "app.py"


def _load() -> Any:
    return import_file("htmx_contacts_app", EXAMPLE)


@pytest.fixture
def client() -> Iterator[TestClient[Litestar]]:
    with TestClient(_load().create_app()) as client:
        client.get("/")  # sets the CSRF cookie
        yield client


def token(client: TestClient[Litestar]) -> str:
    value = client.cookies.get("csrftoken")
    assert value
    return value


def htmx(client: TestClient[Litestar], **extra: str) -> dict[str, str]:
    return {"HX-Request": "true", "X-CSRFToken": token(client), **extra}


def test_home_page_has_the_form_the_token_and_the_assets(client: TestClient[Litestar]) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert f'name="_csrf_token" value="{token(client)}"' in page.text
    assert f'"X-CSRFToken": "{token(client)}"' in page.text
    assert 'href="/static/app.css"' in page.text
    assert "No contacts yet." in page.text


def test_static_assets_are_served(client: TestClient[Litestar]) -> None:
    css = client.get("/static/app.css")
    assert css.status_code == 200
    assert css.headers["content-type"] == "text/css; charset=utf-8"
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")


def test_posting_without_the_token_is_forbidden(client: TestClient[Litestar]) -> None:
    response = client.post("/contacts", data={"name": "Ann", "email": "ann@example.org"})
    assert response.status_code == 403
    assert response.json()["detail"] == "CSRF token verification failed"


def test_plain_form_post_redirects_and_flashes(client: TestClient[Litestar]) -> None:
    response = client.post(
        "/contacts",
        data={"name": "Ann", "email": "ann@example.org", "_csrf_token": token(client)},
        follow_redirects=False,
    )
    assert response.status_code == 302
    assert response.headers["location"] == "/"
    page = client.get("/")
    assert '<p class="flash flash-success">Added Ann.</p>' in page.text
    assert "<td>ann@example.org</td>" in page.text
    assert "Added Ann." not in client.get("/").text  # shown once


def test_htmx_post_returns_the_row_and_an_event(client: TestClient[Litestar]) -> None:
    response = client.post(
        "/contacts", data={"name": "Bob", "email": "bob@example.org"}, headers=htmx(client)
    )
    assert response.status_code == 200  # a Template's own status code wins over the handler's 201
    assert response.text.startswith('<tr id="contact-1"><td>Bob</td>')
    assert response.headers["hx-trigger-after-settle"] == '{"contactAdded":{"id":1}}'


def test_htmx_post_with_errors_retargets_the_form(client: TestClient[Litestar]) -> None:
    response = client.post("/contacts", data={"name": "", "email": "nope"}, headers=htmx(client))
    assert response.headers["hx-retarget"] == "#contact-form"
    assert response.headers["hx-reswap"] == "outerHTML"
    assert "A name is required." in response.text
    assert "An email address needs an @." in response.text


def test_plain_post_with_errors_flashes(client: TestClient[Litestar]) -> None:
    response = client.post("/contacts", data={"name": "", "_csrf_token": token(client)})
    assert response.status_code == 200  # the redirect was followed
    assert '<p class="flash flash-error">Please fix the form.</p>' in response.text


def test_search_returns_rows_for_htmx_and_pages_otherwise(client: TestClient[Litestar]) -> None:
    for name in ("Ann", "Bob"):
        client.post("/contacts", data={"name": name, "email": f"{name.lower()}@x.org"}, headers=htmx(client))
    partial = client.get("/contacts", params={"q": "bo"}, headers={"HX-Request": "true"})
    assert partial.headers["hx-push-url"] == "/contacts?q=bo"
    assert "Bob" in partial.text
    assert "Ann" not in partial.text
    assert "<html" not in partial.text
    full = client.get("/contacts", params={"q": "an"})
    assert "<html" in full.text
    assert "Ann" in full.text


def test_delete_removes_the_row(client: TestClient[Litestar]) -> None:
    client.post("/contacts", data={"name": "Ann", "email": "ann@x.org"}, headers=htmx(client))
    response = client.delete("/contacts/1", headers=htmx(client))
    assert response.status_code == 200
    assert response.text == ""
    assert response.headers["hx-reswap"] == "outerHTML"
    assert "No contacts yet." in client.get("/").text
