__path__ = __import__("pkgutil").extend_path(__path__, __name__)

# The 2.17 ``litestar.contrib.*`` import paths. Every submodule is contributed by another
# distribution (``litestar-plugins``, ``litestar-authentication``...): core owns only this
# file, so that each of them can add to the package.

__all__ = ()
