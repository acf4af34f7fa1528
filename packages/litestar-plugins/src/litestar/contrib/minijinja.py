"""The MiniJinja template engine (``pip install 'litestar[minijinja]'``).

MiniJinja passes a template function its render *state* rather than a context mapping;
the built-in callables (``url_for``, ``csrf_token``, ``url_for_static_asset``) read the
request from it, and a callable you register receives the state (:class:`StateProtocol`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

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
    from minijinja import Environment, pass_state
    from minijinja import TemplateError as MiniJinjaTemplateNotFound
except ImportError as exc:
    if exc.name != "minijinja":
        raise
    raise MissingDependencyException("minijinja") from exc

if TYPE_CHECKING:
    from litestar.template.base import TemplateCallableType

__all__ = ("MiniJinjaTemplateEngine", "StateProtocol")

P = ParamSpec("P")
T = TypeVar("T")


class StateProtocol(Protocol):
    """The render state MiniJinja passes to template functions."""

    auto_escape: str | None
    current_block: str | None
    env: Environment
    name: str

    def lookup(self, key: str) -> Any | None:
        """Look a variable of the template context up.

        Args:
            key: The variable name.

        Returns:
            Its value, or ``None``.
        """


def _from_state(func: Callable[..., T]) -> Callable[..., T]:
    """Adapt a callable taking a context mapping to MiniJinja's state argument."""

    def wrapped(state: StateProtocol, *args: Any, **kwargs: Any) -> T:
        return func({"request": state.lookup("request")}, *args, **kwargs)

    return wrapped


class MiniJinjaTemplate(TemplateProtocol):
    """A named template of a MiniJinja environment."""

    def __init__(self, engine: Environment, template_name: str) -> None:
        """Refer to a template.

        Args:
            engine: The environment.
            template_name: The template's name.
        """
        super().__init__()
        self.engine = engine
        self.template_name = template_name

    def render(self, *args: Any, **kwargs: Any) -> str:
        """Render with the context given as keyword arguments.

        Returns:
            The rendered text.

        Raises:
            TemplateNotFoundException: If the template cannot be loaded.
        """
        try:
            return str(self.engine.render_template(self.template_name, *args, **kwargs))
        except MiniJinjaTemplateNotFound as exc:
            if "not found" in str(exc):
                raise TemplateNotFoundException(template_name=self.template_name) from exc
            raise


def _directory_loader(directories: list[Path]) -> Callable[[str], str | None]:
    def load(name: str) -> str | None:
        for directory in directories:
            candidate = directory / name
            # Template names come from code, but never let one leave the directories.
            if os.path.commonpath([directory.resolve(), candidate.resolve()]) != str(directory.resolve()):
                return None
            if candidate.is_file():
                return candidate.read_text(encoding="utf-8")
        return None

    return load


class MiniJinjaTemplateEngine(TemplateEngineProtocol["MiniJinjaTemplate", StateProtocol]):
    """Render templates with MiniJinja (autoescaping ``.html`` templates)."""

    def __init__(
        self, directory: Path | list[Path] | None = None, engine_instance: Environment | None = None
    ) -> None:
        """Build the engine from template directories or a ``minijinja.Environment``.

        Args:
            directory: Where templates are looked up.
            engine_instance: A configured environment, used as it is.

        Raises:
            ImproperlyConfiguredException: Unless exactly one of the two is given.
        """
        if bool(directory) == (engine_instance is not None):
            raise ImproperlyConfiguredException(
                "You must provide either a directory or a minijinja Environment instance."
            )
        if engine_instance is None:
            directories = directory if isinstance(directory, (list, tuple)) else [directory]
            engine_instance = Environment(loader=_directory_loader([Path(d) for d in directories]))  # type: ignore[arg-type]
        self.engine = engine_instance
        self.engine.add_global("url_for", pass_state(_from_state(url_for)))
        self.engine.add_global("csrf_token", pass_state(_from_state(csrf_token)))
        self.engine.add_global("url_for_static_asset", pass_state(_from_state(url_for_static_asset)))

    def get_template(self, template_name: str) -> MiniJinjaTemplate:
        """Refer to a template by name, checking the loader can find it.

        Args:
            template_name: The template's name, relative to the directories.

        Returns:
            The template.

        Raises:
            TemplateNotFoundException: If the loader does not know the template.
        """
        loader = self.engine.loader
        if loader is not None and loader(template_name) is None:
            raise TemplateNotFoundException(template_name=template_name)
        return MiniJinjaTemplate(self.engine, template_name)

    def register_template_callable(
        self, key: str, template_callable: TemplateCallableType[StateProtocol, P, T]
    ) -> None:
        """Make ``template_callable`` a global function; it receives the render state first.

        Args:
            key: The name templates call it by.
            template_callable: The function.
        """
        self.engine.add_global(key, pass_state(cast("Callable[..., Any]", template_callable)))

    def render_string(self, template_string: str, context: Mapping[str, Any]) -> str:
        """Render a template given as a string.

        Args:
            template_string: The template source.
            context: The variables.

        Returns:
            The rendered text.
        """
        return str(self.engine.render_str(template_string, **context))

    @classmethod
    def from_environment(cls, minijinja_environment: Environment) -> MiniJinjaTemplateEngine:
        """Build the engine around an existing environment.

        Args:
            minijinja_environment: The environment.

        Returns:
            The engine.
        """
        return cls(directory=None, engine_instance=minijinja_environment)
