"""The exception hierarchy: bases, status codes, detail, str() and repr()."""

from __future__ import annotations

import pickle

import pytest
from litestar import exceptions
from litestar.exceptions import (
    ClientException,
    DTOFactoryException,
    HTTPException,
    ImproperlyConfiguredException,
    InternalServerException,
    InvalidAnnotationException,
    LitestarException,
    LitestarWarning,
    MethodNotAllowedException,
    MissingDependencyException,
    NoRouteMatchFoundException,
    NotAuthorizedException,
    NotFoundException,
    PermissionDeniedException,
    SerializationException,
    ServiceUnavailableException,
    TemplateNotFoundException,
    TooManyRequestsException,
    ValidationException,
    WebSocketDisconnect,
    WebSocketException,
)


@pytest.mark.parametrize(
    ("exc_type", "bases", "status_code", "phrase"),
    [
        (HTTPException, (LitestarException,), 500, "Internal Server Error"),
        (ImproperlyConfiguredException, (HTTPException, ValueError), 500, "Internal Server Error"),
        (ClientException, (HTTPException,), 400, "Bad Request"),
        (ValidationException, (ClientException, ValueError), 400, "Bad Request"),
        (NotAuthorizedException, (ClientException,), 401, "Unauthorized"),
        (PermissionDeniedException, (ClientException,), 403, "Forbidden"),
        (NotFoundException, (ClientException, ValueError), 404, "Not Found"),
        (MethodNotAllowedException, (ClientException,), 405, "Method Not Allowed"),
        (TooManyRequestsException, (ClientException,), 429, "Too Many Requests"),
        (InternalServerException, (HTTPException,), 500, "Internal Server Error"),
        (ServiceUnavailableException, (InternalServerException,), 503, "Service Unavailable"),
        (NoRouteMatchFoundException, (InternalServerException,), 500, "Internal Server Error"),
    ],
)
def test_http_exception_defaults(
    exc_type: type[HTTPException], bases: tuple[type, ...], status_code: int, phrase: str
) -> None:
    assert exc_type.__bases__ == bases
    exc = exc_type()
    assert exc.status_code == exc_type.status_code == status_code
    assert exc.detail == phrase
    assert exc.headers is None
    assert exc.extra is None
    assert str(exc) == f"{status_code}: {phrase}"
    assert repr(exc) == f"{status_code} - {exc_type.__name__} - {phrase}"


def test_http_exception_detail_headers_extra_and_status_override() -> None:
    exc = NotFoundException("nope", "more", headers={"a": "b"}, extra={"x": 1})
    assert exc.detail == "nope"
    assert exc.args == ("404: nope", "more")
    assert str(exc) == "404: nope more"
    assert exc.headers == {"a": "b"}
    assert exc.extra == {"x": 1}

    exc = HTTPException("positional", detail="keyword", status_code=410)
    assert exc.detail == "keyword"
    assert exc.status_code == 410
    assert HTTPException.status_code == 500
    assert str(exc) == "410: keyword positional"

    assert HTTPException(status_code=404).detail == "Not Found"
    assert HTTPException(None).detail == "Internal Server Error"
    assert HTTPException(1).detail == "1"
    assert NotFoundException(extra=[1]).extra == [1]


def test_http_exception_with_unknown_status_has_empty_phrase() -> None:
    assert HTTPException(status_code=499).detail == ""


def test_http_exceptions_survive_pickling() -> None:
    restored = pickle.loads(pickle.dumps(NotFoundException("x", headers={"h": "v"})))
    assert repr(restored) == "404 - NotFoundException - x"
    assert restored.headers == {"h": "v"}


def test_litestar_exception_detail_from_args() -> None:
    assert str(LitestarException()) == ""
    assert repr(LitestarException()) == "LitestarException"
    exc = LitestarException("a", "b")
    assert (exc.detail, exc.args, str(exc), repr(exc)) == ("a", ("b",), "b a", "LitestarException - a")
    exc = LitestarException("a", detail="d")
    assert (exc.detail, exc.args, str(exc)) == ("d", ("a",), "a d")
    exc = LitestarException(1, 2)
    assert (exc.detail, exc.args) == ("1", ("2",))
    assert LitestarException(None).detail == ""


def test_non_http_exceptions() -> None:
    assert SerializationException.__bases__ == (LitestarException,)
    assert InvalidAnnotationException.__bases__ == (DTOFactoryException,)
    assert str(InvalidAnnotationException("ann")) == "ann"
    assert issubclass(LitestarWarning, UserWarning)


def test_missing_dependency_exception_names_the_install_command() -> None:
    exc = MissingDependencyException("foo")
    assert isinstance(exc, ImportError)
    assert isinstance(exc, LitestarException)
    assert str(exc) == (
        "Package 'foo' is not installed but required. You can install it by running "
        "`pip install 'litestar[foo]'` to install litestar with the required extra "
        "or 'pip install foo' to install the package separately"
    )
    exc = MissingDependencyException("jose", "python-jose", "jwt")
    assert "`pip install 'litestar[jwt]'`" in exc.detail
    assert "'pip install python-jose'" in exc.detail
    assert "litestar[python-jose]" in MissingDependencyException("jose", "python-jose").detail


def test_template_not_found_exception() -> None:
    exc = TemplateNotFoundException("extra", template_name="x.html")
    assert exc.detail == "Template x.html not found."
    assert exc.status_code == 500
    assert exc.args == ("500: Template x.html not found.", "extra")


def test_websocket_exceptions_carry_a_close_code() -> None:
    exc = WebSocketException(detail="bad")
    assert (exc.code, str(exc), repr(exc)) == (4500, "bad", "WebSocketException - bad")
    assert WebSocketException("a", detail="x", code=4001).code == 4001
    disconnect = WebSocketDisconnect(detail="bye")
    assert isinstance(disconnect, WebSocketException)
    assert disconnect.code == 1000
    assert WebSocketDisconnect(detail="bye", code=1001).code == 1001


def test_exceptions_all_is_sorted_and_complete() -> None:
    assert list(exceptions.__all__) == sorted(exceptions.__all__)
    assert len(exceptions.__all__) == 21
    for name in exceptions.__all__:
        assert getattr(exceptions, name).__module__.startswith("litestar.exceptions.")
