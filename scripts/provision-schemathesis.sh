#!/usr/bin/env bash
# Installs the pinned schemathesis (the OpenAPI fuzzer of `npm run test:schema`) from PyPI into
# the project's venv, beside the Temporal binaries. Idempotent: a second run only checks the
# version. Nothing is ever downloaded when the schema run starts.
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
VENV=.venv

if "$VENV/bin/schemathesis" --version 2>/dev/null | grep -qx "schemathesis, version $SCHEMATHESIS_VERSION"; then
  echo "schemathesis: up to date"
  exit 0
fi

[ -x "$VENV/bin/pip" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
echo "schemathesis: installed $SCHEMATHESIS_VERSION"
