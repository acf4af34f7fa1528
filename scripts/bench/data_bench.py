"""Data benchmarks: DTO round trips and pydantic bodies, ours against litestar 2.17 and FastAPI.

Each side runs in its own interpreter (``--ours``, ``--litestar``, ``--fastapi``), in one
interleaved run: the worker builds the app, checks the answer, then calls the ASGI app
directly (no server, no network) in batches and reports the median CPU time per request
(process time: on a shared machine it is far steadier than wall time). Ratios of one run
are what count.

Scenarios (the same 100 people, each with a nested address, in every one):

- ``dto``: POST them as dataclasses through a write DTO (camelCase, read-only id) and back
  through a read DTO (a write-only password left out);
- ``dataclass``: the same dataclasses with no DTO, decoded and encoded by msgspec itself
  (the *plain msgspec on the same data* baseline of a dataclass DTO);
- ``dto-struct``: the ``dto`` scenario over msgspec Structs (``MsgspecDTO``);
- ``msgspec``: hand-written msgspec Structs and no DTO (the baseline of ``dto-struct``);
- ``pydantic``: POST a ~1 KB pydantic order and echo it (ours and FastAPI).

Run from the repository root::

    python scripts/bench/data_bench.py --ours .venv/bin/python \\
        --litestar /tmp/litestar-oracle/bin/python --fastapi /tmp/bench-venvs/fastapi/bin/python

(``python scripts/bench/setup_venvs.py --only fastapi`` creates the FastAPI venv.)
"""

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from typing import Any

PEOPLE = [
    {
        "id": i,
        "firstName": f"first{i}",
        "lastName": f"last{i}",
        "age": 20 + i % 50,
        "email": f"p{i}@example.com",
        "password": "secret",
        "address": {"street": f"{i} Main St", "city": "Springfield", "zip": "12345"},
    }
    for i in range(100)
]
ORDER = {
    "id": 1,
    "customer": "Ada Lovelace",
    "email": "ada@example.com",
    "status": "paid",
    "currency": "EUR",
    "total": 123.45,
    "paid": True,
    "tags": ["a", "b", "c"],
    "shipping": {"street": "1 Main St", "city": "London", "postcode": "N1", "country": "UK"},
    "items": [{"sku": f"s{i}", "name": f"item {i}", "quantity": i, "unit_price": 9.5} for i in range(8)],
}


def _litestar_dto_app() -> Any:
    from dataclasses import dataclass, field

    from litestar import Litestar, post
    from litestar.dto import DataclassDTO, DTOConfig, dto_field

    @dataclass
    class Address:
        street: str
        city: str
        zip: str

    @dataclass
    class Person:
        first_name: str
        last_name: str
        age: int
        email: str
        address: Address
        password: str = field(default="", metadata=dto_field("write-only"))
        id: int = field(default=0, metadata=dto_field("read-only"))

    class WriteDTO(DataclassDTO[Person]):
        config = DTOConfig(rename_strategy="camel")

    class ReadDTO(DataclassDTO[Person]):
        config = DTOConfig(rename_strategy="camel")

    @post(
        "/people", dto=WriteDTO, return_dto=ReadDTO, status_code=200, signature_namespace={"Person": Person}
    )
    async def people(data: list[Person]) -> list[Person]:
        return data

    return Litestar([people])


def _litestar_dataclass_app() -> Any:
    from dataclasses import dataclass

    from litestar import Litestar, post

    @dataclass
    class Address:
        street: str
        city: str
        zip: str

    @dataclass
    class Person:
        firstName: str
        lastName: str
        age: int
        email: str
        address: Address
        password: str = ""
        id: int = 0

    @post("/people", status_code=200, signature_namespace={"Person": Person})
    async def people(data: list[Person]) -> list[Person]:
        return data

    return Litestar([people])


def _litestar_struct_dto_app() -> Any:
    from typing import Annotated

    import msgspec
    from litestar import Litestar, post
    from litestar.dto import DTOConfig, MsgspecDTO, dto_field

    class Address(msgspec.Struct):
        street: str
        city: str
        zip: str

    class Person(msgspec.Struct):
        first_name: str
        last_name: str
        age: int
        email: str
        address: Address
        password: Annotated[str, msgspec.Meta(extra=dto_field("write-only"))] = ""
        id: Annotated[int, msgspec.Meta(extra=dto_field("read-only"))] = 0

    class WriteDTO(MsgspecDTO[Person]):
        config = DTOConfig(rename_strategy="camel")

    class ReadDTO(MsgspecDTO[Person]):
        config = DTOConfig(rename_strategy="camel")

    @post(
        "/people", dto=WriteDTO, return_dto=ReadDTO, status_code=200, signature_namespace={"Person": Person}
    )
    async def people(data: list[Person]) -> list[Person]:
        return data

    return Litestar([people])


def _litestar_msgspec_app() -> Any:
    import msgspec
    from litestar import Litestar, post

    class Address(msgspec.Struct):
        street: str
        city: str
        zip: str

    class PersonIn(msgspec.Struct, rename="camel"):
        first_name: str
        last_name: str
        age: int
        email: str
        address: Address
        password: str = ""

    class PersonOut(msgspec.Struct, rename="camel"):
        first_name: str
        last_name: str
        age: int
        email: str
        address: Address
        id: int = 0

    @post("/people", status_code=200, signature_namespace={"PersonIn": PersonIn, "PersonOut": PersonOut})
    async def people(data: list[PersonIn]) -> list[PersonOut]:
        return [PersonOut(p.first_name, p.last_name, p.age, p.email, p.address) for p in data]

    return Litestar([people])


def _pydantic_models() -> Any:
    from pydantic import BaseModel

    class Address(BaseModel):
        street: str
        city: str
        postcode: str
        country: str

    class Line(BaseModel):
        sku: str
        name: str
        quantity: int
        unit_price: float

    class Order(BaseModel):
        id: int
        customer: str
        email: str
        status: str
        currency: str
        total: float
        paid: bool
        tags: list[str]
        shipping: Address
        items: list[Line]

    return Order


def _litestar_pydantic_app() -> Any:
    from litestar import Litestar, post

    order = _pydantic_models()

    @post("/orders", status_code=200, signature_namespace={"Order": order})
    async def orders(data: order) -> order:  # type: ignore[valid-type]
        return data

    return Litestar([orders])


def _fastapi_pydantic_app() -> Any:
    from fastapi import FastAPI

    order = _pydantic_models()
    app = FastAPI()

    @app.post("/orders")
    async def orders(data: order) -> order:  # type: ignore[valid-type]
        return data

    return app


APPS = {
    ("litestar", "dto"): _litestar_dto_app,
    ("litestar", "msgspec"): _litestar_msgspec_app,
    ("litestar", "dataclass"): _litestar_dataclass_app,
    ("litestar", "dto-struct"): _litestar_struct_dto_app,
    ("litestar", "pydantic"): _litestar_pydantic_app,
    ("fastapi", "pydantic"): _fastapi_pydantic_app,
}
BODIES = {
    "dto": ("/people", PEOPLE),
    "msgspec": ("/people", PEOPLE),
    "dataclass": ("/people", PEOPLE),
    "dto-struct": ("/people", PEOPLE),
    "pydantic": ("/orders", ORDER),
}


async def _call(app: Any, path: str, body: bytes) -> tuple[int, bytes]:
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
        "state": {},
    }
    sent = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(chunks)


async def _lifespan(app: Any) -> None:
    messages = [{"type": "lifespan.startup"}]

    async def receive() -> dict[str, Any]:
        return messages.pop() if messages else await asyncio.Event().wait()  # type: ignore[func-returns-value]

    async def send(message: dict[str, Any]) -> None:
        pass

    task = asyncio.ensure_future(
        app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, receive, send)
    )
    await asyncio.sleep(0.01)
    task.cancel()


def worker(framework: str, scenario: str, batches: int, per_batch: int) -> dict[str, Any]:
    """Time one scenario in this interpreter; return the medians in microseconds."""
    app = APPS[framework, scenario]()
    path, payload = BODIES[scenario]
    body = json.dumps(payload).encode()

    async def run() -> dict[str, Any]:
        await _lifespan(app)
        status, answer = await _call(app, path, body)
        decoded = json.loads(answer)
        assert status == 200, (status, answer[:300])
        if scenario in ("dto", "dto-struct", "msgspec", "dataclass"):
            assert len(decoded) == 100
            assert ("password" in decoded[0]) is (scenario == "dataclass")
            assert decoded[0]["firstName"] == "first0"
        else:
            assert decoded["items"][1]["quantity"] == 1
        for _ in range(per_batch):
            await _call(app, path, body)
        timings = []
        for _ in range(batches):
            start = time.process_time()
            for _ in range(per_batch):
                await _call(app, path, body)
            timings.append((time.process_time() - start) / per_batch * 1e6)
        return {"median_us": statistics.median(timings), "min_us": min(timings)}

    return asyncio.run(run())


def main() -> None:
    """Drive the workers and print a markdown table of medians and ratios."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ours", default=".venv/bin/python")
    parser.add_argument("--litestar", default="/tmp/litestar-oracle/bin/python")
    parser.add_argument("--fastapi", default=None, help="e.g. /tmp/bench-venvs/fastapi/bin/python")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--per-batch", type=int, default=100)
    parser.add_argument("--worker", nargs=2, metavar=("FRAMEWORK", "SCENARIO"))
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], args.worker[1], args.batches, args.per_batch)))
        return
    runs = {
        "DTO over dataclasses / ours": (args.ours, "litestar", "dto"),
        "DTO over dataclasses / litestar 2.17": (args.litestar, "litestar", "dto"),
        "plain msgspec, same dataclasses, no DTO / ours": (args.ours, "litestar", "dataclass"),
        "DTO over Structs / ours": (args.ours, "litestar", "dto-struct"),
        "DTO over Structs / litestar 2.17": (args.litestar, "litestar", "dto-struct"),
        "plain msgspec Structs, no DTO / ours": (args.ours, "litestar", "msgspec"),
        "pydantic POST / ours": (args.ours, "litestar", "pydantic"),
    }
    if args.fastapi:
        runs["pydantic POST / fastapi"] = (args.fastapi, "fastapi", "pydantic")
    results: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name, (python, framework, scenario) in runs.items():
            output = subprocess.run(
                [
                    python,
                    __file__,
                    "--worker",
                    framework,
                    scenario,
                    "--batches",
                    str(args.batches),
                    "--per-batch",
                    str(args.per_batch),
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            results[name].append(json.loads(output.strip().splitlines()[-1])["median_us"])
    medians = {name: statistics.median(values) for name, values in results.items()}
    print("| run | median CPU µs/request |")
    print("|---|---:|")
    for name, value in medians.items():
        print(f"| {name} | {value:.1f} |")
    print()
    ratios = [
        (
            "DTO over dataclasses, ours / litestar 2.17",
            "DTO over dataclasses / ours",
            "DTO over dataclasses / litestar 2.17",
        ),
        (
            "DTO over Structs, ours / litestar 2.17",
            "DTO over Structs / ours",
            "DTO over Structs / litestar 2.17",
        ),
        (
            "DTO over dataclasses / plain msgspec on the same dataclasses",
            "DTO over dataclasses / ours",
            "plain msgspec, same dataclasses, no DTO / ours",
        ),
        (
            "DTO over Structs / plain msgspec Structs",
            "DTO over Structs / ours",
            "plain msgspec Structs, no DTO / ours",
        ),
        (
            "DTO over dataclasses / plain msgspec Structs",
            "DTO over dataclasses / ours",
            "plain msgspec Structs, no DTO / ours",
        ),
    ]
    if args.fastapi:
        ratios.append(("pydantic POST, ours / FastAPI", "pydantic POST / ours", "pydantic POST / fastapi"))
    for label, mine, theirs in ratios:
        print(f"- {label}: {medians[mine] / medians[theirs]:.2f}")


if __name__ == "__main__":
    sys.exit(main())
