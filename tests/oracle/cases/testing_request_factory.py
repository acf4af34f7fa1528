"""RequestFactory: requests built with data for each content type and with cookies.

Each GET runs one RequestFactory scenario inside a handler and answers what the built
request holds: its headers, cookies, body, and what `form()` / `json()` read from it.
Boundaries (random) are replaced by `<B>`.
"""

import dataclasses
import datetime
import re
import uuid
from typing import Any

import msgspec
from litestar import Litestar, get
from litestar.datastructures import Cookie
from litestar.enums import RequestEncodingType
from litestar.testing import RequestFactory


@dataclasses.dataclass
class Person:
    name: str
    age: int
    when: datetime.date = datetime.date(2020, 1, 2)


class Tagged(msgspec.Struct):
    name: str
    tags: list[str] = []


DATA: dict[str, Any] = {
    "dict": {"name": "a", "n": 1, "lst": [1, 2], "nested": {"x": 1}},
    "prims": {"t": True, "f": False, "n": None, "i": 1, "fl": 1.5, "s": "x y&z"},
    "nested_list": {"l": [[1, 2], None, True]},
    "tuple": {"file": ("a.txt", b"abc", "text/plain")},
    "bytes": {"file": b"abc", "x": "1"},
    "dataclass": Person("bob", 3),
    "struct": Tagged("s", ["a", "b"]),
    "values": {"u": uuid.UUID(int=5), "d": datetime.datetime(2020, 1, 1, 1, 2, 3)},
    "quoted_name": {'a"b\\c': "1"},
    "empty": {},
}
COOKIES: dict[str, Any] = {
    "str": "a=1; b=2",
    "list": [Cookie(key="a", value="1"), Cookie(key="b", value="x y", path="/z", max_age=3, httponly=True)],
    "attrs": [Cookie(key="b", value="v", secure=True, domain="d.org", samesite="strict")],
    "no_value": [Cookie(key="a")],
    "escaped": [Cookie(key="d", value='q"u;o\\te')],
}


def _mask(text: str) -> str:
    return re.sub(r"[0-9a-f]{32}", "<B>", text)


async def _describe(request: Any, read_body: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "method": request.method,
        "url": str(request.url),
        "raw_headers": [
            [name.decode(), _mask(value.decode("latin-1"))] for name, value in request.scope["headers"]
        ],
        "cookies": dict(request.cookies),
    }
    if not read_body:
        return out
    out["body"] = _mask((await request.body()).decode("latin-1"))
    form = await request.form()
    # The order of keys in a parsed form is not the factory's business: sorted (stable per key).
    out["form"] = sorted(([key, value] for key, value in form.multi_items()), key=lambda item: item[0])
    try:
        out["json"] = await request.json()
    except Exception as exc:  # noqa: BLE001
        out["json"] = f"error {type(exc).__name__}"
    return out


@get("/data/{method:str}/{media:str}/{name:str}")
async def with_data(method: str, media: str, name: str) -> dict[str, Any]:
    factory = RequestFactory()
    try:
        request = getattr(factory, method)(
            "/p", data=DATA[name], request_media_type=RequestEncodingType[media]
        )
    except Exception as exc:  # noqa: BLE001
        return {"error": type(exc).__name__, "message": str(exc)}
    return await _describe(request)


@get("/cookies/{name:str}")
async def with_cookies(name: str) -> dict[str, Any]:
    return await _describe(RequestFactory().get("/c", cookies=COOKIES[name]), read_body=False)


@get("/cookies-and-data")
async def cookies_and_data() -> dict[str, Any]:
    request = RequestFactory().post(
        "/p",
        data={"a": "1"},
        cookies=[Cookie(key="s", value="v")],
        headers={"X-A": "1"},
        request_media_type=RequestEncodingType.URL_ENCODED,
    )
    return await _describe(request)


@get("/header-merge")
async def header_merge() -> dict[str, Any]:
    factory = RequestFactory()
    replaced = factory.post("/p", data={"a": 1}, headers={"Content-Type": "text/plain", "X-B": "2"})
    cookie_wins = factory.get("/c", cookies="a=1", headers={"cookie": "z=9"})
    lower_kept = factory.put("/p", data={"a": 1}, headers={"content-type": "text/plain"})
    return {
        "replaced": await _describe(replaced),
        "cookie_wins": await _describe(cookie_wins, read_body=False),
        "lower_kept": (await _describe(lower_kept, read_body=False))["raw_headers"],
    }


@get("/scope")
async def scope() -> dict[str, Any]:
    factory = RequestFactory(server="example.org", port=8080, root_path="/r", scheme="https")
    request = factory.get(
        "/x", query_params={"a": "1", "b": ["2", "3"]}, path_params={"p": "1"}, http_version="2",
        session={"s": 1}, user={"u": 1}, auth="tok", state={"k": 1},
    )  # fmt: skip
    return {
        **(await _describe(request, read_body=False)),
        "path_params": request.path_params,
        "query": [[key, value] for key, value in request.query_params.multi_items()],
        "http_version": request.scope["http_version"],
        "session": request.session,
        "user": request.user,
        "auth": request.auth,
        "client": list(request.scope["client"]),
        "root_path": request.scope["root_path"],
    }


@get("/get-body")
async def get_body() -> dict[str, Any]:
    try:
        return {"body": (await RequestFactory().get("/g").body()).decode()}
    except Exception as exc:  # noqa: BLE001
        return {"error": type(exc).__name__}


@get("/query-in-path")
async def query_in_path() -> dict[str, Any]:
    request = RequestFactory().get("/g?x=1", query_params={"a": "1"})
    return {"path": request.scope["path"], "query_string": request.scope["query_string"].decode()}


app = Litestar([with_data, with_cookies, cookies_and_data, header_merge, scope, get_body, query_in_path])

REQUESTS = [
    *(
        {"method": "GET", "url": f"/data/post/{media}/{name}"}
        for media in ("JSON", "URL_ENCODED", "MULTI_PART")
        for name in DATA
    ),
    *(
        {"method": "GET", "url": f"/data/{method}/{media}/dict"}
        for method in ("put", "patch")
        for media in ("JSON", "URL_ENCODED", "MULTI_PART")
    ),
    {"method": "GET", "url": "/data/post/MESSAGEPACK/dict", "name": "msgpack (intended difference)"},
    *({"method": "GET", "url": f"/cookies/{name}"} for name in COOKIES),
    {"method": "GET", "url": "/cookies-and-data"},
    {"method": "GET", "url": "/header-merge"},
    {"method": "GET", "url": "/scope"},
    {"method": "GET", "url": "/get-body", "name": "reading a GET's body (intended difference)"},
    {"method": "GET", "url": "/query-in-path", "name": "a query in the path (intended difference)"},
]
