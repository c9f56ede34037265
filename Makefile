# Quick start: `make serve` (http://127.0.0.1:8080) and `make test` (every test layer).
# Both install what is missing (tools/setup.sh) and skip what is there.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup build serve test test-native test-wasm test-e2e bench clean

setup:
	@bash tools/setup.sh

build: setup
	trunk build --release --offline

serve: build
	node tools/serve.mjs dist $(PORT)

test: setup test-native test-wasm build test-e2e

test-native:
	cargo test --locked

test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --test web

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

bench: build
	node tools/bench.mjs

clean:
	cargo clean
	rm -rf dist
