"""Compression: gzip, brotli and zstd, minimum size, q-values, streaming, exclusions."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import AsyncIterator

import brotli
import pytest
import zstandard
from litestar import Litestar, Response, get
from litestar.config.compression import CompressionConfig
from litestar.exceptions import ImproperlyConfiguredException
from litestar.response import Stream
from litestar.testing import TestClient

BIG = "x" * 1000


@get("/big")
async def big() -> str:
    return BIG


@get("/small")
async def small() -> str:
    return "x" * 10


@get("/stream")
async def stream() -> Stream:
    async def chunks() -> AsyncIterator[bytes]:
        for i in range(3):
            yield str(i).encode() * 400

    return Stream(chunks())


@get("/encoded")
async def encoded() -> Response[bytes]:
    return Response(b"already", headers={"content-encoding": "br"})


@get("/vary")
async def vary() -> Response[str]:
    return Response(BIG, headers={"vary": "Cookie"})


@get("/excluded", opt={"no_compress": True})
async def excluded() -> str:
    return BIG


HANDLERS = [big, small, stream, encoded, vary, excluded]


def _raw(config: CompressionConfig, path: str, accept: str) -> tuple[dict[str, str], bytes]:
    # httpx would decode the body; the raw stream is what went over the wire.
    client = TestClient(Litestar(HANDLERS, compression_config=config))
    with client, client.stream("GET", path, headers={"accept-encoding": accept}) as response:
        return dict(response.headers), b"".join(response.iter_raw())


def test_gzip() -> None:
    headers, raw = _raw(CompressionConfig("gzip"), "/big", "gzip, deflate")
    assert headers["content-encoding"] == "gzip"
    assert headers["vary"] == "Accept-Encoding"
    assert int(headers["content-length"]) == len(raw)
    assert gzip.decompress(raw) == BIG.encode()


def test_brotli_with_gzip_fallback() -> None:
    config = CompressionConfig("brotli", brotli_quality=11)
    headers, raw = _raw(config, "/big", "gzip, br")
    assert headers["content-encoding"] == "br"
    assert brotli.decompress(raw) == BIG.encode()
    headers, raw = _raw(config, "/big", "gzip")
    assert headers["content-encoding"] == "gzip"
    headers, _ = _raw(CompressionConfig("brotli", gzip_fallback=False), "/big", "gzip")
    assert "content-encoding" not in headers


def test_zstd_negotiated_by_q_value() -> None:
    config = CompressionConfig("zstd")
    headers, raw = _raw(config, "/big", "gzip;q=0.5, zstd")
    assert headers["content-encoding"] == "zstd"
    assert zstandard.ZstdDecompressor().decompressobj().decompress(raw) == BIG.encode()
    headers, _ = _raw(config, "/big", "gzip;q=1, zstd;q=0.2")
    assert headers["content-encoding"] == "gzip"


@pytest.mark.parametrize("accept", ["identity", "", "gzip;q=0", "*"])
def test_not_accepted_means_not_compressed(accept: str) -> None:
    headers, raw = _raw(CompressionConfig("gzip"), "/big", accept)
    assert "content-encoding" not in headers
    assert raw == BIG.encode()


def test_small_bodies_and_precompressed_responses_pass_through() -> None:
    headers, raw = _raw(CompressionConfig("gzip"), "/small", "gzip")
    assert "content-encoding" not in headers
    headers, raw = _raw(CompressionConfig("gzip", minimum_size=5), "/small", "gzip")
    assert headers["content-encoding"] == "gzip"
    headers, raw = _raw(CompressionConfig("gzip"), "/encoded", "gzip")
    assert (headers["content-encoding"], raw) == ("br", b"already")


def test_streams_are_compressed_chunk_by_chunk() -> None:
    headers, raw = _raw(CompressionConfig("gzip"), "/stream", "gzip")
    assert headers["content-encoding"] == "gzip"
    assert "content-length" not in headers
    assert zlib.decompress(raw, 16 + zlib.MAX_WBITS) == b"0" * 400 + b"1" * 400 + b"2" * 400


def test_vary_is_extended_and_exclusions_apply() -> None:
    headers, _ = _raw(CompressionConfig("gzip"), "/vary", "gzip")
    assert headers["vary"] == "Cookie,Accept-Encoding"
    headers, _ = _raw(CompressionConfig("gzip", exclude_opt_key="no_compress"), "/excluded", "gzip")
    assert "content-encoding" not in headers
    headers, _ = _raw(CompressionConfig("gzip", exclude="/big"), "/big", "gzip")
    assert "content-encoding" not in headers


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"gzip_compress_level": 12}, "gzip_compress_level must be a value between 0 and 9"),
        ({"brotli_quality": 20}, "brotli_quality must be a value between 0 and 11"),
        ({"minimum_size": 0}, "minimum_size must be greater than 0"),
    ],
)
def test_config_validation(kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(ImproperlyConfiguredException, match=message):
        CompressionConfig("gzip", **kwargs)  # type: ignore[arg-type]
