"""The Jinja2 template engine (``pip install 'litestar[jinja]'``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from litestar.exceptions import (
    ImproperlyConfiguredException,
    MissingDependencyException,
    TemplateNotFoundException,
)
from litestar.template.base import TemplateEngineProtocol, csrf_token, url_for, url_for_static_asset
from typing_extensions import ParamSpec

try:
    from jinja2 import Environment, FileSystemLoader, pass_context
    from jinja2 import TemplateNotFound as JinjaTemplateNotFound
    from litestar.contrib._jinja_runtime import FastEnvironment
except ImportError as exc:
    if exc.name not in ("jinja2", "markupsafe"):
        raise
    raise MissingDependencyException("jinja2", extra="jinja") from exc

if TYPE_CHECKING:
    from pathlib import Path

    from jinja2 import Template as JinjaTemplate
    from litestar.template.base import TemplateCallableType

__all__ = ("JinjaTemplateEngine",)

P = ParamSpec("P")
T = TypeVar("T")


class JinjaTemplateEngine(TemplateEngineProtocol["JinjaTemplate", Mapping[str, Any]]):
    """Render templates with Jinja2 (autoescaping on), ``url_for`` and CSRF helpers included."""

    def __init__(
        self, directory: Path | list[Path] | None = None, engine_instance: Environment | None = None
    ) -> None:
        """Build the engine from template directories or a ``jinja2.Environment``.

        Args:
            directory: Where templates are looked up.
            engine_instance: A configured environment, used as it is.

        Raises:
            ImproperlyConfiguredException: Unless exactly one of the two is given.
        """
        if bool(directory) == (engine_instance is not None):
            raise ImproperlyConfiguredException(
                "You must provide either a directory or a jinja2 Environment instance."
            )
        if engine_instance is None:
            # PERF: same output as a stock Environment, with cheaper lookups and calls.
            engine_instance = FastEnvironment(loader=FileSystemLoader(searchpath=directory), autoescape=True)  # type: ignore[arg-type]
        self.engine = engine_instance
        self.register_template_callable("url_for_static_asset", url_for_static_asset)
        self.register_template_callable("csrf_token", csrf_token)
        self.register_template_callable("url_for", url_for)

    def get_template(self, template_name: str) -> JinjaTemplate:
        """Load a template by name.

        Args:
            template_name: The template's name, relative to the directories.

        Returns:
            The Jinja2 template.

        Raises:
            TemplateNotFoundException: If there is no such template.
        """
        try:
            return self.engine.get_template(name=template_name)
        except JinjaTemplateNotFound as exc:
            raise TemplateNotFoundException(template_name=template_name) from exc

    def register_template_callable(
        self, key: str, template_callable: TemplateCallableType[Mapping[str, Any], P, T]
    ) -> None:
        """Make ``template_callable`` a global of the environment; it receives the context first.

        Args:
            key: The name templates call it by.
            template_callable: The function.
        """
        self.engine.globals[key] = pass_context(template_callable)

    def render_string(self, template_string: str, context: Mapping[str, Any]) -> str:
        """Render a template given as a string.

        Args:
            template_string: The template source.
            context: The variables.

        Returns:
            The rendered text.
        """
        return self.engine.from_string(template_string).render(context)

    @classmethod
    def from_environment(cls, jinja_environment: Environment) -> JinjaTemplateEngine:
        """Build the engine around an existing environment.

        Args:
            jinja_environment: The environment.

        Returns:
            The engine.
        """
        return cls(directory=None, engine_instance=jinja_environment)
