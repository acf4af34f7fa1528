"""Test clients for litestar applications."""
