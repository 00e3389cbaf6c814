#!/usr/bin/env bash
# Install the app and the test tools into .venv, then lint and run the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports --no-cache
.venv/bin/mypy --strict src/azkz_desktop/data/workspace src/azkz_desktop/workspace_cli.py
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
