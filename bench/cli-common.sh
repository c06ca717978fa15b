# Sourced by the CLI benchmarks (upload, privacy, tokens): builds `photodrop`
# (BENCH_PROFILE=debug: the test build, for the CI's short runs) into $BIN,
# makes a work dir $W with its own config and data dirs, and starts a sandbox
# at $URL that is stopped, with $W removed, on exit.
cd "$(dirname "$0")/.."
[ "${SKIP_DEPS:-}" ] || scripts/install-deps
if [ "${BENCH_PROFILE:-release}" = debug ]; then
  # TEST_BUILD (scripts/bench-smoke): the test build's own cargo command, a
  # no-op after the tests; its own feature set would compile the core again.
  ${TEST_BUILD:-cargo build --locked -q -p photodrop --bin photodrop}
else
  cargo build --release --locked -q -p photodrop --bin photodrop
fi
BIN=$PWD/target/${BENCH_PROFILE:-release}/photodrop
W=$(mktemp -d)
trap 'kill $SB 2>/dev/null || true; rm -rf "$W"' EXIT
export PHOTODROP_CONFIG_DIR=$W/config PHOTODROP_DATA_DIR=$W/data
PORT=$((20000 + RANDOM % 20000))
"$BIN" sandbox --port "$PORT" > "$W/sandbox.log" 2>&1 &
SB=$!
URL=http://127.0.0.1:$PORT
for _ in $(seq 100); do curl -fs "$URL/__sandbox" >/dev/null && break; sleep 0.1; done
