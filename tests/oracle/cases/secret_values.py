"""Secret values as body fields and header/query parameters."""

from dataclasses import dataclass
from typing import Annotated, Any

from litestar import Litestar, get, post
from litestar.datastructures import SecretBytes, SecretString
from litestar.params import Parameter


@dataclass
class Login:
    user: str
    password: SecretString
    token: SecretBytes


@post("/login", sync_to_thread=False)
def login(data: Login) -> dict[str, Any]:
    return {
        "user": data.user,
        "password_repr": repr(data.password),
        "password": data.password.get_secret(),
        "token": data.token.get_secret().decode(),
        "str": str(data.password),
    }


@get("/header", sync_to_thread=False)
def header(x_api_key: Annotated[SecretString, Parameter(header="x-api-key")]) -> dict[str, str]:
    return {"key": x_api_key.get_secret(), "repr": repr(x_api_key)}


@get("/query", sync_to_thread=False)
def query(token: SecretString, raw: SecretBytes | None = None) -> dict[str, Any]:
    return {"token": token.get_secret(), "raw": raw.get_secret().decode() if raw else None}


@get("/echo", sync_to_thread=False)
def echo() -> dict[str, Any]:
    return {"secret": SecretString("hidden")}


app = Litestar([login, header, query, echo])
REQUESTS = [
    {"method": "POST", "url": "/login", "json": {"user": "u", "password": "p4ss", "token": "dG9r"}},
    {"method": "POST", "url": "/login", "json": {"user": "u", "password": 5, "token": "x"}},
    {"method": "GET", "url": "/header", "headers": {"x-api-key": "k3y"}},
    {"method": "GET", "url": "/header"},
    {"method": "GET", "url": "/query?token=t&raw=r"},
    {"method": "GET", "url": "/query"},
    {"method": "GET", "url": "/echo"},
]
