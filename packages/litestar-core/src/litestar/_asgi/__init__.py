"""Private module paths of 2.17 kept for third-party packages (see docs/compatibility.md)."""
