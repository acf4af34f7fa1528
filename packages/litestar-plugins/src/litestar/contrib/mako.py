"""The Mako template engine (``pip install 'litestar[mako]'``)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from litestar.exceptions import (
    ImproperlyConfiguredException,
    MissingDependencyException,
    TemplateNotFoundException,
)
from litestar.template.base import (
    TemplateEngineProtocol,
    TemplateProtocol,
    csrf_token,
    url_for,
    url_for_static_asset,
)
from typing_extensions import ParamSpec

try:
    from mako.exceptions import TemplateLookupException as MakoTemplateNotFound
    from mako.lookup import TemplateLookup
    from mako.template import Template as _MakoTemplate
except ImportError as exc:
    if exc.name not in ("mako", "markupsafe") and not str(exc.name).startswith("mako."):
        raise
    raise MissingDependencyException("mako") from exc

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from litestar.template.base import TemplateCallableType

__all__ = ("MakoTemplate", "MakoTemplateEngine")

P = ParamSpec("P")
T = TypeVar("T")


class MakoTemplate(TemplateProtocol):
    """A Mako template that passes the engine's template callables to each render."""

    def __init__(
        self,
        template: _MakoTemplate,
        template_callables: list[tuple[str, TemplateCallableType[Any, Any, Any]]],
    ) -> None:
        """Wrap a loaded template.

        Args:
            template: The Mako template.
            template_callables: ``(name, callable)`` pairs bound to the context at render.
        """
        super().__init__()
        self.template = template
        self.template_callables = template_callables

    def render(self, *args: Any, **kwargs: Any) -> str:
        """Render with the context given as keyword arguments.

        Returns:
            The rendered text.
        """
        for name, template_callable in self.template_callables:
            kwargs[name] = partial(template_callable, kwargs)
        return str(self.template.render(*args, **kwargs))


class MakoTemplateEngine(TemplateEngineProtocol[MakoTemplate, "Mapping[str, Any]"]):
    """Render templates with Mako (HTML-escaping every expression), with ``url_for`` and CSRF helpers."""

    def __init__(
        self, directory: Path | list[Path] | None = None, engine_instance: Any | None = None
    ) -> None:
        """Build the engine from template directories or a ``mako.lookup.TemplateLookup``.

        Args:
            directory: Where templates are looked up.
            engine_instance: A configured lookup, used as it is.

        Raises:
            ImproperlyConfiguredException: Unless exactly one of the two is given.
        """
        if bool(directory) == (engine_instance is not None):
            raise ImproperlyConfiguredException(
                "You must provide either a directory or a mako TemplateLookup."
            )
        if engine_instance is None:
            directories = directory if isinstance(directory, (list, tuple)) else [directory]
            engine_instance = TemplateLookup(directories=[str(d) for d in directories], default_filters=["h"])
        self.engine: TemplateLookup = engine_instance
        self._template_callables: list[tuple[str, TemplateCallableType[Any, Any, Any]]] = []
        self.register_template_callable("url_for_static_asset", url_for_static_asset)
        self.register_template_callable("csrf_token", csrf_token)
        self.register_template_callable("url_for", url_for)

    def get_template(self, template_name: str) -> MakoTemplate:
        """Load a template by name.

        Args:
            template_name: The template's name, relative to the directories.

        Returns:
            The template.

        Raises:
            TemplateNotFoundException: If there is no such template.
        """
        try:
            return MakoTemplate(self.engine.get_template(template_name), self._template_callables)
        except MakoTemplateNotFound as exc:
            raise TemplateNotFoundException(template_name=template_name) from exc

    def register_template_callable(
        self, key: str, template_callable: TemplateCallableType[Mapping[str, Any], P, T]
    ) -> None:
        """Make ``template_callable`` callable from templates; it receives the context first.

        Args:
            key: The name templates call it by.
            template_callable: The function.
        """
        self._template_callables.append((key, template_callable))

    def render_string(self, template_string: str, context: Mapping[str, Any]) -> str:
        """Render a template given as a string (without the lookup's filters or callables).

        Args:
            template_string: The template source.
            context: The variables.

        Returns:
            The rendered text.
        """
        return str(_MakoTemplate(template_string).render(**context))

    @classmethod
    def from_template_lookup(cls, template_lookup: TemplateLookup) -> MakoTemplateEngine:
        """Build the engine around an existing template lookup.

        Args:
            template_lookup: The lookup.

        Returns:
            The engine.
        """
        return cls(directory=None, engine_instance=template_lookup)
