"""Kept for third-party packages: ``traversal.parse_path_params`` (litestar-mcp)."""
