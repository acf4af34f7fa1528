"""Named schemas of the ``components`` section and how their names are chosen.

A model (dataclass, TypedDict, struct, enum...) is described once and referenced with
``$ref`` everywhere it is used. Its component name is its class name; when two distinct
types share a class name, each gets the shortest dotted module suffix that tells them
apart (``a_Item`` and ``b_Item`` for ``pkg.a.Item`` and ``pkg.b.Item``), as Litestar 2.17
names them. Names depend only on the set of types in the document, never on the order in
which handlers were registered, so adding a handler that uses other models never renames
an existing component.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.openapi.spec import Reference, Schema

if TYPE_CHECKING:
    from collections.abc import Hashable

__all__ = ("SchemaRegistry",)


class _Entry:
    __slots__ = ("key", "path", "references", "schema")

    def __init__(self, key: Hashable, path: tuple[str, ...], schema: Schema) -> None:
        self.key = key
        self.path = path
        self.schema = schema
        self.references: list[Reference] = []


class SchemaRegistry:
    """Collects the component schemas of a document and hands out references to them."""

    __slots__ = ("_entries", "_fixed", "_transfer")

    def __init__(self) -> None:
        self._entries: dict[Hashable, _Entry] = {}
        self._fixed: dict[str, Schema] = {}
        self._transfer: list[tuple[_Entry, tuple[str, str]]] = []

    def __contains__(self, key: Hashable) -> bool:
        return key in self._entries

    def reference(self, key: Hashable) -> Reference:
        """A new ``$ref`` to the registered schema ``key`` (named when the document is finished).

        Args:
            key: The identity of the registered type.

        Returns:
            A reference whose target is filled in by :meth:`generate_components`.
        """
        entry = self._entries[key]
        ref = Reference(ref="")
        entry.references.append(ref)
        return ref

    def register(self, key: Hashable, path: tuple[str, ...], schema: Schema) -> None:
        """Register the schema of a type before its properties are filled in (recursion safe).

        Args:
            key: The identity of the type.
            path: Dotted name parts, e.g. ``("pkg", "models", "Pet")``; the last part is the
                short name.
            schema: The (possibly still empty) schema object.
        """
        self._entries[key] = _Entry(key, path, schema)

    def register_transfer(self, key: Hashable, candidates: tuple[str, str], schema: Schema) -> None:
        """Register a DTO transfer type, named by its first free candidate (see ``_dto_names``).

        Args:
            key: The identity of the type.
            candidates: The preferred and the fallback name.
            schema: The (possibly still empty) schema object.
        """
        entry = self._entries[key] = _Entry(key, (candidates[0],), schema)
        self._transfer.append((entry, candidates))

    def add_fixed(self, name: str, schema: Schema) -> None:
        """Add a schema under an exact name (``schema_component_key`` or user components).

        Args:
            name: The component name.
            schema: The schema.
        """
        self._fixed[name] = schema

    def generate_components(self) -> dict[str, Schema]:
        """Name every registered schema, point the references at it and return the map.

        Returns:
            Component name -> schema, sorted by name.
        """
        transfer = {id(entry) for entry, _ in self._transfer}
        by_short: dict[str, list[_Entry]] = {}
        for entry in self._entries.values():
            if id(entry) not in transfer:
                by_short.setdefault(entry.path[-1], []).append(entry)
        result: dict[str, Schema] = dict(self._fixed)
        for short, group in by_short.items():
            names = _unique_names(short, group)
            for entry, name in zip(group, names, strict=True):
                _point(entry, name)
                result[name] = entry.schema
        # DTO transfer types are named in registration order, each by its first free name.
        for entry, (short, long) in self._transfer:
            title = short
            if _key(title) in result:
                title = long
                counter = 0
                while _key(title) in result:
                    title = f"{long}_{counter}"
                    counter += 1
            _point(entry, _key(title))
            entry.schema.title = title
            result[_key(title)] = entry.schema
        return dict(sorted(result.items()))


def _key(title: str) -> str:
    return title.replace("<locals>.", "")


def _point(entry: _Entry, name: str) -> None:
    for ref in entry.references:
        ref.ref = f"#/components/schemas/{name}"


def _unique_names(short: str, group: list[_Entry]) -> list[str]:
    if len(group) == 1:
        return [short]
    depth = 2
    longest = max(len(e.path) for e in group)
    while depth <= longest:
        names = ["_".join(e.path[-depth:]) for e in group]
        if len(set(names)) == len(names):
            return names
        depth += 1
    return ["_".join(e.path) + ("" if i == 0 else f"_{i}") for i, e in enumerate(group)]


def type_path(value: Any) -> tuple[str, ...]:
    """The dotted name parts of a class: its module's parts plus its qualified name."""
    module = getattr(value, "__module__", "") or ""
    name = getattr(value, "__qualname__", None) or getattr(value, "__name__", None) or repr(value)
    parts = tuple(p for p in module.split(".") if p and p != "__main__")
    return (*parts, name.replace("<locals>.", "").split(".")[-1])
