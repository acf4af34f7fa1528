"""The pagination containers and the abstract paginators that build them."""

from __future__ import annotations

from litestar import get
from litestar.pagination import (
    AbstractAsyncClassicPaginator,
    AbstractAsyncCursorPaginator,
    AbstractAsyncOffsetPaginator,
    AbstractSyncClassicPaginator,
    AbstractSyncCursorPaginator,
    AbstractSyncOffsetPaginator,
    ClassicPagination,
    CursorPagination,
    OffsetPagination,
)
from litestar.testing import create_test_client

DATA = list(range(10))


class SyncClassic(AbstractSyncClassicPaginator[int]):
    def get_total(self, page_size: int) -> int:
        return -(-len(DATA) // page_size)

    def get_items(self, page_size: int, current_page: int) -> list[int]:
        return DATA[(current_page - 1) * page_size : current_page * page_size]


class AsyncClassic(AbstractAsyncClassicPaginator[int]):
    async def get_total(self, page_size: int) -> int:
        return -(-len(DATA) // page_size)

    async def get_items(self, page_size: int, current_page: int) -> list[int]:
        return DATA[(current_page - 1) * page_size : current_page * page_size]


class SyncOffset(AbstractSyncOffsetPaginator[int]):
    def get_total(self) -> int:
        return len(DATA)

    def get_items(self, limit: int, offset: int) -> list[int]:
        return DATA[offset : offset + limit]


class AsyncOffset(AbstractAsyncOffsetPaginator[int]):
    async def get_total(self) -> int:
        return len(DATA)

    async def get_items(self, limit: int, offset: int) -> list[int]:
        return DATA[offset : offset + limit]


class SyncCursor(AbstractSyncCursorPaginator[int, int]):
    def get_items(self, cursor: int | None, results_per_page: int) -> tuple[list[int], int | None]:
        start = cursor or 0
        end = start + results_per_page
        return DATA[start:end], end if end < len(DATA) else None


class AsyncCursor(AbstractAsyncCursorPaginator[int, int]):
    async def get_items(self, cursor: int | None, results_per_page: int) -> tuple[list[int], int | None]:
        return SyncCursor().get_items(cursor, results_per_page)


async def test_paginators_build_their_containers() -> None:
    """Each paginator fills its container from ``get_items``/``get_total``."""
    assert SyncClassic()(page_size=3, current_page=2) == ClassicPagination([3, 4, 5], 3, 2, 4)
    assert await AsyncClassic()(page_size=3, current_page=4) == ClassicPagination([9], 3, 4, 4)
    assert SyncOffset()(limit=2, offset=8) == OffsetPagination([8, 9], 2, 8, 10)
    assert await AsyncOffset()(limit=2, offset=0) == OffsetPagination([0, 1], 2, 0, 10)
    page = SyncCursor()(cursor=8, results_per_page=5)
    assert page == CursorPagination([8, 9], 5, None)
    assert page.next_cursor is None
    assert (await AsyncCursor()(cursor=None, results_per_page=5)).next_cursor == 5


@get("/classic", sync_to_thread=False)
def classic(page: int = 1) -> ClassicPagination[int]:
    return SyncClassic()(page_size=4, current_page=page)


def test_containers_serialize_as_2_17() -> None:
    """A handler returns a container as is."""
    with create_test_client([classic]) as client:
        assert client.get("/classic", params={"page": 3}).json() == {
            "items": [8, 9],
            "page_size": 4,
            "current_page": 3,
            "total_pages": 3,
        }
