__path__ = __import__("pkgutil").extend_path(__path__, __name__)

# Configuration objects. ``litestar.config.app`` is core; the middleware configs
# (cors, csrf, compression, allowed_hosts, response_cache) come from ``litestar-middleware``.

__all__ = ()
