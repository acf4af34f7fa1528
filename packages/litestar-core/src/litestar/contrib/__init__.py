__path__ = __import__("pkgutil").extend_path(__path__, __name__)

# Integration paths kept from litestar 2.x (``litestar.contrib.*``). Each subpackage comes
# from the distribution that owns its feature; this folder only extends its path.

__all__ = ()
