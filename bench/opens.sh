#!/usr/bin/env bash
# How often each dropped photo is opened and how many of its bytes are read
# on the way out (issue #18: "read each file once"). 500 real JPEGs (the
# corpus's small ones, each made unique by bytes after its end marker) go to
# ChakraHQ (sandbox) with the default preparation (privacy strip on, duplicate
# detection on); strace counts the opens of, and the bytes read from, the
# dropped files and the prepared copies made from them.
#   bench/opens.sh [N]        SHORT=1: 20 files
set -euo pipefail
source "$(dirname "$0")/cli-common.sh"
N=${1:-500}
[ "${SHORT:-}" ] && N=20
command -v strace >/dev/null || { echo "strace is needed (apt-get install strace)"; exit 1; }
export PHOTODROP_SECRET_BENCH_TOKEN=sandbox-chakra-token
"$BIN" profile add bench --provider chakrahq --base-url "$URL" >/dev/null
mkdir -p "$W/files"
seeds=(../shared/corpus/real/jpeg-S/*.jpg)
for i in $(seq -w 1 "$N"); do
  f=$W/files/p$i.jpg
  cp "${seeds[$((10#$i % ${#seeds[@]}))]}" "$f"; printf '%s' "$i" >> "$f"
done
SRC_BYTES=$(cat "$W"/files/*.jpg | wc -c)
# -y: every fd printed with its path, so reads can be attributed to a file.
# -ff: one trace per thread. In one shared trace a call that another thread
# interrupts is split into "<unfinished ...>" and "<... resumed>" lines, and
# the resumed line, which has the byte count, lacks the path: those reads
# were not counted (up to a few percent, varying from run to run).
strace -ff -qq -y -e trace=openat,read,pread64 -o "$W/trace" \
  "$BIN" upload --profile bench --concurrency 4 --json "$W"/files/*.jpg > "$W/out.json"
[ "$(grep -c '"status":"uploaded"' "$W/out.json")" -eq "$N" ] || { echo "upload failed"; head -3 "$W/out.json"; exit 1; }
# Dropped files: paths under $W/files. Prepared copies: the data dir's work
# folder (anything else under $W/data is the queue and the keyring's files).
awk -v files="$W/files/" -v work="$W/data/" -v n="$N" -v src="$SRC_BYTES" '
  /openat\(/ && index($0, files) && !/= -1/ { so++ }
  /openat\(/ && index($0, work) && /\.(jpg|jpeg|png|webp)/ && !/= -1/ { wo++ }
  /(read|pread64)\(/ {
    r = $0; sub(/.*= /, "", r); if (r+0 <= 0) next
    if (index($0, "<" files)) sb += r
    else if (index($0, "<" work) && $0 ~ /\.(jpg|jpeg|png|webp)>/) wb += r
  }
  END {
    printf "| %d photos, %.1f MiB | per photo |\n|---|---|\n", n, src/1048576
    printf "| opens of the dropped file | %.2f |\n", so/n
    printf "| bytes read from the dropped file / its size | %.2f |\n", sb/src
    printf "| opens of prepared copies | %.2f |\n", wo/n
    printf "| bytes read from prepared copies / dropped size | %.2f |\n", wb/src
  }' "$W"/trace.*
