"""The Request API as seen from handlers: url, headers, query, cookies, accept, url_for, state, bodies, forms."""

from __future__ import annotations

from typing import Any

from litestar import Litestar, Request, get, post
from litestar.datastructures import Headers, MultiDict, State, UploadFile


async def _before(request: Request) -> None:
    request.state.marker = "set-by-hook"
    request.state["other"] = 2


@get("/url/{item_id:int}", name="url-info")
async def url_info(request: Request, item_id: int) -> dict[str, Any]:
    url = request.url
    return {
        "str": str(url),
        "path": url.path,
        "query": url.query,
        "scheme": url.scheme,
        "netloc": url.netloc,
        "base_url": str(request.base_url),
        "client": list(request.client) if request.client else None,
        "method": request.method,
        "path_params": request.path_params,
        "item_id": item_id,
    }


@get("/headers")
async def headers_info(request: Request) -> dict[str, Any]:
    h = request.headers
    return {
        "get": h.get("x-one"),
        "get_upper": h.get("X-ONE"),
        "getall": h.getall("x-rep"),
        "getall_missing": h.getall("x-nope", []),
        "contains": "X-Rep" in h,
        "missing": h.get("x-nope", "dflt"),
        "dict_keys": sorted(k for k in dict(h) if k.startswith("x-")),
        "dict_rep": dict(h).get("x-rep"),
        "item": h["x-one"],
        "len_pos": len(h) > 0,
    }


@get("/query")
async def query_info(request: Request) -> dict[str, Any]:
    q = request.query_params
    return {
        "get": q.get("a"),
        "get_missing": q.get("zz", "dflt"),
        "getall": q.getall("a"),
        "getall_missing": q.getall("zz", []),
        "dict": dict(q),
        "multi": sorted([list(p) for p in q.multi_items()]),
        "keys": sorted(q.keys()),
        "contains": "b" in q,
        "len": len(q),
    }


@get("/cookies")
async def cookies_info(request: Request) -> dict[str, Any]:
    return {"cookies": dict(sorted(request.cookies.items())), "type": type(request.cookies).__name__}


@post("/ctype", status_code=200)
async def ctype_info(request: Request) -> dict[str, Any]:
    media, opts = request.content_type
    return {"media": media, "opts": opts}


@get("/accept")
async def accept_info(request: Request) -> dict[str, Any]:
    accept = request.accept
    return {
        "best_json_html": accept.best_match(["application/json", "text/html"]),
        "best_xml": accept.best_match(["application/xml"], default="none"),
        "json_in": "application/json" in accept,
        "html_in": "text/html" in accept,
        "list": list(accept),
    }


@get("/url-for", opt={"flag": True, "n": 3})
async def url_for_info(request: Request) -> dict[str, Any]:
    return {
        "url_for": request.url_for("url-info", item_id=7),
        "url_for_self": request.url_for("url_for_info_name"),
        "app_same": request.app is request.scope["app"],
        "opt": {k: v for k, v in request.route_handler.opt.items() if k in ("flag", "n")},
        "name": request.route_handler.name,
        "handler_name": request.route_handler.handler_name,
        "path_template": request.scope.get("path_template"),
    }


@get(["/p/{a:str}/{b:int}", "/p/{a:str}"], name="multi", opt={"k": "v"})
async def multi(request: Request, a: str, b: int = 0) -> dict[str, Any]:
    return {
        "path_params": request.path_params,
        "url_for": request.url_for("multi", a="x y", b=9),
        "url_for_one": request.url_for("multi", a="only"),
        "opt_k": request.route_handler.opt.get("k"),
        "path": request.url.path,
        "raw_path": request.scope["raw_path"].decode(),
        "b": b,
    }


@get("/named", name="url_for_info_name")
async def named(request: Request) -> dict[str, Any]:
    return {"name": request.route_handler.name}


@get("/state", before_request=_before)
async def state_info(request: Request) -> dict[str, Any]:
    st = request.state
    return {
        "marker": st.marker,
        "other": st["other"],
        "get": st.get("missing", "dflt"),
        "in": "marker" in st,
        "type": type(st).__name__,
    }


@post("/body-twice", status_code=200)
async def body_twice(request: Request) -> dict[str, Any]:
    a = await request.body()
    b = await request.body()
    return {"same": a == b, "len": len(a), "text": a.decode()}


@post("/json-body", status_code=200)
async def json_then_body(request: Request) -> dict[str, Any]:
    data = await request.json()
    raw = await request.body()
    return {"data": data, "raw": raw.decode()}


@post("/form", status_code=200)
async def form_info(request: Request) -> dict[str, Any]:
    form = await request.form()
    out: dict[str, Any] = {"keys": sorted(set(form.keys())), "type": type(form).__name__}
    for key in sorted(set(form.keys())):
        values = []
        for value in form.getall(key):
            if isinstance(value, UploadFile):
                values.append(
                    {
                        "filename": value.filename,
                        "content_type": value.content_type,
                        "header_ct": value.headers.get("content-type"),
                        "content": (await value.read()).decode(),
                    }
                )
            else:
                values.append(value)
        out[key] = values
    out["get_first"] = form.get("a") if "a" in form and not isinstance(form.get("a"), UploadFile) else None
    return out


@get("/ds")
async def datastructures() -> dict[str, Any]:
    h = Headers([(b"x-a", b"1"), (b"x-a", b"2"), (b"x-b", b"3")])
    hd = Headers({"X-C": "1", "x-d": "2"})
    md = MultiDict([("a", "1"), ("a", "2"), ("b", "3")])
    md.add("b", "4")
    st = State({"x": 1})
    st.y = 2
    st2 = st.copy()
    st2.z = 3
    return {
        "h_getall": h.getall("x-a"),
        "h_get": h.get("X-B"),
        "h_in": "X-B" in h,
        "h_dict": dict(h),
        "hd_get": hd.get("x-c"),
        "hd_in": "X-D" in hd,
        "hd_keys": sorted(hd.keys()),
        "md_getall": md.getall("b"),
        "md_dict": dict(md),
        "md_multi": sorted(md.multi_items()),
        "md_items": sorted(md.items()),
        "md_len": len(md),
        "st": dict(st),
        "st2": dict(st2),
        "st_has_z": "z" in st,
        "st_get": st.get("nope", "dflt"),
        "st_pop": st.pop("x"),
        "st_after_pop": sorted(st.keys()),
    }


app = Litestar(
    route_handlers=[
        url_info,
        headers_info,
        query_info,
        cookies_info,
        ctype_info,
        accept_info,
        url_for_info,
        named,
        multi,
        state_info,
        body_twice,
        json_then_body,
        form_info,
        datastructures,
    ],
)

REQUESTS = [
    {"method": "GET", "url": "/url/5?x=1&y=two"},
    {"method": "GET", "url": "/url/5"},
    {"method": "GET", "url": "/url/5?q=a%20b&e=%C3%A9", "name": "encoded query"},
    {"method": "GET", "url": "/url/-3", "name": "negative"},
    {"method": "GET", "url": "http://example.org:8080/url/1?z", "name": "other host"},
    {"method": "GET", "url": "/headers", "headers": [["X-One", "1"], ["X-Rep", "a"], ["x-rep", "b"]]},
    {"method": "GET", "url": "/headers", "headers": {"x-one": "only", "x-rep": "solo"}},
    {"method": "GET", "url": "/query?a=1&a=2&b=3"},
    {"method": "GET", "url": "/query?a=&b", "name": "blank values"},
    {"method": "GET", "url": "/query?a=x%26y&a=%2B+", "name": "encoded values"},
    {"method": "GET", "url": "/query", "name": "no query"},
    {"method": "GET", "url": "/query", "params": {"a": ["p", "q"], "c": "r"}},
    {"method": "GET", "url": "/cookies", "headers": {"cookie": "a=1; b=two"}},
    {"method": "GET", "url": "/cookies", "headers": {"cookie": 'c="quoted"; d=x=y'}, "name": "odd cookies"},
    {"method": "GET", "url": "/cookies", "headers": {"cookie": ""}, "name": "empty cookie"},
    {"method": "POST", "url": "/ctype", "headers": {"content-type": "application/json; charset=utf-8"}},
    {"method": "POST", "url": "/ctype", "headers": {"content-type": "Text/Plain; A=B"}, "name": "case"},
    {"method": "POST", "url": "/ctype", "headers": {"content-type": 'multipart/form-data; boundary="abc"'}},
    {"method": "POST", "url": "/ctype", "name": "none"},
    {"method": "GET", "url": "/accept", "headers": {"accept": "text/html,application/json;q=0.9"}},
    {"method": "GET", "url": "/accept", "headers": {"accept": "application/json"}},
    {"method": "GET", "url": "/accept", "headers": {"accept": "*/*"}},
    {"method": "GET", "url": "/accept", "headers": {"accept": "text/*;q=0.5, application/*;q=0.8"}},
    {"method": "GET", "url": "/accept", "name": "default accept"},
    {"method": "GET", "url": "/url-for"},
    {"method": "GET", "url": "/named"},
    {"method": "GET", "url": "/p/abc/4"},
    {"method": "GET", "url": "/p/abc"},
    {"method": "GET", "url": "/p/a%20b/4", "name": "encoded path param"},
    {"method": "GET", "url": "/cookies", "cookies": {"jar": "1"}, "name": "cookies kwarg"},
    {
        "method": "GET",
        "url": "/accept",
        "headers": {"accept": "application/json;q=0.5, text/html;q=0.5"},
        "name": "tie",
    },
    {"method": "GET", "url": "/accept", "headers": {"accept": "text/html;q=0"}, "name": "q zero"},
    {"method": "GET", "url": "/state"},
    {"method": "GET", "url": "/state", "name": "state again"},
    {"method": "POST", "url": "/body-twice", "content": b"hello body"},
    {"method": "POST", "url": "/body-twice", "name": "empty"},
    {"method": "POST", "url": "/json-body", "json": {"a": [1, 2, {"b": None}]}},
    {
        "method": "POST",
        "url": "/json-body",
        "content": "null",
        "headers": {"content-type": "application/json"},
        "name": "null json",
    },
    {"method": "POST", "url": "/form", "data": {"a": "1", "b": "2"}},
    {
        "method": "POST",
        "url": "/form",
        "content": "a=1&a=2&b=x+y&c=%26",
        "headers": {"content-type": "application/x-www-form-urlencoded"},
        "name": "urlencoded repeated",
    },
    {
        "method": "POST",
        "url": "/form",
        "data": {"a": "v"},
        "files": {"up": ("a.txt", b"file-content", "text/plain")},
        "name": "multipart file",
    },
    {
        "method": "POST",
        "url": "/form",
        "files": {"up": ("data.bin", b"\x00\x01", "application/octet-stream")},
        "name": "binary file",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": (
            '--B\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n'
            '--B\r\nContent-Disposition: form-data; name="a"\r\n\r\n2\r\n'
            '--B\r\nContent-Disposition: form-data; name="f"; filename="x.csv"\r\n'
            "Content-Type: text/csv\r\nX-Extra: yes\r\n\r\nc1,c2\r\n--B--\r\n"
        ),
        "headers": {"content-type": "multipart/form-data; boundary=B"},
        "name": "raw multipart repeated",
    },
    {
        "method": "POST",
        "url": "/form",
        "content": (
            '--B\r\nContent-Disposition: form-data; name="f"; filename="n.txt"\r\n\r\nno ct\r\n--B--\r\n'
        ),
        "headers": {"content-type": "multipart/form-data; boundary=B"},
        "name": "file without content-type",
    },
    {"method": "GET", "url": "/ds"},
]
