# Code4Health Playground. The two commands a newcomer needs:
#   make serve   build the app and serve it on http://127.0.0.1:8080
#   make test    every check the project makes (format, lint, native and browser tests)
# Each first installs whatever is missing, pinned, and skips what is already there.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly, or Trunk would
# try to download its own copy.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3; exit }' Cargo.lock)
CARGO_HOME ?= $(HOME)/.cargo
# npm's binaryen provides wasm-opt; Debian's (version 108) silently breaks the build.
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_HOME)/bin:$(PATH)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help serve test build dist bench fuzz tools rust-target trunk wasm-bindgen chromium crates lint

help:
	@echo "make serve   build and serve the playground on http://127.0.0.1:8080"
	@echo "make test    run every check (installs what is missing first)"
	@echo "make build   build the release site into dist/"
	@echo "make dist    build dist/, the folder to deploy (docs/deploy.md)"
	@echo "make bench   measure speed and size (writes target/bench/report.json)"
	@echo "make fuzz    run 200,000 random scripts through the sandbox (FUZZ_EXECUTIONS=n)"

serve: tools crates
	trunk serve --release --offline

build: tools crates
	trunk build --release --offline

# The deployable folder: static files only, served from / or any sub-path (docs/deploy.md).
dist: build
	@echo "dist/ is ready to deploy: $$(ls dist | wc -l) files, $$(du -sh dist | cut -f1). See docs/deploy.md."

test: tools crates
	scripts/test.sh

# Random scripts through parse and run under the limits, in release mode, many of them.
# FUZZ_EXECUTIONS sets how many; C4H_FUZZ_SEED replays a failure.
FUZZ_EXECUTIONS ?= 200000
fuzz:
	C4H_FUZZ_EXECUTIONS=$(FUZZ_EXECUTIONS) cargo test --locked --release -p c4h-sandbox \
	  --test fuzz random_scripts -- --nocapture

# Speed and size in headless Chromium against the release build, and the engine natively.
bench: build
	cargo build --locked --release -p c4h-cli
	node bench/run.mjs

lint: tools
	cargo fmt --all --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown -p c4h-web -p c4h-worker -- -D warnings

## Tools: each step checks first and installs only what is missing or at the wrong version.

tools: rust-target trunk wasm-bindgen chromium node_modules/.installed

rust-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown

trunk:
	@trunk --version 2>/dev/null | grep -qx 'trunk $(TRUNK_VERSION)' \
	  || cargo install trunk --version $(TRUNK_VERSION) --locked

wasm-bindgen:
	@grep -q '^wasm_bindgen = "$(WASM_BINDGEN_VERSION)"' Trunk.toml \
	  || { echo "Cargo.lock has wasm-bindgen $(WASM_BINDGEN_VERSION): set wasm_bindgen to it in Trunk.toml [tools]" >&2; exit 1; }
	@# Not --locked: wasm-bindgen-cli's own lock file pins a yanked crate.
	@wasm-bindgen --version 2>/dev/null | grep -qx 'wasm-bindgen $(WASM_BINDGEN_VERSION)' \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

chromium:
	@command -v chromium >/dev/null \
	  || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive \
	       apt-get install -y --no-install-recommends chromium; }

# esbuild, Sass, nhsuk-frontend, CodeMirror, binaryen (wasm-opt), playwright-core, axe-core.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# Trunk builds offline, so the crates are fetched first (quick once cached).
crates:
	@cargo fetch --locked --quiet
