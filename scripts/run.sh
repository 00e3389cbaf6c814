#!/usr/bin/env bash
# Install what is missing into .venv, then start the app. Arguments go to azkz-desktop.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/azkz-desktop "$@"
