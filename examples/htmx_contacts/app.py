"""An htmx contacts book: templates, static assets, a CSRF-protected form and flash messages.

Run it with ``uv run python examples/htmx_contacts/app.py`` and open http://127.0.0.1:8000.

- ``GET /`` renders the whole page (layout, search box, table, form); with ``HX-Request``
  (the search box) ``GET /contacts`` renders only the table rows.
- ``POST /contacts`` (the form) is protected by CSRF (the token is in the form and, for
  htmx, in the ``X-CSRFToken`` header); htmx gets the new row plus a ``contactAdded``
  event, a plain browser post gets a redirect and a flash message.
- ``DELETE /contacts/{id}`` removes a row; ``/static`` serves the CSS and JS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from litestar import Litestar, MediaType, Request, delete, get, post
from litestar.config.csrf import CSRFConfig
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.enums import RequestEncodingType
from litestar.middleware.session.client_side import CookieBackendConfig
from litestar.params import Body
from litestar.plugins.flash import FlashConfig, FlashPlugin, flash
from litestar.plugins.htmx import HTMXPlugin, HTMXRequest, HTMXTemplate, Reswap
from litestar.response import Redirect, Template
from litestar.static_files import create_static_files_router
from litestar.template import TemplateConfig

__all__ = ("Contact", "ContactBook", "ContactForm", "app", "create_app")

HERE = Path(__file__).resolve().parent


@dataclass
class Contact:
    """A saved contact."""

    id: int
    name: str
    email: str


@dataclass
class ContactForm:
    """What the form posts."""

    name: str = ""
    email: str = ""

    def errors(self) -> dict[str, str]:
        """Return a message per invalid field."""
        problems: dict[str, str] = {}
        if not self.name.strip():
            problems["name"] = "A name is required."
        if "@" not in self.email:
            problems["email"] = "An email address needs an @."
        return problems


@dataclass
class ContactBook:
    """The in-memory store (one per app)."""

    contacts: dict[int, Contact] = field(default_factory=dict)
    ids: count[int] = field(default_factory=lambda: count(1))

    def add(self, name: str, email: str) -> Contact:
        """Save a contact and return it."""
        contact = Contact(id=next(self.ids), name=name.strip(), email=email.strip())
        self.contacts[contact.id] = contact
        return contact

    def search(self, query: str) -> list[Contact]:
        """Return the contacts whose name or email contains ``query``."""
        needle = query.strip().lower()
        return [c for c in self.contacts.values() if needle in c.name.lower() or needle in c.email.lower()]


def _book(request: Request[Any, Any, Any]) -> ContactBook:
    book: ContactBook = request.app.state.book
    return book


@get("/", name="home")
async def home(request: HTMXRequest) -> Template:
    """The whole page."""
    return Template(
        "index.html", context={"contacts": _book(request).search(""), "form": ContactForm(), "errors": {}}
    )


@get("/contacts", name="contacts")
async def list_contacts(request: HTMXRequest, q: str = "") -> Template:
    """Search results: the table rows for htmx, the whole page otherwise."""
    contacts = _book(request).search(q)
    if request.htmx:
        return HTMXTemplate(
            template_name="_rows.html",
            context={"contacts": contacts},
            push_url=f"/contacts?{urlencode({'q': q})}",
        )
    return Template("index.html", context={"contacts": contacts, "form": ContactForm(), "errors": {}, "q": q})


@post("/contacts", name="add_contact")
async def add_contact(
    request: HTMXRequest,
    data: Annotated[ContactForm, Body(media_type=RequestEncodingType.URL_ENCODED)],
) -> Template | Redirect:
    """Validate and save a contact."""
    errors = data.errors()
    if errors:
        if request.htmx:
            # Show the form again in place, with the messages, instead of adding a row.
            return HTMXTemplate(
                template_name="_form.html",
                context={"form": data, "errors": errors},
                re_target="#contact-form",
                re_swap="outerHTML",
            )
        flash(request, "Please fix the form.", category="error")
        return Redirect("/")
    contact = _book(request).add(data.name, data.email)
    if request.htmx:
        return HTMXTemplate(
            template_name="_row.html",
            context={"contact": contact},
            trigger_event="contactAdded",
            params={"id": contact.id},
            after="settle",
        )
    flash(request, f"Added {contact.name}.", category="success")
    return Redirect("/")


@delete("/contacts/{contact_id:int}", name="delete_contact", status_code=200)
async def delete_contact(request: HTMXRequest, contact_id: int) -> Reswap[str]:
    """Remove a contact; htmx swaps its row out."""
    _book(request).contacts.pop(contact_id, None)
    return Reswap("", method="outerHTML", media_type=MediaType.HTML)


def create_app() -> Litestar:
    """Build the app with a fresh, empty contact book."""
    templates = TemplateConfig(directory=HERE / "templates", engine=JinjaTemplateEngine)
    app = Litestar(
        [
            home,
            list_contacts,
            add_contact,
            delete_contact,
            create_static_files_router("/static", [HERE / "static"]),
        ],
        template_config=templates,
        csrf_config=CSRFConfig(secret="change me: example only"),
        middleware=[CookieBackendConfig(secret=b"0123456789abcdef").middleware],
        plugins=[HTMXPlugin(), FlashPlugin(FlashConfig(template_config=templates))],
    )
    app.state.book = ContactBook()
    return app


app = create_app()

if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=8000)
