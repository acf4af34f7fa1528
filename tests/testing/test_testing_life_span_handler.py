"""LifeSpanHandler used on its own: started by its context manager or implicitly on first use."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient, TestClient
from litestar.testing.life_span_handler import LifeSpanHandler

from tests.testing.conftest import RecordingApp

IMPLICIT = "LifeSpanHandler used with implicit startup"


def _hooked_app(events: list[str], fail_on: str | None = None) -> Litestar:
    def hook(name: str) -> Any:
        def run() -> None:
            events.append(name)
            if name == fail_on:
                raise ValueError(f"{name} failed")

        return run

    return Litestar([], on_startup=[hook("start")], on_shutdown=[hook("stop")])


def _messages(exc: BaseException) -> list[str]:
    if isinstance(exc, BaseExceptionGroup):
        return [message for inner in exc.exceptions for message in _messages(inner)]
    return [str(exc)]


def test_construction_runs_nothing_even_without_an_open_client(recording_app: RecordingApp) -> None:
    handler = LifeSpanHandler(TestClient(recording_app))
    handler.close()
    assert recording_app.lifespan_events == []


def test_context_manager_starts_on_enter_and_shuts_down_on_exit() -> None:
    events: list[str] = []
    with TestClient(_hooked_app(events)) as client:
        events.clear()
        handler = LifeSpanHandler(client)
        assert events == []
        with handler as entered:
            assert entered is handler
            assert events == ["start"]
        assert events == ["start", "stop"]
        handler.close()
        assert events == ["start", "stop"]


def test_entering_twice_starts_once(recording_app: RecordingApp) -> None:
    with TestClient(recording_app) as client:
        recording_app.lifespan_events.clear()
        handler = LifeSpanHandler(client)
        handler.__enter__()
        handler.__enter__()
        handler.close()
        assert recording_app.lifespan_events == ["lifespan.startup", "lifespan.shutdown"]


def test_entering_needs_an_open_client(recording_app: RecordingApp) -> None:
    with (
        pytest.raises(RuntimeError, match="needs an open client"),
        LifeSpanHandler(TestClient(recording_app)),
    ):
        pass


def test_startup_error_is_raised_on_enter() -> None:
    events: list[str] = []
    with TestClient(_hooked_app(events)) as client:
        failing = LifeSpanHandler(TestClient(_hooked_app(events, fail_on="start")))
        failing.client.blocking_portal = client.blocking_portal
        with pytest.raises((ValueError, BaseExceptionGroup)) as raised, failing:
            pass
        assert _messages(raised.value) == ["start failed"]


def test_shutdown_error_is_raised_by_close() -> None:
    events: list[str] = []
    with TestClient(_hooked_app(events)) as client:
        failing = LifeSpanHandler(TestClient(_hooked_app(events, fail_on="stop")))
        failing.client.blocking_portal = client.blocking_portal
        failing.__enter__()
        with pytest.raises((ValueError, BaseExceptionGroup)) as raised:
            failing.close()
        assert _messages(raised.value) == ["stop failed"]


@pytest.mark.parametrize("method", ["wait_startup", "wait_shutdown"])
def test_first_use_starts_implicitly_with_a_deprecation_warning(method: str) -> None:
    events: list[str] = []
    with TestClient(_hooked_app(events)) as client:
        events.clear()
        handler = LifeSpanHandler(client)
        assert client.blocking_portal is not None
        with pytest.warns(DeprecationWarning, match=IMPLICIT):
            client.blocking_portal.call(getattr(handler, method))
        assert events == (["start"] if method == "wait_startup" else ["start", "stop"])
        handler.close()
        assert events == ["start", "stop"]


def test_implicit_startup_from_a_coroutine_needs_no_open_client() -> None:
    events: list[str] = []

    async def main() -> None:
        handler = LifeSpanHandler(AsyncTestClient(_hooked_app(events)))
        with pytest.warns(DeprecationWarning, match=IMPLICIT):
            await handler.wait_startup()
        assert events == ["start"]
        await handler.wait_shutdown()
        assert events == ["start", "stop"]

    asyncio.run(main())


def test_implicit_setup_method_warns_and_starts_once(recording_app: RecordingApp) -> None:
    with TestClient(recording_app) as client:
        recording_app.lifespan_events.clear()
        handler = LifeSpanHandler(client)
        with pytest.warns(DeprecationWarning, match=IMPLICIT):
            handler._ensure_setup()
        handler._ensure_setup()
        handler.close()
        assert recording_app.lifespan_events == ["lifespan.startup", "lifespan.shutdown"]
