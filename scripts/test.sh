#!/usr/bin/env bash
# Install the app and the test tools into .venv, then lint and run the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports --no-cache
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
