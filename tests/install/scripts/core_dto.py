"""Run inside a venv with litestar-core and litestar-dto (no pydantic, no attrs): DTOs work."""

from __future__ import annotations

import importlib.metadata
import json
import os
import sys
from dataclasses import dataclass, field
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _asgi import run
from litestar import Litestar, post
from litestar.dto import DataclassDTO, DTOConfig, dto_field


@dataclass
class User:
    name: str
    id: int = field(default=0, metadata=dto_field("read-only"))
    password: str = field(default="", metadata=dto_field("write-only"))


class UserDTO(DataclassDTO[User]):
    config = DTOConfig(rename_strategy="camel")


@post("/users", dto=UserDTO)
async def create_user(data: User) -> User:
    data.id = 1
    return data


async def session(client: Any) -> dict[str, Any]:
    return {
        "created": (
            await client.request("POST", "/users", json_body={"name": "a", "password": "p"})
        ).summary(),
        "invalid": (await client.request("POST", "/users", json_body={"name": 1})).status,
    }


def imports(name: str) -> bool:
    try:
        __import__(name)
    except ImportError:
        return False
    return True


result = run(Litestar([create_user]), session)
result["distributions"] = sorted(
    d.metadata["Name"]
    for d in importlib.metadata.distributions()
    if d.metadata["Name"].startswith("litestar")
)
result["pydantic_installed"] = imports("pydantic")
result["attrs_installed"] = imports("attrs")
print(json.dumps(result))
