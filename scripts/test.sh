#!/usr/bin/env bash
# Runs every check the project makes, in order, and ends with one summary line of passed
# and failed counts. `make test` calls this after installing the tools. A failing stage
# does not stop the later ones, so one run shows everything that is wrong.
set -uo pipefail
cd "$(dirname "$0")/.."

results=target/test-results
mkdir -p "$results"
failed_stages=()

stage() {
  local name=$1
  shift
  echo
  echo "== $name: $*"
  if ! "$@" 2>&1 | tee "$results/$name.log"; then
    failed_stages+=("$name")
  fi
}

stage format cargo fmt --all --check
stage lint-native cargo clippy --locked --all-targets -- -D warnings
stage lint-wasm cargo clippy --locked --target wasm32-unknown-unknown -p c4h-web -p c4h-worker -- -D warnings
if cargo nextest --version >/dev/null 2>&1; then
  stage native cargo nextest run --locked --no-fail-fast
else
  stage native cargo test --locked --no-fail-fast
fi
# The library catalogue (for "Did you mean ...?") must match the engine. Its feature turns
# on Rhai's metadata, so it is checked on its own.
stage catalogue cargo test --locked -p c4h-sandbox --features catalogue --test catalogue
# Scripts the browser worker runs without the library family behave as with it; its
# feature leaves the family out until installed, so it is checked on its own too.
stage core-only cargo test --locked -p c4h-sandbox --features lazy-library --test core_only
stage build trunk build --release --offline
# The browser tests compare the page's output with the CLI's, so they need the CLI.
stage cli cargo build --locked -p c4h-cli
# Every lesson: its file is well formed, its solution passes all its checks, its starter
# fails one (crates/lessons, docs/lesson-authoring.md).
stage lessons target/debug/c4h lessons check
# Our FHIR JSON, checked by an independent FHIR R4 library (Python, pinned).
stage fhir scripts/fhir-check.sh
stage browser node tests/run.mjs

# Counts: nextest ends with "N tests run: P passed, F failed"; cargo test prints
# "test result: ok. P passed; F failed" per binary; the browser runner prints
# "Browser tests: P passed, F failed"; the FHIR validator "fhir: P passed, F failed".
count() { grep -oE "[0-9]+ $1" "$2" 2>/dev/null | awk '{ sum += $1 } END { print sum + 0 }'; }
if grep -q "tests run:" "$results/native.log" 2>/dev/null; then
  native_passed=$(grep "tests run:" "$results/native.log" | tail -1 | grep -oE "[0-9]+ passed" | awk '{print $1+0}')
  native_failed=$(grep "tests run:" "$results/native.log" | tail -1 | grep -oE "[0-9]+ failed" | awk '{print $1+0}')
else
  native_passed=$(count passed "$results/native.log")
  native_failed=$(count failed "$results/native.log")
fi
browser_line=$(grep "^Browser tests:" "$results/browser.log" 2>/dev/null | tail -1)
browser_passed=$(echo "$browser_line" | grep -oE "[0-9]+ passed" | awk '{print $1+0}')
browser_failed=$(echo "$browser_line" | grep -oE "[0-9]+ failed" | awk '{print $1+0}')
fhir_line=$(grep "^fhir:" "$results/fhir.log" 2>/dev/null | tail -1)
fhir_passed=$(echo "$fhir_line" | grep -oE "[0-9]+ passed" | awk '{print $1+0}')
fhir_failed=$(echo "$fhir_line" | grep -oE "[0-9]+ failed" | awk '{print $1+0}')
fhir_passed=${fhir_passed:-0} fhir_failed=${fhir_failed:-0}
lessons_line=$(grep "^lessons:" "$results/lessons.log" 2>/dev/null | tail -1)
# "lessons: 50 good, 0 broken; Welsh twins: 16 good, 0 broken": lessons and twins proved.
lessons_passed=$(echo "$lessons_line" | grep -oE "[0-9]+ good" | awk '{ sum += $1 } END { print sum + 0 }')
lessons_failed=$(echo "$lessons_line" | grep -oE "[0-9]+ broken" | awk '{ sum += $1 } END { print sum + 0 }')
lessons_passed=${lessons_passed:-0} lessons_failed=${lessons_failed:-0}
native_passed=${native_passed:-0} native_failed=${native_failed:-0}
browser_passed=${browser_passed:-0} browser_failed=${browser_failed:-0}

passed=$((native_passed + fhir_passed + lessons_passed + browser_passed))
failed=$((native_failed + fhir_failed + lessons_failed + browser_failed))
echo
if [ ${#failed_stages[@]} -eq 0 ]; then
  echo "make test: $passed passed, $failed failed (native $native_passed passed, FHIR files $fhir_passed passed, lessons $lessons_passed passed, browser $browser_passed passed); every stage passed"
  exit 0
fi
echo "make test: $passed passed, $failed failed (native $native_passed/$((native_passed + native_failed)), FHIR files $fhir_passed/$((fhir_passed + fhir_failed)), lessons $lessons_passed/$((lessons_passed + lessons_failed)), browser $browser_passed/$((browser_passed + browser_failed))); failed stages: ${failed_stages[*]}"
exit 1
