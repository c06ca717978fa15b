#!/usr/bin/env bash
# Durable-queue overhead and watch latency (issue #4). Results go in BENCHMARKS.md.
#   bench/queue.sh [N_FILES] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --example bench_queue
exec target/release/examples/bench_queue "${1:-1000}" "${2:-3}"
