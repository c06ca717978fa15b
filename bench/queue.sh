#!/usr/bin/env bash
# Durable-queue overhead and watch latency (issue #4). Results go in BENCHMARKS.md.
#   bench/queue.sh [N_FILES] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SHORT:-}" ]; then
  # The CI's run: the test build, a few files, one round.
  ${TEST_BUILD:-cargo build --locked -q -p photodrop --example bench_queue}
  exec target/debug/examples/bench_queue 40 1
fi
cargo build --release --locked -p photodrop --example bench_queue
exec target/release/examples/bench_queue "${1:-1000}" "${2:-3}"
