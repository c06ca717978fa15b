#!/usr/bin/env bash
# The Windows build under Wine next to the Linux build, same machine, same
# sandbox, same run (issue #17). Both are the same source and profile; the
# Windows one is the cross build of scripts/xwin-env (HEIC off, which no JPEG
# here needs). Measures:
#  - Wine's own overhead: starting a process (`--version`, median of 20);
#  - uploads: N × 2 MiB to ChakraHQ through the queue, concurrency 4, with and
#    without duplicate detection, and one big file: wall time, ratio;
#  - thumbnails: `photodrop thumbnail --size 256`, one process per real JPEG
#    of the corpus: total time, ratio, and the ratio net of process starts.
# Ratios are Windows/Linux time (1.00 = as fast). Prints Markdown; results are
# recorded in BENCHMARKS.md. SHORT=1 BENCH_PROFILE=debug (scripts/test-windows)
# proves the script runs on the test builds.
set -euo pipefail
source "$(dirname "$0")/cli-common.sh"
[ "${SKIP_DEPS:-}" ] || scripts/install-deps --cross
source scripts/xwin-env
PROFILE=${BENCH_PROFILE:-release}
if [ "$PROFILE" = debug ]; then
  # The test build's own resolution (scripts/test-windows): nothing to rebuild.
  xcargo build -q "${WIN_BUILD[@]}" --bins
else
  xcargo build -q --release "${CORE_FEATURES[@]}" --bin photodrop
fi
EXE=$TD/$T/$PROFILE/photodrop.exe
wine_up
trap 'wineserver -k 2>/dev/null || true; kill $SB 2>/dev/null || true; rm -rf "$W"' EXIT

ROUNDS=${ROUNDS:-3} N=200 BIG_MIB=512 STARTS=20
if [ "${SHORT:-}" ]; then ROUNDS=1 N=10 BIG_MIB=16 STARTS=3; fi
# Wine maps / to drive Z:; the Windows program gets Windows paths.
winp() { local p; for p in "$@"; do printf 'Z:%s\n' "${p//\//\\}"; done; }
lin() { PHOTODROP_CONFIG_DIR=$W/lin/config PHOTODROP_DATA_DIR=$W/lin/data "$BIN" "$@"; }
win() { PHOTODROP_CONFIG_DIR=$(winp "$W/win/config") PHOTODROP_DATA_DIR=$(winp "$W/win/data") wine "$EXE" "$@"; }
now() { date +%s.%N; }
# secs CMD...: wall seconds of CMD (its output discarded)
secs() { local t0; t0=$(now); "$@" > /dev/null; awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.3f\n", b-a}'; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
export PHOTODROP_SECRET_BENCH_TOKEN=sandbox-chakra-token

# Wine's overhead per process.
ls_=(); ws_=()
for _ in $(seq "$STARTS"); do ls_+=("$(secs lin --version)"); ws_+=("$(secs win --version)"); done
START_L=$(median "${ls_[@]}"); START_W=$(median "${ws_[@]}")

SEED=../shared/corpus/real/jpeg-S/Canon_IXUS_v2.jpg
mkdir -p "$W/files"
for i in $(seq -w 1 "$N"); do
  f=$W/files/f$i.jpg
  cp "$SEED" "$f"; head -c $((2*1024*1024 - $(stat -c %s "$SEED"))) /dev/urandom >> "$f"
done
cp "$SEED" "$W/big.jpg"; head -c $((BIG_MIB*1024*1024 - $(stat -c %s "$SEED"))) /dev/urandom >> "$W/big.jpg"
mapfile -t FILES < <(printf '%s\n' "$W"/files/*.jpg)
mapfile -t WFILES < <(winp "${FILES[@]}")
# up HOST PROFILE ARGS...: wall seconds of an upload that must upload every file given
up() {
  local h=$1 prof=$2 t0 t1; shift 2
  t0=$(now); $h upload --profile "$prof" --concurrency 4 --json "$@" > "$W/out"; t1=$(now)
  [ "$(grep -c '"status":"uploaded"' "$W/out")" -eq "$(grep -c . <(printf '%s\n' "$@" | grep -v '^--'))" ] \
    || { echo "$h: upload failed:" >&2; head -3 "$W/out" >&2; exit 1; }
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f\n", b-a}'
}
for h in lin win; do $h profile add bench --provider chakrahq --base-url "$URL" --set privacy=keep >/dev/null; done
la=(); wa=(); ld=(); wd=()
for r in $(seq "$ROUNDS"); do
  # Duplicates allowed: nothing needs a hash.
  la+=("$(up lin bench --allow-duplicates "${FILES[@]}")")
  wa+=("$(up win bench --allow-duplicates "${WFILES[@]}")")
  # The default path (every file hashed while it is sent): a fresh profile
  # per round, since the same bytes again are rightly skipped as duplicates.
  for h in lin win; do $h profile add "b$r" --provider chakrahq --base-url "$URL" --set privacy=keep >/dev/null; done
  export "PHOTODROP_SECRET_B${r}_TOKEN=sandbox-chakra-token"
  ld+=("$(up lin "b$r" "${FILES[@]}")")
  wd+=("$(up win "b$r" "${WFILES[@]}")")
  curl -fs -X POST "$URL/__sandbox/reset" >/dev/null
done
BIG_L=$(up lin bench --allow-duplicates "$W/big.jpg")
BIG_W=$(up win bench --allow-duplicates "$(winp "$W/big.jpg")")

# Thumbnails: one process per real JPEG, alternating builds.
mapfile -t JPEGS < <(ls ../shared/corpus/real/jpeg-*/*.jpg | sort)
[ "${SHORT:-}" ] && JPEGS=("${JPEGS[@]:0:2}")
TL=0; TW=0
for j in "${JPEGS[@]}"; do
  TL=$(awk -v a="$TL" -v b="$(secs lin thumbnail "$j" "$W/t.jpg" --size 256)" 'BEGIN {print a+b}')
  TW=$(awk -v a="$TW" -v b="$(secs win thumbnail "$(winp "$j")" "$(winp "$W/t.jpg")" --size 256)" 'BEGIN {print a+b}')
done

# ratios A B: median of the per-round ratios B/A
ratios() { local -n a=$1 b=$2; for i in "${!a[@]}"; do awk -v x="${a[$i]}" -v y="${b[$i]}" 'BEGIN {print y/x}'; done; }
awk -v sl="$START_L" -v sw="$START_W" -v n="$N" -v rounds="$ROUNDS" \
  -v la="$(median "${la[@]}")" -v wa="$(median "${wa[@]}")" -v ra="$(median $(ratios la wa))" \
  -v ld="$(median "${ld[@]}")" -v wd="$(median "${wd[@]}")" -v rd="$(median $(ratios ld wd))" \
  -v big="$BIG_MIB" -v bl="$BIG_L" -v bw="$BIG_W" \
  -v nj="${#JPEGS[@]}" -v tl="$TL" -v tw="$TW" -v prof="$PROFILE" 'BEGIN {
  mb = n * 2
  printf "| measurement (%s builds) | Linux | Windows under Wine | Windows/Linux time |\n|---|---|---|---|\n", prof
  printf "| process start, `--version`, median (ms): Wine'"'"'s own overhead | %.0f | %.0f | +%.0f ms per process |\n", sl*1000, sw*1000, (sw-sl)*1000
  printf "| %d × 2 MiB upload, duplicates allowed, median of %d (s) | %.2f (%.0f MiB/s) | %.2f (%.0f MiB/s) | **%.2f×** |\n", n, rounds, la, mb/la, wa, mb/wa, ra
  printf "| the same, default path (every file hashed), median of %d (s) | %.2f | %.2f | **%.2f×** |\n", rounds, ld, wd, rd
  printf "| %d MiB file (s) | %.2f | %.2f | %.2f× |\n", big, bl, bw, bw/bl
  printf "| thumbnails, one process per JPEG, %d JPEGs (s) | %.2f | %.2f | %.2f× |\n", nj, tl, tw, tw/tl
  printf "| the same, net of process starts (s) | %.2f | %.2f | **%.2f×** |\n", tl-nj*sl, tw-nj*sw, (tw-nj*sw)/(tl-nj*sl)
}'
