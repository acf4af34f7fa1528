"""HTTP range requests (RFC 9110 §14) for file responses.

A ``Range: bytes=...`` header is parsed into a short, sorted list of ``(start, end)``
pairs (``end`` exclusive). Overlapping or touching ranges are merged, so a client cannot
make the server send the same bytes many times over, and a header that is malformed or
names another unit is ignored (the whole file is sent), as the RFC allows.
"""

from __future__ import annotations

from typing import Final

__all__ = ("MAX_RANGES", "Unsatisfiable", "multipart_parts", "parse_range_header")

MAX_RANGES: Final = 32
"""More ranges than this in one header are answered with the whole file."""


class Unsatisfiable(Exception):
    """None of the requested ranges overlaps the file."""


def parse_range_header(value: str, size: int) -> list[tuple[int, int]] | None:
    """Parse a ``Range`` header value against a file of ``size`` bytes.

    Args:
        value: The header value, e.g. ``"bytes=0-99, -20"``.
        size: The file size in bytes.

    Returns:
        The ``(start, end)`` ranges (``end`` exclusive), sorted and merged; ``None`` when
        the header is to be ignored (malformed, another unit, too many ranges).

    Raises:
        Unsatisfiable: If the header is valid but no range overlaps the file.
    """
    unit, sep, spec = value.partition("=")
    if not sep or unit.strip().lower() != "bytes":
        return None
    parts = spec.split(",")
    if len(parts) > MAX_RANGES:
        return None
    ranges: list[tuple[int, int]] = []
    for raw_part in parts:
        part = raw_part.strip()
        if not part:
            continue
        first, dash, last = part.partition("-")
        first = first.strip()
        last = last.strip()
        if not dash or not (first.isdigit() or (not first and last.isdigit())):
            return None
        if last and not last.isdigit():
            return None
        if not first:
            suffix = int(last)
            if suffix == 0:
                continue
            ranges.append((max(size - suffix, 0), size))
            continue
        start = int(first)
        end = int(last) + 1 if last else size
        if last and end <= start:
            return None
        if start >= size:
            continue
        ranges.append((start, min(end, size)))
    if not ranges:
        raise Unsatisfiable
    ranges.sort()
    merged = [ranges[0]]
    for start, end in ranges[1:]:
        previous_start, previous_end = merged[-1]
        if start <= previous_end:
            merged[-1] = (previous_start, max(previous_end, end))
        else:
            merged.append((start, end))
    return merged


def multipart_parts(
    ranges: list[tuple[int, int]], size: int, media_type: str, boundary: str
) -> tuple[list[bytes], bytes, int]:
    """Build the framing of a ``multipart/byteranges`` body.

    Args:
        ranges: The ``(start, end)`` ranges to send.
        size: The file size.
        media_type: The file's media type, repeated in each part.
        boundary: The multipart boundary.

    Returns:
        The header block before each range's bytes, the closing delimiter, and the
        total body length.
    """
    heads = [
        (
            f"--{boundary}\r\nContent-Type: {media_type}\r\n"
            f"Content-Range: bytes {start}-{end - 1}/{size}\r\n\r\n"
        ).encode("latin-1")
        for start, end in ranges
    ]
    tail = f"--{boundary}--\r\n".encode("latin-1")
    # Each part is followed by CRLF before the next delimiter.
    total = sum(
        len(head) + (end - start) + 2 for head, (start, end) in zip(heads, ranges, strict=True)
    ) + len(tail)
    return heads, tail, total
