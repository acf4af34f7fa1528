"""DTOs on websocket listeners: data decoded and returns encoded through the DTO."""

from __future__ import annotations

from dataclasses import dataclass, field

from litestar import Litestar, websocket_listener
from litestar.dto import DataclassDTO, DTOConfig, dto_field


@dataclass
class Message:
    text: str
    author: str = "anon"
    secret: str = field(default="s", metadata=dto_field("private"))
    seq: int = field(default=0, metadata=dto_field("read-only"))


class InDTO(DataclassDTO[Message]):
    config = DTOConfig(rename_strategy="camel", exclude={"author"})


class OutDTO(DataclassDTO[Message]):
    config = DTOConfig(rename_fields={"text": "body"})


@websocket_listener("/echo", dto=InDTO, return_dto=OutDTO)
async def echo(data: Message) -> Message:
    data.seq = 1
    return data


app = Litestar([echo])
REQUESTS: list[dict[str, object]] = []
WEBSOCKETS = [
    {
        "url": "/echo",
        "steps": [
            ["send_json", {"text": "hi", "author": "x", "seq": 5}],
            ["receive_json"],
            ["send_json", {"text": "again"}],
            ["receive_json"],
        ],
    }
]
