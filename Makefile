# Quick start: `make serve` (http://127.0.0.1:8080) and `make test` (every test layer).
# Both install what is missing (tools/setup.sh) and skip what is there.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup build serve test lint test-native test-fuzz test-wasm test-e2e fuzz bench clean

setup:
	@bash tools/setup.sh

build: setup
	trunk build --release --offline

serve: build
	node tools/serve.mjs dist $(PORT)

test: setup lint test-native test-fuzz test-wasm build test-e2e

# Formatting (rustfmt.toml), then clippy with warnings denied for the native and the wasm32 builds;
# the crate denies clippy::string_slice (no byte slicing of text). The source checks of the anatomy
# (no words or language branches in pages, no hand-built links) are tests: tests/anatomy.rs, tests/links.rs.
lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --lib --bins --test web --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --locked -- --skip a_million_hostile_inputs

# One million hostile inputs through every text reader (tests/fuzz.rs); prints the count.
test-fuzz:
	cargo test --locked --test fuzz -- --nocapture

# Ten million (FUZZ_INPUTS=… for more, FUZZ_SEED=… for another run).
fuzz:
	FUZZ_INPUTS=$${FUZZ_INPUTS:-10000000} cargo test --locked --test fuzz a_million_hostile_inputs -- --nocapture

test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --test web

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

bench: build
	node tools/bench.mjs

clean:
	cargo clean
	rm -rf dist
