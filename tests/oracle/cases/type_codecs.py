"""type_encoders / type_decoders on app, router, controller and handler layers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Controller, Litestar, Router, get, post


class Color:
    def __init__(self, name: str) -> None:
        self.name = name


class Temp:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius


def is_color(tp: Any) -> bool:
    return tp is Color


def is_temp(tp: Any) -> bool:
    return tp is Temp


def decode_color(tp: type, value: Any) -> Color:
    return Color(str(value).upper())


def decode_color_lower(tp: type, value: Any) -> Color:
    return Color(f"lower:{str(value).lower()}")


def decode_temp(tp: type, value: Any) -> Temp:
    if not isinstance(value, (int, float)):
        raise ValueError("temperature must be a number")
    return Temp(float(value))


@dataclass
class Paint:
    color: Color
    coats: int = 1


@dataclass
class Reading:
    temp: Temp
    place: str


@get("/colors")
async def colors() -> dict:
    return {"c": Color("red"), "list": [Color("a"), Color("b")]}


@get("/handler-encoder", type_encoders={Color: lambda c: {"handler": c.name}})
async def handler_encoder() -> dict:
    return {"c": Color("red")}


@post("/paint")
async def paint(data: Paint) -> dict:
    return {"color": data.color.name, "coats": data.coats}


@post("/reading")
async def reading(data: Reading) -> dict:
    return {"temp": data.temp.celsius, "place": data.place}


@post("/paint-handler", type_decoders=[(is_color, decode_color_lower)])
async def paint_handler(data: Paint) -> dict:
    return {"color": data.color.name}


@get("/temp-out")
async def temp_out() -> dict:
    return {"t": Temp(21.5)}


class Ctl(Controller):
    path = "/ctl"
    type_encoders = {Color: lambda c: f"ctl-{c.name}"}

    @get("/color")
    async def color(self) -> dict:
        return {"c": Color("green"), "t": Temp(1.0)}

    @post("/paint")
    async def paint(self, data: Paint) -> Paint:
        return data


router = Router(
    path="/router",
    route_handlers=[Ctl, colors, reading],
    type_encoders={Temp: lambda t: f"{t.celsius}C"},
    type_decoders=[(is_temp, decode_temp)],
)


def create_app() -> Litestar:
    return Litestar(
        [colors, handler_encoder, paint, reading, paint_handler, temp_out, router],
        type_encoders={Color: lambda c: c.name},
        type_decoders=[(is_color, decode_color)],
    )


REQUESTS = [
    {"method": "GET", "url": "/colors"},
    {"method": "GET", "url": "/handler-encoder"},
    {"method": "POST", "url": "/paint", "json": {"color": "blue", "coats": 2}},
    {"method": "POST", "url": "/paint", "json": {"color": 5}, "name": "decoder gets a non-string"},
    {"method": "POST", "url": "/paint-handler", "json": {"color": "Blue"}},
    {
        "method": "POST",
        "url": "/reading",
        "json": {"temp": 20, "place": "x"},
        "name": "no Temp decoder at app level",
    },
    {"method": "POST", "url": "/router/reading", "json": {"temp": 20, "place": "x"}},
    {
        "method": "POST",
        "url": "/router/reading",
        "json": {"temp": "hot", "place": "x"},
        "name": "decoder raises",
    },
    {"method": "GET", "url": "/temp-out", "name": "no Temp encoder at app level"},
    {"method": "GET", "url": "/router/colors"},
    {"method": "GET", "url": "/router/ctl/color"},
    {"method": "POST", "url": "/router/ctl/paint", "json": {"color": "teal"}},
]
