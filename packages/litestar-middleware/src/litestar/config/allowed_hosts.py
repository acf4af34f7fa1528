"""``AllowedHostsConfig``: the ``Host`` values the app answers (``allowed_hosts=``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from litestar.middleware.base import DefineMiddleware

if TYPE_CHECKING:
    from litestar.types import Scopes

__all__ = ("AllowedHostsConfig",)


@dataclass
class AllowedHostsConfig:
    """Configuration of the allowed hosts check.

    A request whose ``Host`` (port ignored) matches none of :attr:`allowed_hosts` gets a
    400; with :attr:`www_redirect`, a request for ``example.com`` is redirected to
    ``www.example.com`` when only the latter is allowed.
    """

    allowed_hosts: list[str] = field(default_factory=lambda: ["*"])
    """Allowed host names; ``"*.example.com"`` allows the subdomains, ``"*"`` everything."""
    exclude: str | list[str] | None = field(default=None)
    """Path patterns the check skips."""
    exclude_opt_key: str | None = field(default=None)
    """Route ``opt`` key that, when truthy, skips the check."""
    scopes: Scopes | None = field(default=None)
    """Scope types checked (HTTP and WebSocket by default)."""
    www_redirect: bool = field(default=True)
    """Redirect ``host`` to ``www.host`` when only the latter is allowed."""

    @property
    def middleware(self) -> DefineMiddleware:
        """The middleware enforcing this configuration."""
        from litestar.middleware.allowed_hosts import AllowedHostsMiddleware

        return DefineMiddleware(AllowedHostsMiddleware, config=self)
