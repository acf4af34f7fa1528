"""Deprecation helper and the framework's configuration warnings."""

from __future__ import annotations

import re

import pytest
from litestar.exceptions import LitestarWarning
from litestar.utils import deprecated, warn_deprecation
from litestar.utils import warnings as lw


@pytest.mark.parametrize(
    ("kwargs", "category", "message"),
    [
        (
            {"kind": "function"},
            DeprecationWarning,
            (
                "Call to deprecated function 'foo'. Deprecated in litestar 2.0. "
                "This function will be removed in the next major version"
            ),
        ),
        (
            {"kind": "method", "removal_in": "3.0", "alternative": "bar", "info": "Extra info."},
            DeprecationWarning,
            (
                "Call to deprecated method 'foo'. Deprecated in litestar 2.0. This method will be removed in 3.0. "
                "Use 'bar' instead. Extra info."
            ),
        ),
        (
            {"kind": "import", "pending": True},
            PendingDeprecationWarning,
            (
                "Import of import awaiting deprecation 'foo'. Deprecated in litestar 2.0. "
                "This import will be removed in the next major version"
            ),
        ),
        (
            {"kind": "parameter", "removal_in": "2.5"},
            DeprecationWarning,
            "Use of deprecated parameter 'foo'. Deprecated in litestar 2.0. This parameter will be removed in 2.5",
        ),
    ],
)
def test_warn_deprecation_messages(kwargs: dict[str, object], category: type[Warning], message: str) -> None:
    with pytest.warns(category) as record:
        warn_deprecation("2.0", "foo", **kwargs)  # type: ignore[arg-type]
    assert str(record[0].message) == message
    assert record[0].filename == __file__


def test_deprecated_decorator_warns_on_each_call() -> None:
    @deprecated("2.1", alternative="g")
    def old(x: int) -> int:
        return x * 2

    assert old.__name__ == "old"
    with pytest.warns(DeprecationWarning, match="Call to deprecated function 'old'.*Use 'g' instead"):
        assert old(2) == 4

    class K:
        @deprecated("2.1", kind="method", pending=True)
        def method(self) -> int:
            return 1

    with pytest.warns(PendingDeprecationWarning, match="Call to method awaiting deprecation 'method'"):
        assert K().method() == 1


def _fn() -> None:
    pass


def test_configuration_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.warns(LitestarWarning, match="Use of a synchronous callable <function _fn"):
        lw.warn_implicit_sync_to_thread(_fn)
    with pytest.warns(LitestarWarning, match="Use of an asynchronous callable"):
        lw.warn_sync_to_thread_with_async_callable(_fn)
    with pytest.warns(LitestarWarning, match="Use of generator"):
        lw.warn_sync_to_thread_with_generator(_fn)  # type: ignore[arg-type]
    with pytest.warns(LitestarWarning, match="Python Debugger on exception enabled"):
        lw.warn_pdb_on_exception()
    with pytest.warns(LitestarWarning, match="Type 'Foo' is already defined"):
        lw.warn_signature_namespace_override("Foo")
    with pytest.warns(LitestarWarning, match="Middleware 'K' exclude pattern '.\\*' greedily"):
        lw.warn_middleware_excluded_on_all_routes(re.compile(".*"), type("K", (), {}))
    with pytest.warns(LitestarWarning, match="^Middleware exclude pattern"):
        lw.warn_middleware_excluded_on_all_routes(re.compile(".*"))


@pytest.mark.parametrize(
    ("env_var", "emit"),
    [
        ("LITESTAR_WARN_IMPLICIT_SYNC_TO_THREAD", lambda: lw.warn_implicit_sync_to_thread(_fn)),
        ("LITESTAR_WARN_SYNC_TO_THREAD_WITH_ASYNC", lambda: lw.warn_sync_to_thread_with_async_callable(_fn)),
        ("LITESTAR_WARN_SYNC_TO_THREAD_WITH_GENERATOR", lambda: lw.warn_sync_to_thread_with_generator(_fn)),
        ("LITESTAR_WARN_SIGNATURE_NAMESPACE_OVERRIDE", lambda: lw.warn_signature_namespace_override("Foo")),
    ],
)
def test_warnings_can_be_disabled_by_environment(
    monkeypatch: pytest.MonkeyPatch, env_var: str, emit: object
) -> None:
    monkeypatch.setenv(env_var, "0")
    emit()  # type: ignore[operator]  # filterwarnings=error would fail the test on a warning
