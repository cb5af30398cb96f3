#!/usr/bin/env bash
# The bench command: installs what is missing, builds the release app and the
# bench floor (tests/bench/floor/, the smallest Leptos CSR page, same profile
# and tools), runs the native model benchmark, measures both pages in
# headless Chromium, prints one table, writes the figures to
# target/bench/latest.json and checks the budgets in tests/bench/budgets.json.
#
#   bash scripts/bench.sh               everything (about 4 minutes; the first run
#                                       compiles the floor's dependencies too)
#   bash scripts/bench.sh --no-build    reuse dist/ and tests/bench/floor/dist/
#   bash scripts/bench.sh --no-native   skip the native (criterion) benchmark
#   BENCH_RUNS=15 BENCH_EDITS=30 bash scripts/bench.sh   more samples
#                                       (at least 7 visits and 20 edits)
#
# Exit status: 0 when every budget holds, 1 when one is broken (each is
# listed after the table), 2 when the bench itself failed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUILD=1
NATIVE=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    --no-native) NATIVE=0 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

STARTED=$SECONDS
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*" >&2; }
fail() { echo "[bench] $*" >&2; exit 2; }

"$ROOT/scripts/setup.sh" --test >&2 || fail "setup failed"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if (( BUILD )); then
  step "release build of the app (trunk, offline)"
  trunk build --release --offline >&2 || fail "the app's release build failed"
  step "release build of the floor (tests/bench/floor, trunk, offline)"
  (cd tests/bench/floor && trunk build --release --offline) >&2 || fail "the floor's release build failed"
fi

step "share-link encoder (cargo run --example link)"
cargo build --release --quiet --example link >&2 || fail "building examples/link failed"

NATIVE_FLAG=()
if (( NATIVE )); then
  step "native model cost (criterion, short runs)"
  cargo bench --bench model -- --warm-up-time 0.3 --measurement-time 1 >&2 || fail "cargo bench failed"
  NATIVE_FLAG=(--native)
fi

step "headless Chromium: app and floor"
status=0
node tests/bench/bench.mjs "${NATIVE_FLAG[@]}" || status=$?
echo "Bench took $(( SECONDS - STARTED )) s."
exit "$status"
