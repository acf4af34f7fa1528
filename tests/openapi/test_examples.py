"""Examples (``create_examples``, ``ResponseSpec.generate_examples``) where 2.17 puts them.

2.17 fills ``examples`` with random values, so its recorded documents (``reference/``)
are compared by shape: the same schemas carry ``examples``. The values here are derived
from the schemas: the same on every build, and within the documented constraints.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any
from uuid import UUID

import pytest
from _import_file import import_file
from litestar import Litestar, get
from litestar.openapi import OpenAPIConfig, ResponseSpec
from litestar.params import Parameter

REFERENCE = Path(__file__).resolve().parent / "reference"


def _example_paths(node: Any, at: str = "") -> set[str]:
    """JSON pointers of every ``examples`` key in a document."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "examples":
                found.add(f"{at}/examples")
            else:
                found |= _example_paths(value, f"{at}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found |= _example_paths(value, f"{at}/{index}")
    return found


def _document(case: str) -> dict[str, Any]:
    module = import_file(f"openapi_examples_{case}", REFERENCE / f"{case}.py")
    app: Litestar = module.app
    return app.openapi_schema.to_schema()


@pytest.mark.parametrize("case", ["examples_on", "examples_off"])
def test_examples_sit_where_2_17_puts_them(case: str) -> None:
    recorded = json.loads((REFERENCE / f"{case}.json").read_text())["items"][0]["response"]["body"]
    ours = _document(case)
    assert _example_paths(ours) == _example_paths(recorded)


def test_example_values_follow_the_schema() -> None:
    document = _document("examples_on")
    parameters = {p["name"]: p["schema"] for p in document["paths"]["/pets/{pid}"]["post"]["parameters"]}
    assert parameters["limit"]["examples"] == [5]  # the default, within 1..10
    assert parameters["pid"]["examples"] == [1]
    pet = document["components"]["schemas"]["Pet"]
    assert pet["examples"] == [{"id": 1, "name": "string", "tags": ["string"], "owner": {"email": "string"}}]
    assert _document("examples_on") == document  # the same on every build


def test_constraints_and_formats_shape_the_values() -> None:
    @get("/x", sync_to_thread=False)
    def handler(
        small: Annotated[int, Parameter(gt=10, lt=20)],
        ratio: Annotated[float, Parameter(le=0.5)],
        code: Annotated[str, Parameter(min_length=8, max_length=9)],
        when: datetime,
        ident: UUID,
        flag: bool,
    ) -> None:
        return None

    app = Litestar([handler], openapi_config=OpenAPIConfig("T", "1", create_examples=True))
    parameters = app.openapi_schema.to_schema()["paths"]["/x"]["get"]["parameters"]
    examples = {p["name"]: p["schema"]["examples"][0] for p in parameters}
    assert 10 < examples["small"] < 20
    assert examples["ratio"] <= 0.5
    assert 8 <= len(examples["code"]) <= 9
    assert datetime.fromisoformat(examples["when"])
    assert UUID(examples["ident"])
    assert examples["flag"] is True


def test_no_examples_unless_asked() -> None:
    @get("/x", sync_to_thread=False, responses={404: ResponseSpec(int, generate_examples=False)})
    def handler(q: int) -> list[int]:
        return []

    document = Litestar([handler]).openapi_schema.to_schema()
    # Only the built-in validation error response carries its own example.
    assert _example_paths(document) == {
        "/paths//x/get/responses/400/content/application/json/schema/examples"
    }
