"""Edge cases of header and cookie parameters: case, repetition, lists, blanks, quoting, constraints."""

from __future__ import annotations

from typing import Annotated

from litestar import Litestar, Request, get
from litestar.params import Parameter


def _r(value: object) -> object:
    if isinstance(value, list):
        return [_r(v) for v in value]
    return f"{type(value).__name__}:{value!r}"


@get("/h")
async def h(
    token: Annotated[str, Parameter(header="X-Token")],
    n: Annotated[int | None, Parameter(header="x-n", ge=1, le=5)] = None,
    tags: Annotated[list[str] | None, Parameter(header="X-Tags")] = None,
    flag: Annotated[bool, Parameter(header="X-Flag")] = False,
    code: Annotated[str | None, Parameter(header="X-Code", pattern=r"^[a-z]+$", max_length=4)] = None,
) -> dict:
    return {"token": _r(token), "n": _r(n), "tags": _r(tags), "flag": _r(flag), "code": _r(code)}


@get("/hn")
async def hn(nums: Annotated[list[int], Parameter(header="X-Nums")]) -> dict:
    return {"nums": _r(nums)}


@get("/raw-headers")
async def raw_headers(request: Request) -> dict:
    hs = request.headers
    return {
        "x-a": hs.get("x-a"),
        "X-A": hs.get("X-A"),
        "getall": hs.getall("x-a", []),
        "x-empty": hs.get("x-empty"),
        "has-x-empty": "x-empty" in hs,
    }


@get("/c")
async def c(
    sid: Annotated[str, Parameter(cookie="sid")],
    n: Annotated[int | None, Parameter(cookie="n", gt=0)] = None,
    theme: Annotated[str, Parameter(cookie="Theme", min_length=2)] = "light",
) -> dict:
    return {"sid": _r(sid), "n": _r(n), "theme": _r(theme)}


@get("/raw-cookies")
async def raw_cookies(request: Request) -> dict:
    return {"cookies": dict(sorted(request.cookies.items()))}


app = Litestar(route_handlers=[h, hn, raw_headers, c, raw_cookies])


def _h(url: str, headers: object, name: str) -> dict:
    return {"method": "GET", "url": url, "headers": headers, "name": name}


REQUESTS = [
    _h("/h", {"X-Token": "t"}, "header ok"),
    _h("/h", {"x-token": "t"}, "lower case name"),
    _h("/h", {"X-TOKEN": "t"}, "upper case name"),
    _h("/h", {"X-Token": ""}, "empty required header"),
    _h("/h", {"X-Token": "  padded  "}, "padded header value"),
    _h("/h", [("X-Token", "a"), ("X-Token", "b")], "repeated scalar header"),
    _h("/h", {"X-Token": "a, b"}, "comma in scalar header"),
    _h("/h", {}, "missing header"),
    _h("/h", {"X-Token": "t", "X-N": "1"}, "n ge boundary"),
    _h("/h", {"X-Token": "t", "X-N": "5"}, "n le boundary"),
    _h("/h", {"X-Token": "t", "X-N": "0"}, "n below"),
    _h("/h", {"X-Token": "t", "X-N": "6"}, "n above"),
    _h("/h", {"X-Token": "t", "X-N": ""}, "n empty"),
    _h("/h", {"X-Token": "t", "X-N": "007"}, "n leading zeros"),
    _h("/h", {"X-Token": "t", "X-N": "x"}, "n not int"),
    _h("/h", [("X-Token", "t"), ("X-N", "2"), ("X-N", "3")], "n repeated"),
    _h("/h", {"X-Token": "t", "X-Tags": "a"}, "tags single"),
    _h("/h", {"X-Token": "t", "X-Tags": "a,b"}, "tags comma"),
    _h("/h", {"X-Token": "t", "X-Tags": "a, b ,c"}, "tags comma spaces"),
    _h("/h", [("X-Token", "t"), ("X-Tags", "a"), ("X-Tags", "b")], "tags repeated"),
    _h("/h", [("X-Token", "t"), ("X-Tags", "a,b"), ("X-Tags", "c")], "tags repeated and comma"),
    _h("/h", {"X-Token": "t", "X-Tags": ""}, "tags empty"),
    _h("/h", {"X-Token": "t", "X-Flag": "true"}, "flag true"),
    _h("/h", {"X-Token": "t", "X-Flag": "on"}, "flag on"),
    _h("/h", {"X-Token": "t", "X-Flag": "1"}, "flag 1"),
    _h("/h", {"X-Token": "t", "X-Flag": "nope"}, "flag bad"),
    _h("/h", {"X-Token": "t", "X-Code": "abcd"}, "code max length ok"),
    _h("/h", {"X-Token": "t", "X-Code": "abcde"}, "code too long"),
    _h("/h", {"X-Token": "t", "X-Code": "AB"}, "code pattern"),
    _h("/h", {"X-Token": "t", "X-Code": "ABCDE"}, "code pattern and length"),
    _h("/h", {"X-Token": "t", "X-N": "9", "X-Flag": "x", "X-Code": "Q"}, "several errors"),
    _h("/hn", {"X-Nums": "1,2,3"}, "int list header"),
    _h("/hn", {"X-Nums": "1, 2"}, "int list header spaces"),
    _h("/hn", [("X-Nums", "1"), ("X-Nums", "2")], "int list repeated"),
    _h("/hn", {"X-Nums": "1,x"}, "int list bad"),
    _h("/hn", {"X-Nums": ""}, "int list empty"),
    _h("/hn", {}, "int list missing"),
    _h("/raw-headers", [("X-A", "1"), ("x-a", "2"), ("X-Empty", "")], "raw headers"),
    _h("/raw-headers", {}, "raw headers none"),
    _h("/c", {"Cookie": "sid=abc"}, "cookie ok"),
    _h("/c", {"Cookie": 'sid="abc"'}, "quoted cookie"),
    _h("/c", {"Cookie": 'sid="a b"'}, "quoted cookie space"),
    _h("/c", {"Cookie": r'sid="a\"b\\c"'}, "quoted escapes"),
    _h("/c", {"Cookie": r'sid="\141\142"'}, "octal escapes"),
    _h("/c", {"Cookie": 'sid="abc'}, "unbalanced quote"),
    _h("/c", {"Cookie": "sid=a b"}, "unquoted space"),
    _h("/c", {"Cookie": "sid= abc "}, "spaces around value"),
    _h("/c", {"Cookie": " sid =abc"}, "spaces around name"),
    _h("/c", {"Cookie": "sid=a%20b%3Bc"}, "percent-encoded cookie"),
    _h("/c", {"Cookie": "sid=%E2%9C%93"}, "percent utf-8 cookie"),
    _h("/c", {"Cookie": "sid=%C3"}, "percent invalid utf-8 cookie"),
    _h("/c", {"Cookie": "sid=1; sid=2"}, "repeated cookie"),
    _h("/c", {"Cookie": "SID=abc"}, "cookie name case"),
    _h("/c", {"Cookie": "sid="}, "empty cookie value"),
    _h("/c", {"Cookie": "sid"}, "no equals"),
    _h("/c", {"Cookie": "sid=abc;;; ;n=2"}, "empty chunks"),
    _h("/c", {"Cookie": "sid=abc,n=2"}, "comma separated"),
    _h("/c", {"Cookie": "sid=a=b=c"}, "equals in value"),
    _h("/c", {"Cookie": "sid=abc; n=0"}, "n gt violated"),
    _h("/c", {"Cookie": "sid=abc; n=x"}, "n not int"),
    _h("/c", {"Cookie": "sid=abc; n="}, "n empty"),
    _h("/c", {"Cookie": "sid=abc; Theme=d"}, "theme too short"),
    _h("/c", {"Cookie": "sid=abc; theme=dark"}, "theme wrong case"),
    _h("/c", [("Cookie", "sid=abc"), ("Cookie", "n=3")], "two cookie headers"),
    _h("/raw-cookies", {"Cookie": 'a=1; b="x y"; c; =d; e=; f=1=2; a=3; g=%41'}, "raw cookies"),
    _h("/raw-cookies", {"Cookie": ""}, "raw cookies empty header"),
    _h("/raw-cookies", {"Cookie": "  ;  "}, "raw cookies blank"),
    _h("/raw-cookies", {"Cookie": "$Version=1; a=b; $Path=/"}, "raw cookies rfc2109"),
    _h("/raw-cookies", {"Cookie": "a=\u00e9"}, "raw cookies non-ascii"),
]
