"""AppConfig defaults and ExperimentalFeatures."""

from __future__ import annotations

import dataclasses
import pdb

from litestar.config.app import AppConfig, ExperimentalFeatures
from litestar.events import SimpleEventEmitter
from litestar.types.empty import Empty


def test_defaults_match_the_reference() -> None:
    config = AppConfig()
    assert config.debug is False
    assert config.path == ""
    assert config.dto is Empty
    assert config.return_dto is Empty
    assert config.include_in_schema is Empty
    assert config.request_max_body_size is Empty
    assert config.event_emitter_backend is SimpleEventEmitter
    # The default debugger is pdb, imported only when first used.
    assert config.debugger_module.post_mortem is pdb.post_mortem
    assert config.multipart_form_part_limit == 1000
    assert config.experimental_features is None
    assert config.response_cookies == []
    assert config.response_headers == []
    assert type(config.state).__name__ == "State"


def test_mutable_defaults_are_not_shared() -> None:
    first, second = AppConfig(), AppConfig()
    first.route_handlers.append(object())  # type: ignore[arg-type]
    first.opt["a"] = 1
    assert second.route_handlers == []
    assert second.opt == {}
    assert first.state is not second.state


_REFERENCE_FIELDS = [
    "after_exception",
    "after_request",
    "after_response",
    "allowed_hosts",
    "before_request",
    "before_send",
    "cache_control",
    "compression_config",
    "cors_config",
    "csrf_config",
    "debug",
    "dependencies",
    "dto",
    "etag",
    "event_emitter_backend",
    "exception_handlers",
    "guards",
    "include_in_schema",
    "lifespan",
    "listeners",
    "logging_config",
    "middleware",
    "on_shutdown",
    "on_startup",
    "openapi_config",
    "opt",
    "parameters",
    "path",
    "pdb_on_exception",
    "debugger_module",
    "plugins",
    "request_class",
    "request_max_body_size",
    "response_class",
    "response_cookies",
    "response_headers",
    "response_cache_config",
    "return_dto",
    "route_handlers",
    "security",
    "signature_namespace",
    "signature_types",
    "state",
    "static_files_config",
    "stores",
    "tags",
    "template_config",
    "type_decoders",
    "type_encoders",
    "websocket_class",
    "multipart_form_part_limit",
    "experimental_features",
]


def test_field_order_follows_the_reference() -> None:
    assert [f.name for f in dataclasses.fields(AppConfig)] == _REFERENCE_FIELDS


def test_experimental_features_are_string_enums() -> None:
    assert [(f.name, f.value) for f in ExperimentalFeatures] == [
        ("DTO_CODEGEN", "DTO_CODEGEN"),
        ("FUTURE", "FUTURE"),
    ]
    assert ExperimentalFeatures.FUTURE == "FUTURE"
