#!/usr/bin/env bash
# Peak memory of the privacy strip: a 1 GiB JPEG, PNG and TIFF carrying GPS
# (EXIF + XMP) uploaded to ChakraHQ (sandbox) with privacy on, against the same
# file sent as it is (privacy=keep) in the same run. Goal: peak RSS ≤ 64 MiB.
# SHORT=1 (CI): 64 MiB files, checks that it runs and that nothing leaks.
set -euo pipefail
source "$(dirname "$0")/cli-common.sh"
export PHOTODROP_SECRET_STRIP_TOKEN=sandbox-chakra-token PHOTODROP_SECRET_KEEP_TOKEN=sandbox-chakra-token
MIB=${MIB:-1024}
[ "${SHORT:-}" ] && MIB=64
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
