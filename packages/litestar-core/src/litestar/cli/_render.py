"""Render tables and trees with rich when installed, as plain text otherwise."""

from __future__ import annotations

from dataclasses import dataclass, field

from litestar.cli._click import click, rich_available

__all__ = ("TreeNode", "print_table", "print_tree")


@dataclass
class TreeNode:
    """A line of a tree and its children."""

    label: str
    """The text of the line."""
    children: list[TreeNode] = field(default_factory=list)
    """The lines below it."""


def print_table(rows: list[tuple[str, str]]) -> None:
    """Print two columns: a rich table, or aligned text without rich.

    Args:
        rows: ``(name, value)`` pairs.
    """
    if rich_available:
        from rich import box
        from rich.console import Console
        from rich.table import Table

        table = Table(show_header=False, box=box.SQUARE)
        table.add_column()
        table.add_column()
        for name, value in rows:
            table.add_row(name, value)
        Console().print(table)
        return
    width = max((len(name) for name, _ in rows), default=0)
    for name, value in rows:  # pragma: no cover - exercised by the wheel-install tests
        click.echo(f"{name.ljust(width)}  {value}")


def print_tree(roots: list[TreeNode]) -> None:
    """Print trees with box-drawing branches (rich renders the same shape).

    Args:
        roots: The top-level nodes.
    """
    lines: list[str] = []

    def walk(node: TreeNode, prefix: str) -> None:
        for index, child in enumerate(node.children):
            last = index == len(node.children) - 1
            lines.append(f"{prefix}{'└── ' if last else '├── '}{child.label}")
            walk(child, prefix + ("    " if last else "│   "))

    for root in roots:
        lines.append(root.label)
        walk(root, "")
    click.echo("\n".join(lines))
