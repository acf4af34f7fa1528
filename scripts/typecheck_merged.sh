#!/usr/bin/env bash
# mypy --strict over every distribution as users install them: one `litestar` tree.
#
# In the workspace each distribution is an editable install with its own `src/litestar`,
# and mypy follows only the first tree it finds (core's), so `mypy -p litestar` would
# skip every module that another distribution adds to a shared folder (litestar/config,
# litestar/plugins, litestar/middleware...). Wheels merge those trees into one folder;
# this copies them into one folder the same way and checks that.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$(pwd)"
merged="$(mktemp -d)"
trap 'rm -rf "$merged"' EXIT
for tree in packages/*/src/litestar; do
    cp -R "$tree" "$merged/"
done
cd "$merged"
MYPYPATH="$merged" uv run --project "$repo" mypy --strict --config-file "$repo/pyproject.toml" -p litestar
