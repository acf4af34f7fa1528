"""``LoggingConfig`` leaves logging exactly as ``dictConfig`` would, without importing it.

Each case runs twice in a fresh interpreter, from the same pre-existing logging state
(loggers, children and a handler of their own): once through ``dictConfig`` and once
through ``LoggingConfig.configure()``. Both runs dump every logger, handler and formatter;
the dumps must be equal.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import Any

import pytest

_SCRIPT = textwrap.dedent(
    """
    import gc, json, logging, sys
    from litestar.logging import LoggingConfig

    old_handler = logging.StreamHandler()
    logging.getLogger().addHandler(old_handler)
    logging.getLogger("litestar.child").setLevel(logging.ERROR)
    logging.getLogger("litestar.child").addHandler(logging.StreamHandler())
    logging.getLogger("litestar.child").propagate = False
    logging.getLogger("other").disabled = True
    logging.getLogger("other.deep.leaf")  # leaves a PlaceHolder for "other.deep"

    config = LoggingConfig(**eval(sys.argv[2]))
    if sys.argv[1] == "dictConfig":
        import logging.config
        logging.config.dictConfig(config._dict_config())
    else:
        config.configure()
    # dictConfig's own reference cycles keep unused handlers (``console``) registered until
    # the next collection: what is left after it is the configured state.
    gc.collect()

    def handler(h):
        f = h.formatter
        return [type(h).__qualname__, h.name, h.level, f and f._fmt, f and f.datefmt]

    def logger(lg):
        if not isinstance(lg, logging.Logger):
            return type(lg).__name__
        return [lg.level, lg.disabled, lg.propagate, [handler(h) for h in lg.handlers]]

    loggers = {name: logger(lg) for name, lg in sorted(logging.root.manager.loggerDict.items())}
    loggers["<root>"] = logger(logging.root)
    print(json.dumps({
        "loggers": loggers,
        "registered": sorted(logging._handlers),
        "live handlers": len([r for r in logging._handlerList if r() is not None]),
        "old handler closed": old_handler._closed,
        "logging.config imported": "logging.config" in sys.modules,
    }))
    """
)

_CASES = {
    "defaults": {},
    "debug level": {
        "loggers": {"litestar": {"level": "DEBUG", "handlers": ["queue_listener"], "propagate": False}}
    },
    "own format": {"formatters": {"standard": {"format": "%(levelname)s %(message)s", "datefmt": "%H:%M"}}},
    "console root": {"root": {"handlers": ["console"], "level": "WARNING"}},
    "disable existing": {"disable_existing_loggers": True},
    "root left alone": {"configure_root_logger": False},
    "more loggers": {
        "loggers": {
            "other": {"level": 10, "handlers": ["console"]},
            "other.deep": {"propagate": False},
            "app": {"level": "INFO", "handlers": []},
        }
    },
    "handler level": {"handlers": {"console": {"class": "logging.StreamHandler", "level": "ERROR"}}},
}


def _run(mode: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, mode, repr(kwargs)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("kwargs", list(_CASES.values()), ids=list(_CASES))
def test_configure_matches_dict_config(kwargs: dict[str, Any]) -> None:
    expected = _run("dictConfig", kwargs)
    got = _run("configure", kwargs)
    assert got.pop("logging.config imported") is False
    expected.pop("logging.config imported")
    assert got == expected


def test_other_configs_still_go_through_dict_config() -> None:
    kwargs = {"filters": {"quiet": {"name": "litestar"}}}
    got = _run("configure", kwargs)
    assert got.pop("logging.config imported") is True
    expected = _run("dictConfig", kwargs)
    expected.pop("logging.config imported")
    assert got == expected
