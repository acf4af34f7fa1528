"""DTOs: every DTOConfig option, marks, DTOData, nested models, wrapped returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional, Union

import msgspec
from litestar import Controller, Litestar, Response, Router, get, patch, post, put
from litestar.dto import DataclassDTO, DTOConfig, DTOData, Mark, MsgspecDTO, dto_field
from litestar.pagination import ClassicPagination, CursorPagination, OffsetPagination


@dataclass
class Address:
    street: str
    city: str = "Paris"
    geo: Optional[Geo] = None


@dataclass
class Geo:
    lat: float
    lng: float


@dataclass
class Person:
    first_name: str
    id: int = field(default=0, metadata=dto_field("read-only"))
    last_name: str = ""
    age: int = 0
    password: str = field(default="", metadata=dto_field("write-only"))
    token: str = field(default="t", metadata=dto_field(Mark.PRIVATE))
    _internal: str = "i"
    address: Optional[Address] = None
    friends: list[Address] = field(default_factory=list)
    kind: Literal["a", "b"] = "a"
    score: Union[int, str] = 0


class ReadDTO(DataclassDTO[Person]):
    config = DTOConfig()


class ExcludeDTO(DataclassDTO[Person]):
    config = DTOConfig(exclude={"age", "address.city", "friends.0.street"})


class IncludeDTO(DataclassDTO[Person]):
    config = DTOConfig(include={"first_name", "address", "address.street"})


class CamelDTO(DataclassDTO[Person]):
    config = DTOConfig(rename_strategy="camel", rename_fields={"age": "years"})


class PascalDTO(DataclassDTO[Person]):
    config = DTOConfig(rename_strategy="pascal")


class KebabDTO(DataclassDTO[Person]):
    config = DTOConfig(rename_strategy="kebab")


class UpperDTO(DataclassDTO[Person]):
    config = DTOConfig(rename_strategy="upper")


class CallableRenameDTO(DataclassDTO[Person]):
    config = DTOConfig(rename_strategy=lambda name: f"x_{name}")


class DeepDTO(DataclassDTO[Person]):
    config = DTOConfig(max_nested_depth=2)


class FlatDTO(DataclassDTO[Person]):
    config = DTOConfig(max_nested_depth=0)


class PartialDTO(DataclassDTO[Person]):
    config = DTOConfig(partial=True)


class UnderscoreDTO(DataclassDTO[Person]):
    config = DTOConfig(underscore_fields_private=False)


class StrictDTO(DataclassDTO[Person]):
    config = DTOConfig(forbid_unknown_fields=True)


class CodegenDTO(DataclassDTO[Person]):
    config = DTOConfig(experimental_codegen_backend=False, exclude={"age"})


def sample() -> Person:
    return Person(
        first_name="Ada",
        id=1,
        last_name="Lovelace",
        age=36,
        password="secret",
        address=Address("Main", "London", Geo(1.5, 2.5)),
        friends=[Address("A"), Address("B", "Rome")],
        score="high",
    )


def make_get(path: str, dto: type) -> object:
    @get(path, return_dto=dto, name=path.strip("/"), sync_to_thread=False)
    def handler() -> Person:
        return sample()

    return handler


def make_post(path: str, dto: type) -> object:
    @post(path, dto=dto, name=f"post-{path}", sync_to_thread=False)
    def handler(data: Person) -> Person:
        data.id = 99
        return data

    return handler


@post("/list", dto=ReadDTO)
async def post_list(data: list[Person]) -> list[Person]:
    return data


@patch("/partial", dto=PartialDTO, return_dto=ReadDTO)
async def partial_update(data: DTOData[Person]) -> Person:
    return data.update_instance(sample())


@put("/create", dto=ReadDTO)
async def create_from_data(data: DTOData[Person]) -> Person:
    return data.create_instance(id=7, last_name="Set")


@post("/builtins", dto=ReadDTO, return_dto=None)
async def builtins(data: DTOData[Person]) -> dict[str, object]:
    values = data.as_builtins()
    return {"keys": sorted(values), "address": repr(values.get("address"))}


@get("/response", return_dto=ExcludeDTO)
async def wrapped_response() -> Response[list[Person]]:
    return Response([sample()], headers={"x-count": "1"}, status_code=202)


@get("/classic", return_dto=IncludeDTO)
async def classic() -> ClassicPagination[Person]:
    return ClassicPagination(items=[sample()], page_size=1, current_page=1, total_pages=3)


@get("/offset", return_dto=ExcludeDTO)
async def offset() -> OffsetPagination[Person]:
    return OffsetPagination(items=[sample()], limit=1, offset=0, total=1)


@get("/cursor", return_dto=CamelDTO)
async def cursor() -> CursorPagination[str, Person]:
    return CursorPagination(items=[sample()], results_per_page=1, cursor="next")


@get("/plain", return_dto=ReadDTO)
async def plain_dict() -> dict[str, int]:
    return {"untouched": 1}


@get("/optional", return_dto=ReadDTO)
async def optional_none() -> Optional[Person]:
    return None


class Item(msgspec.Struct):
    name: str
    price: float
    secret: str = msgspec.field(default="s")
    tags: list[str] = msgspec.field(default_factory=list)


class ItemDTO(MsgspecDTO[Item]):
    config = DTOConfig(exclude={"secret"}, rename_strategy="camel")


@post("/items", dto=ItemDTO)
async def create_item(data: Item) -> Item:
    return data


class PeopleController(Controller):
    path = "/controller"
    dto = CamelDTO
    return_dto = ExcludeDTO

    @post("/")
    async def create(self, data: Person) -> Person:
        return data

    @get("/", return_dto=None)
    async def raw(self) -> Person:
        return sample()


layered = Router("/layered", route_handlers=[PeopleController], dto=KebabDTO)

configs = {
    "read": ReadDTO,
    "exclude": ExcludeDTO,
    "include": IncludeDTO,
    "camel": CamelDTO,
    "pascal": PascalDTO,
    "kebab": KebabDTO,
    "upper": UpperDTO,
    "callable": CallableRenameDTO,
    "deep": DeepDTO,
    "flat": FlatDTO,
    "underscore": UnderscoreDTO,
    "strict": StrictDTO,
    "codegen": CodegenDTO,
}


def create_app() -> Litestar:
    handlers: list[object] = []
    for name, dto in configs.items():
        handlers.append(make_get(f"/{name}", dto))
        handlers.append(make_post(f"/{name}", dto))
    handlers += [
        post_list,
        partial_update,
        create_from_data,
        builtins,
        wrapped_response,
        classic,
        offset,
        cursor,
        plain_dict,
        optional_none,
        create_item,
        layered,
    ]
    return Litestar(handlers, signature_namespace={"Person": Person, "Geo": Geo})


BODY = {
    "first_name": "Bob",
    "id": 5,
    "age": 41,
    "password": "pw",
    "address": {"street": "High", "geo": {"lat": 1, "lng": 2}},
    "friends": [{"street": "F1", "city": "Oslo"}],
    "kind": "b",
    "score": 3,
}

REQUESTS = [{"method": "GET", "url": f"/{name}"} for name in configs]
REQUESTS += [{"method": "POST", "url": f"/{name}", "json": BODY, "name": f"post {name}"} for name in configs]
REQUESTS += [
    {"method": "POST", "url": "/camel", "json": {"firstName": "C", "years": 3, "lastName": "D"}},
    {"method": "POST", "url": "/pascal", "json": {"FirstName": "C", "Age": 3}},
    {"method": "POST", "url": "/kebab", "json": {"first-name": "C", "last-name": "K"}},
    {"method": "POST", "url": "/upper", "json": {"FIRST_NAME": "C"}},
    {"method": "POST", "url": "/callable", "json": {"x_first_name": "C"}},
    {"method": "POST", "url": "/strict", "json": {"first_name": "C", "bogus": 1}, "name": "unknown field"},
    {"method": "POST", "url": "/read", "json": {"age": 3}, "name": "missing required"},
    {"method": "POST", "url": "/read", "json": {"first_name": 1}, "name": "wrong type"},
    {"method": "POST", "url": "/read", "json": {"first_name": "x", "age": "7"}, "name": "lax int"},
    {"method": "POST", "url": "/read", "json": {"first_name": "x", "kind": "z"}, "name": "bad literal"},
    {"method": "POST", "url": "/read", "json": [1, 2], "name": "array for object"},
    {"method": "POST", "url": "/read", "content": b"{nope", "name": "malformed"},
    {"method": "POST", "url": "/read", "content": b"", "name": "empty body"},
    {"method": "POST", "url": "/list", "json": [BODY, {"first_name": "Z"}]},
    {"method": "POST", "url": "/list", "json": [BODY, {"age": 1}], "name": "list item invalid"},
    {"method": "PATCH", "url": "/partial", "json": {"last_name": "Patched"}},
    {"method": "PATCH", "url": "/partial", "json": {"address": {"street": "New"}}},
    {"method": "PATCH", "url": "/partial", "json": {}},
    {"method": "PUT", "url": "/create", "json": {"first_name": "Made"}},
    {"method": "POST", "url": "/builtins", "json": {"first_name": "B", "address": {"street": "S"}}},
    {"method": "GET", "url": "/response"},
    {"method": "GET", "url": "/classic"},
    {"method": "GET", "url": "/offset"},
    {"method": "GET", "url": "/cursor"},
    {"method": "GET", "url": "/plain"},
    {"method": "GET", "url": "/optional"},
    {"method": "POST", "url": "/items", "json": {"name": "n", "price": 1.5, "secret": "x", "tags": ["a"]}},
    {"method": "POST", "url": "/items", "json": {"name": "n", "price": "x"}, "name": "struct wrong type"},
    {"method": "POST", "url": "/layered/controller", "json": {"firstName": "L", "years": 2}},
    {"method": "GET", "url": "/layered/controller"},
]
