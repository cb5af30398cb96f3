#!/usr/bin/env bash
# Installs what building and testing Skippertak needs, and only what is
# missing, so a second run takes seconds. Nothing is fetched from GitHub:
# Rust tools come from crates.io, wasm-opt and the test driver from npm,
# Chromium from Debian.
#
#   scripts/setup.sh          build tools (serve)
#   scripts/setup.sh --test   build tools and the browser (tests)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WANT_BROWSER=0
[[ "${1:-}" == "--test" ]] && WANT_BROWSER=1

TRUNK_VERSION="0.21.14"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

command -v cargo >/dev/null || { echo "cargo (Rust) is required: https://rustup.rs" >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js and npm are required" >&2; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "^trunk 0\.21\."; then
  say "installing trunk $TRUNK_VERSION (takes about 10 minutes, once)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must be exactly the version in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes about 5 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# wasm-split-cli splits the parts of the page loaded after the first result
# into a second wasm module (scripts/split-wasm.mjs). It has no --version, so
# cargo's own record of what it installed is asked.
WASM_SPLIT_VERSION="0.2.4"
if ! cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (takes about 3 minutes, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
fi

# Node packages (wasm-opt from `binaryen`, playwright-core, axe-core), exactly
# as locked; reinstalled only when package-lock.json changes.
LOCK_STAMP="node_modules/.skippertak-lock"
LOCK_SUM="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ ! -f "$LOCK_STAMP" || "$(cat "$LOCK_STAMP")" != "$LOCK_SUM" ]]; then
  say "installing node packages from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$LOCK_SUM" > "$LOCK_STAMP"
fi

if (( WANT_BROWSER )) && ! { [[ -x /usr/bin/chromium ]] && command -v chromedriver >/dev/null; }; then
  say "installing Debian's chromium and chromium-driver"
  SUDO=""
  (( EUID != 0 )) && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
fi

say "ready: $(trunk --version), $(wasm-bindgen --version), wasm-split-cli $WASM_SPLIT_VERSION, $(wasm-opt --version | cut -d' ' -f1-3)"
