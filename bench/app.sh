#!/usr/bin/env bash
# Desktop app benchmarks (issue #5), release build, under Xvfb:
#  1. window visible after launch, and idle memory of the whole process tree,
#     against a bare Tauri window (src-tauri/examples/bare.rs) measured the same way;
#  2. 500 photos dropped: time until every thumbnail is shown, until every upload
#     is done, and the longest main-thread stall (src-tauri/tests/bench_drop.rs).
# Results go in BENCHMARKS.md.
# SHORT=1 (CI): the test build (which has the e2e hooks), one launch, 20 photos.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_DEPS:-}" ] || scripts/install-deps
export PATH="$HOME/.cargo/bin:$PATH"
(cd ui && npm run build --silent)
if [ "${SHORT:-}" ]; then
  ${TEST_BUILD:-cargo build --locked -q -p photodrop-desktop --features e2e --bin photodrop-desktop --example bare}
  APP=target/debug/photodrop-desktop BARE=target/debug/examples/bare DROP_APP=$PWD/$APP
  export RUNS=1 BENCH_DROP_N=20
else
  cargo build --release --locked -p photodrop-desktop --bin photodrop-desktop --example bare
  # The drop benchmark scripts its 500-photo drop through the test hook (feature e2e).
  cargo build --release --locked -p photodrop-desktop --features e2e --bin photodrop-desktop --target-dir target/e2e-release
  APP=target/release/photodrop-desktop BARE=target/release/examples/bare DROP_APP=$PWD/target/e2e-release/release/photodrop-desktop
fi
# The app asks WebKit for CPU drawing without GL compositing when there is no
# GPU render node (src-tauri/src/lib.rs); give the bare window the same
# renderer so the two are compared like for like.
if ! ls /dev/dri/renderD* >/dev/null 2>&1; then
  export WEBKIT_SKIA_ENABLE_CPU_RENDERING=1 WEBKIT_DISABLE_COMPOSITING_MODE=1
fi
echo "== window visible and idle memory (RUNS=${RUNS:-5})"
scripts/with-keyring xvfb-run -a -s '-screen 0 1600x900x24' \
  python3 bench/app_window.py "$APP" "$BARE"
echo "== ${BENCH_DROP_N:-500} photos dropped"
# The WebDriver client is a debug test binary; the app it drives is the release build.
PHOTODROP_APP=$DROP_APP scripts/with-keyring xvfb-run -a -s '-screen 0 1600x900x24' \
  cargo test --locked -p photodrop-desktop --features e2e --test bench_drop -- --ignored --nocapture 2>&1 | tee "${TMPDIR:-/tmp}/bench-drop.log" | grep -E "^BENCH|test result|panicked"
grep -q "test result: ok" "${TMPDIR:-/tmp}/bench-drop.log"
