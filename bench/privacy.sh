#!/usr/bin/env bash
# Peak memory of the privacy strip: a 1 GiB JPEG, PNG and TIFF carrying GPS
# (EXIF + XMP) uploaded to ChakraHQ (sandbox) with privacy on, against the same
# file sent as it is (privacy=keep) in the same run. Goal: peak RSS ≤ 64 MiB.
# SHORT=1 (CI): 64 MiB files, checks that it runs and that nothing leaks.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_DEPS:-}" ] || scripts/install-deps
if [ "${BENCH_PROFILE:-release}" = debug ]; then
  cargo build --locked -q -p photodrop --bin photodrop   # the CI's short run: the test build
else
  cargo build --release --locked -q -p photodrop --bin photodrop
fi
BIN=$PWD/target/${BENCH_PROFILE:-release}/photodrop
MIB=${MIB:-1024}
[ "${SHORT:-}" ] && MIB=64
W=$(mktemp -d)
trap 'kill $SB 2>/dev/null || true; rm -rf "$W"' EXIT
export PHOTODROP_CONFIG_DIR=$W/config PHOTODROP_DATA_DIR=$W/data PHOTODROP_SECRET_STRIP_TOKEN=sandbox-chakra-token PHOTODROP_SECRET_KEEP_TOKEN=sandbox-chakra-token
PORT=$((20000 + RANDOM % 20000))
"$BIN" sandbox --port "$PORT" > "$W/sandbox.log" 2>&1 &
SB=$!
URL=http://127.0.0.1:$PORT
for _ in $(seq 100); do curl -fs "$URL/__sandbox" >/dev/null && break; sleep 0.1; done
"$BIN" profile add strip --provider chakrahq --base-url "$URL" >/dev/null
"$BIN" profile add keep --provider chakrahq --base-url "$URL" --set privacy=keep >/dev/null
python3 bench/mkbig.py "$W" "$MIB"

echo "| ${MIB} MiB file | privacy on: peak RSS (MiB) | removed | privacy=keep: peak RSS (MiB) | on / keep |"
echo "|---|---|---|---|---|"
for f in big.jpg big.png big.tiff; do
  row="| $f"
  for p in strip keep; do
    /usr/bin/time -f "%M" -o "$W/rss" "$BIN" upload --profile "$p" --allow-duplicates --json "$W/$f" > "$W/out.json" \
      || { cat "$W/out.json"; exit 1; }
    grep -q '"status":"uploaded"' "$W/out.json" || { cat "$W/out.json"; exit 1; }
    rss=$(tail -1 "$W/rss")
    if [ "$p" = strip ]; then
      removed=$(python3 -c 'import json,sys; print(",".join(json.loads(open(sys.argv[1]).readline())["prepared"]["stripped"]))' "$W/out.json")
      case "$removed" in *gps*xmp_location*) ;; *) echo "$f: GPS not removed ($removed)"; exit 1;; esac
      on=$rss
    fi
    [ "$p" = strip ] && row="$row | $(awk -v k="$rss" 'BEGIN{printf "%.1f", k/1024}') | $removed"
  done
  [ "$((on / 1024))" -le 64 ] || { echo "$f: peak RSS $((on / 1024)) MiB with privacy on (goal ≤ 64)"; exit 1; }
  echo "$row | $(awk -v k="$rss" 'BEGIN{printf "%.1f", k/1024}') | $(awk -v a="$on" -v b="$rss" 'BEGIN{printf "%.2f×", a/b}') |"
done
