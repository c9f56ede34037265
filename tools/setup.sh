#!/usr/bin/env bash
# Installs what the build and the three test layers need, and only what is missing:
# a second run takes seconds. Versions verified on this machine kind (see ../shared/DESIGN.md).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 16 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (about 5 minutes)"
  # --locked has failed on a dependency the registry lacked; retry without it.
  cargo install --locked "wasm-bindgen-cli@$BINDGEN_VERSION" || cargo install "wasm-bindgen-cli@$BINDGEN_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# npm: binaryen@132 (wasm-opt), playwright-core, @axe-core/playwright. Reinstall only when the
# lockfile changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Debian's binaryen (wasm-opt 108) breaks release builds of rustc 1.95 output: refuse it.
if [ "$(command -v wasm-opt)" != "$PWD/node_modules/.bin/wasm-opt" ]; then
  say "wasm-opt on PATH is $(command -v wasm-opt || echo missing), expected node_modules/.bin/wasm-opt" >&2
  exit 1
fi

# Trunk builds with --offline, so every crate must already be in the local registry.
cargo fetch --quiet
say "ready: trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $BINDGEN_VERSION, $(wasm-opt --version | head -1), $(chromium --version 2>/dev/null | head -1)"
