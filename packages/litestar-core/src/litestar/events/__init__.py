"""Events: ``app.emit(event_id, ...)`` runs the matching listeners in the background."""

from __future__ import annotations

from litestar.events.emitter import BaseEventEmitterBackend, SimpleEventEmitter
from litestar.events.listener import EventListener, listener

__all__ = ("BaseEventEmitterBackend", "EventListener", "SimpleEventEmitter", "listener")
