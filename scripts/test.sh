#!/usr/bin/env bash
# Install the app and the test tools into .venv, then lint, check types and run the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports --no-cache
.venv/bin/mypy  # strict for the data and session layers, ordinary for the UI (pyproject.toml)
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
