from litestar._split_package import extend_path

__path__ = extend_path(__path__, __name__)

# The 2.17 ``litestar.contrib.*`` import paths. Every submodule is contributed by another
# distribution (``litestar-plugins``, ``litestar-authentication``...): core owns only this
# file, so that each of them can add to the package.

__all__ = ()
