#!/usr/bin/env bash
# Targets by field (issue #19): N photos of N/2 products uploaded to Zoho CRM
# record photos through a manifest by product code (each code looked up with
# the service's search), against the same uploads through a manifest by record
# id, same sandbox, same run, alternating rounds. Goal: ≤ 10 % more wall time,
# and as many search calls as distinct values.
#   bench/byfield.sh [N] [ROUNDS]       SHORT=1: 40 photos, one round
set -euo pipefail
source "$(dirname "$0")/cli-common.sh"
N=${1:-1000} ROUNDS=${2:-3}
if [ "${SHORT:-}" ]; then N=40 ROUNDS=1; fi
CODES=$((N / 2))
export PHOTODROP_SECRET_Z_CLIENT_ID=1000.SANDBOXCLIENTID PHOTODROP_SECRET_Z_CLIENT_SECRET=sandbox-client-secret \
  PHOTODROP_SECRET_Z_REFRESH_TOKEN=1000.sandbox-refresh-token
# privacy=keep, duplicates allowed: both runs send the same bytes the same way;
# only how the record is found differs.
"$BIN" profile add z --provider zoho-crm --base-url "$URL" --set privacy=keep --set duplicates=allow >/dev/null
python3 - "$W" "$N" "$CODES" "$URL" <<'PY'
import json, os, sys, urllib.request
w, n, codes, url = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
recs = [{"product": "crm", "module": "Products",
         "fields": {"Product_Name": f"Product {i}", "Product_Code": f"SKU-{i:05d}"}} for i in range(codes)]
req = urllib.request.Request(url + "/__sandbox/records", data=json.dumps({"records": recs}).encode(),
                             headers={"content-type": "application/json"})
ids = json.load(urllib.request.urlopen(req))["ids"]
os.makedirs(os.path.join(w, "files"))
seed = open(os.path.join(os.environ.get("CORPUS", "../shared/corpus/real"), "jpeg-S", "Canon_IXUS_v2.jpg"), "rb").read()
with open(os.path.join(w, "by-field.csv"), "w") as f, open(os.path.join(w, "by-id.csv"), "w") as g:
    f.write("file,target\n"); g.write("file,target\n")
    for i in range(n):
        name = f"files/p{i:05d}.jpg"
        with open(os.path.join(w, name), "wb") as p:
            p.write(seed + i.to_bytes(4, "big"))  # after the end marker: still a JPEG, new content
        f.write(f"{name},Products[Product_Code=SKU-{i // 2:05d}]\n")
        g.write(f"{name},Products/{ids[i // 2]}\n")
PY
searches() { curl -fs "$URL/__sandbox/requests" | python3 -c '
import json, sys; print(sum(1 for r in json.load(sys.stdin) if r["path"].endswith("/search")))'; }
run() { # run MANIFEST → wall seconds
  local t0 t1
  t0=$(date +%s.%N)
  "$BIN" upload --profile z --manifest "$W/$1" --json > "$W/out.json" 2> "$W/err.log" || { tail -3 "$W/err.log"; head -3 "$W/out.json"; exit 1; }
  t1=$(date +%s.%N)
  [ "$(grep -c '"status":"uploaded"' "$W/out.json")" -eq "$N" ] || { echo "not every photo uploaded"; exit 1; }
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
id_t=(); field_t=(); calls=()
for r in $(seq "$ROUNDS"); do
  curl -fs -X POST "$URL/__sandbox/reset" >/dev/null
  id_t+=("$(run by-id.csv)")
  curl -fs -X POST "$URL/__sandbox/reset" >/dev/null
  field_t+=("$(run by-field.csv)")
  calls+=("$(searches)")
  grep -q "\"resolved_target\":\"Products/" "$W/out.json" || { echo "no resolved_target in the output"; exit 1; }
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratios() { for i in "${!id_t[@]}"; do awk -v a="${id_t[$i]}" -v b="${field_t[$i]}" 'BEGIN {print b/a}'; done; }
ID=$(median "${id_t[@]}"); FIELD=$(median "${field_t[@]}"); RATIO=$(median $(ratios)); CALLS=$(median "${calls[@]}")
echo "| $N photos, $CODES products, concurrency 4, median of $ROUNDS | by record id | by Product_Code | ratio |"
echo "|---|---|---|---|"
awk -v i="$ID" -v f="$FIELD" -v r="$RATIO" 'BEGIN { printf "| wall time (s) | %.2f | %.2f | **%.3f×** (goal ≤ 1.10×) |\n", i, f, r }'
echo "| search calls | 0 | $CALLS | $CALLS per $CODES distinct values |"
[ "$CALLS" -eq "$CODES" ] || { echo "search calls ($CALLS) != distinct values ($CODES)"; exit 1; }
