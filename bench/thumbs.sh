#!/usr/bin/env bash
# Thumbnail / fit benchmarks against libvips in the same run (see bench/thumbs.py).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_DEPS:-}" ] || scripts/install-deps
dpkg-query -W -f='${Status}' libvips-tools 2>/dev/null | grep -q "install ok installed" || {
  [ "$(id -u)" -eq 0 ] && S="" || S=sudo; $S apt-get install -y -qq libvips-tools >/dev/null; }
python3 -c "import pyvips" 2>/dev/null || python3 -m pip install -q pyvips
if [ "${BENCH_PROFILE:-release}" = debug ]; then
  ${TEST_BUILD:-cargo build --locked -q -p photodrop --bin photodrop --example bench_pipeline}
else
  cargo build --release --locked -q -p photodrop --bin photodrop --example bench_pipeline
fi
python3 bench/thumbs.py
