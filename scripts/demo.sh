#!/usr/bin/env bash
# README command 1: set up (idempotent) and run the main job on the bundled sample interview.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/anonkit demo "$@"
