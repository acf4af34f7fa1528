"""Turn an OpenAPI 3.1 document into TypeScript type declarations.

One ``namespace`` per operation (named after its ``operationId``) holds the request
body type, one ``HttpNNN`` namespace per response with its body type, and interfaces
for the path, query, header and cookie parameters. References are inlined, properties
sorted, optional properties marked ``?``, unions sorted so output is stable.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ("openapi_to_typescript", "schema_to_typescript")

_INDENT = "    "
_PARAMETER_INTERFACES = (
    ("path", "PathParameters"),
    ("query", "QueryParameters"),
    ("header", "HeaderParameters"),
    ("cookie", "CookieParameters"),
)
_PRIMITIVES = {
    "string": "string",
    "integer": "number",
    "number": "number",
    "boolean": "boolean",
    "null": "null",
}
_MAX_DEPTH = 32


def _pascal(value: str) -> str:
    parts = re.split(r"[^0-9A-Za-z]+", value)
    return "".join(part[:1].upper() + part[1:] for part in parts if part) or "Operation"


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    seen = 0
    while "$ref" in schema and seen < _MAX_DEPTH:
        target: Any = document
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        schema = target if isinstance(target, dict) else {}
        seen += 1
    return schema


def _union(types: list[str]) -> str:
    unique = sorted(set(types))
    return " | ".join(unique) if unique else "unknown"


def _key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z_$][0-9A-Za-z_$]*", name) else json.dumps(name)


def schema_to_typescript(document: dict[str, Any], schema: Any, depth: int = 0, level: int = 0) -> str:
    """Render one JSON schema as a TypeScript type.

    Args:
        document: The whole OpenAPI document (to resolve ``$ref``).
        schema: The schema.
        depth: Reference depth, bounding recursive schemas (rendered as ``unknown``).
        level: Indentation level of the enclosing declaration.

    Returns:
        The type expression.
    """
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return "unknown"
    if "$ref" in schema:
        return schema_to_typescript(document, _resolve(document, schema), depth + 1, level)
    if "const" in schema:
        return json.dumps(schema["const"])
    if "enum" in schema:
        return _union([json.dumps(value) for value in schema["enum"]])
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return _union([schema_to_typescript(document, s, depth + 1, level) for s in schema[combinator]])
    if "allOf" in schema:
        parts = [schema_to_typescript(document, s, depth + 1, level) for s in schema["allOf"]]
        return " & ".join(parts) if parts else "unknown"
    type_ = schema.get("type")
    if isinstance(type_, list):
        return _union([schema_to_typescript(document, {**schema, "type": t}, depth, level) for t in type_])
    if type_ in _PRIMITIVES:
        return _PRIMITIVES[type_]
    if type_ == "array":
        items = schema.get("items")
        if isinstance(items, dict):
            inner = schema_to_typescript(document, items, depth + 1, level)
            return f"({inner})[]" if " " in inner and not inner.startswith("{") else f"{inner}[]"
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list):
            return "[" + ", ".join(schema_to_typescript(document, s, depth + 1, level) for s in prefix) + "]"
        return "unknown[]"
    if type_ == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        if not properties:
            extra = schema.get("additionalProperties")
            value = (
                schema_to_typescript(document, extra, depth + 1, level)
                if isinstance(extra, dict)
                else "unknown"
            )
            return f"Record<string, {value}>"
        required = set(schema.get("required") or ())
        inner_indent = _INDENT * (level + 1)
        lines = [
            f"{inner_indent}{_key(name)}{'' if name in required else '?'}: "
            f"{schema_to_typescript(document, properties[name], depth + 1, level + 1)};"
            for name in sorted(properties)
        ]
        return "{\n" + "\n".join(lines) + "\n" + _INDENT * level + "}"
    return "unknown"


def _json_content_schema(body: dict[str, Any]) -> Any:
    content = body.get("content") or {}
    for media_type in ("application/json", *content):
        if media_type in content:
            return content[media_type].get("schema", {})
    return None


def _operation(document: dict[str, Any], operation: dict[str, Any], path_parameters: list[Any]) -> list[str]:
    lines: list[str] = []
    level = 2
    pad = _INDENT * level
    for status, response in sorted((operation.get("responses") or {}).items()):
        response = _resolve(document, response)
        schema = _json_content_schema(response)
        lines.append(f"{pad}export namespace Http{status} {{")
        if schema is not None:
            body = schema_to_typescript(document, schema, level=level + 1)
            lines.append(f"{pad}{_INDENT}export type ResponseBody = {body};")
        lines.append(f"{pad}}};")
        lines.append("")
    request_body = operation.get("requestBody")
    if isinstance(request_body, dict):
        schema = _json_content_schema(_resolve(document, request_body))
        if schema is not None:
            lines.append(
                f"{pad}export type RequestBody = {schema_to_typescript(document, schema, level=level)};"
            )
            lines.append("")
    parameters = [_resolve(document, p) for p in [*path_parameters, *(operation.get("parameters") or [])]]
    for location, interface in _PARAMETER_INTERFACES:
        selected = sorted(
            (p for p in parameters if p.get("in") == location), key=lambda p: str(p.get("name"))
        )
        if not selected:
            continue
        lines.append(f"{pad}export interface {interface} {{")
        for parameter in selected:
            optional = "" if parameter.get("required") else "?"
            type_ = schema_to_typescript(document, parameter.get("schema", {}), level=level + 1)
            lines.append(f"{pad}{_INDENT}{_key(str(parameter.get('name')))}{optional}: {type_};")
        lines.append(f"{pad}}};")
        lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    return lines


def openapi_to_typescript(document: dict[str, Any], namespace: str = "API") -> str:
    """Render the TypeScript declarations of every operation of an OpenAPI document.

    Args:
        document: The OpenAPI document as plain data.
        namespace: The name of the enclosing namespace.

    Returns:
        The TypeScript source.
    """
    blocks: list[tuple[str, list[str]]] = []
    for path, item in (document.get("paths") or {}).items():
        path_parameters = item.get("parameters") or []
        for method in ("get", "put", "post", "delete", "options", "head", "patch", "trace"):
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            name = _pascal(operation.get("operationId") or f"{method}{path}")
            blocks.append((name, _operation(document, operation, path_parameters)))
    out = [f"export namespace {namespace} {{"]
    for index, (name, lines) in enumerate(sorted(blocks, key=lambda block: block[0])):
        if index:
            out.append("")
        out.append(f"{_INDENT}export namespace {name} {{")
        out.extend(lines)
        out.append(f"{_INDENT}}};")
    out.append("};")
    return "\n".join(out) + "\n"
