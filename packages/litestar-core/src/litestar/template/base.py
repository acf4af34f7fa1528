"""What a template engine provides, and the callables every engine offers to templates.

An engine (Jinja2, Mako, MiniJinja, or your own) implements
:class:`TemplateEngineProtocol`: it finds templates by name, renders strings, and lets
the application register *template callables* — functions a template calls with its
context as first argument, such as :func:`url_for` and :func:`csrf_token` below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Protocol, TypeAlias, TypeVar, runtime_checkable

from typing_extensions import ParamSpec

if TYPE_CHECKING:
    from pathlib import Path

__all__ = (
    "TemplateCallableType",
    "TemplateEngineProtocol",
    "TemplateProtocol",
    "csrf_token",
    "url_for",
    "url_for_static_asset",
)

ContextType = TypeVar("ContextType")
ContextType_co = TypeVar("ContextType_co", covariant=True)
TemplateType_co = TypeVar("TemplateType_co", bound="TemplateProtocol", covariant=True)
P = ParamSpec("P")
R = TypeVar("R")

TemplateCallableType: TypeAlias = Callable[Concatenate[ContextType, P], R]
"""A function callable from templates: it receives the template context first."""


def _request(context: Mapping[str, Any]) -> Any:
    try:
        return context["request"]
    except KeyError as exc:
        raise ValueError("request could not be extracted from context") from exc


def url_for(context: Mapping[str, Any], /, route_name: str, **path_parameters: Any) -> str:
    """Give templates the path of a named route (``{{ url_for("item", item_id=1) }}``).

    Args:
        context: The template context (holds the request).
        route_name: The handler's name.
        **path_parameters: Values of its path parameters.

    Returns:
        The path.
    """
    return _request(context).app.route_reverse(route_name, **path_parameters)  # type: ignore[no-any-return]


def csrf_token(context: Mapping[str, Any], /) -> str:
    """Give templates the CSRF token of the request (empty without CSRF protection).

    Args:
        context: The template context (holds the request).

    Returns:
        The token.
    """
    from litestar.types.empty import Empty
    from litestar.utils.scope.state import ScopeState

    token = ScopeState.from_scope(_request(context).scope).csrf_token
    return "" if token is Empty or token is None else str(token)


def url_for_static_asset(context: Mapping[str, Any], /, name: str, file_path: str) -> str:
    """Give templates the URL of a file served by a ``StaticFilesConfig``.

    Args:
        context: The template context (holds the request).
        name: The static files configuration's name.
        file_path: The file, relative to its directories.

    Returns:
        The URL path.
    """
    return _request(context).app.url_for_static_asset(name, file_path)  # type: ignore[no-any-return]


@runtime_checkable
class TemplateProtocol(Protocol):
    """A loaded template."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        """Render the template with a context given as keyword arguments.

        Returns:
            The rendered text.
        """
        ...


@runtime_checkable
class TemplateEngineProtocol(Protocol[TemplateType_co, ContextType_co]):
    """A template engine: finds templates, renders strings, offers template callables."""

    def __init__(self, directory: Path | list[Path] | None, engine_instance: Any | None) -> None:
        """Build the engine from template directories or a native engine object.

        Args:
            directory: Where templates are looked up.
            engine_instance: A configured native engine (e.g. a ``jinja2.Environment``).
        """

    def get_template(self, template_name: str) -> TemplateType_co:
        """Load a template by name.

        Raises:
            TemplateNotFoundException: If there is no such template.
        """
        ...

    def render_string(self, template_string: str, context: Mapping[str, Any]) -> str:
        """Render a template given as a string.

        Returns:
            The rendered text.
        """
        ...

    def register_template_callable(
        self, key: str, template_callable: TemplateCallableType[ContextType_co, P, R]
    ) -> None:
        """Make ``template_callable`` callable from templates as ``key``.

        The callable receives the template context before the template's arguments.
        """
