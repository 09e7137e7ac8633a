#!/usr/bin/env bash
# FHIR R4 validation harness: set up the venv, prove the validator can fail,
# then validate the given files.
#
#   tests/fhir/run.sh FILE...        e.g. tests/fhir/run.sh target/export.json
#
# The venv lives at ${C4H_FHIR_VENV:-target/fhir-venv} (relative paths are from
# the repo root) and is only reinstalled when requirements.txt or the Python
# version changes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${C4H_FHIR_VENV:-target/fhir-venv}"
case "$venv" in
  /*) ;;
  *) venv="$root/$venv" ;;
esac

# Stamp = requirements plus interpreter version: a new python3 breaks the venv.
want="$(cat "$here/requirements.txt"; python3 --version)"
stamp="$venv/.c4h-requirements-stamp"
if [[ ! -x "$venv/bin/python" ]] || [[ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]]; then
  echo "fhir: installing $here/requirements.txt into $venv" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --disable-pip-version-check -q -r "$here/requirements.txt"
  # Written last, so an interrupted install is redone next time.
  printf '%s' "$want" > "$stamp"
fi

# The self-test first: if the validator cannot reject the bad samples, a pass
# on real output would mean nothing.
"$venv/bin/python" "$here/validate.py" --self-test

if [[ $# -eq 0 ]]; then
  echo "fhir: no files given; self-test only" >&2
  exit 0
fi
"$venv/bin/python" "$here/validate.py" "$@"
