from litestar._split_package import extend_path

__path__ = extend_path(__path__, __name__)

# Configuration objects. ``litestar.config.app`` is core; the middleware configs
# (cors, csrf, compression, allowed_hosts, response_cache) come from ``litestar-middleware``.

__all__ = ()
