#!/usr/bin/env bash
# Zoho token requests under load (issue #16 item 1): 1,000 attachment uploads,
# concurrency 4, with every access token killed after each 100 uploads (mid-batch,
# while uploads are in flight). Goal: one token request per expiry (plus the first).
# SHORT=1 (CI): 100 uploads, tokens killed every 25.
set -euo pipefail
source "$(dirname "$0")/cli-common.sh"
N=${N:-1000} EVERY=${EVERY:-100}
if [ "${SHORT:-}" ]; then N=100 EVERY=25; fi
# Secrets from the environment (the documented headless fallback): the sandbox's published test values.
export PHOTODROP_SECRET_Z_CLIENT_ID=1000.SANDBOXCLIENTID PHOTODROP_SECRET_Z_CLIENT_SECRET=sandbox-client-secret \
  PHOTODROP_SECRET_Z_REFRESH_TOKEN=1000.sandbox-refresh-token
"$BIN" profile add z --provider zoho-crm --base-url "$URL" --set privacy=keep >/dev/null
python3 - "$W/files" "$N" <<'PY'
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
os.makedirs(d)
seed = open(os.path.join(os.environ.get("CORPUS", "../shared/corpus/real"), "png", "basn6a16.png"), "rb").read()
for i in range(n):
    with open(os.path.join(d, f"p{i:04d}.png"), "wb") as f:
        f.write(seed + i.to_bytes(4, "big"))  # bytes after IEND: still a PNG, new content
PY
# Every access token dies after each EVERY accepted uploads, while others are in flight.
curl -fs -X POST -H 'content-type: application/json' -d "{\"expire_tokens_every\": $EVERY}" "$URL/__sandbox/faults" >/dev/null
"$BIN" upload --profile z --target Leads/3000000038009/Attachments --concurrency 4 --json "$W"/files/*.png > "$W/out.json" 2> "$W/err.log" \
  || { tail -5 "$W/err.log"; head -3 "$W/out.json"; exit 1; }
KILLS=$(( (N - 1) / EVERY ))   # the kill after the last upload needs no new token
read -r UPLOADED TOKENS REFUSED < <(curl -fs "$URL/__sandbox/requests" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print(sum(1 for x in r if x["path"].endswith("/Attachments") and x["status"] == 200),
      sum(1 for x in r if x["path"] == "/oauth/v2/token"),
      sum(1 for x in r if x["status"] == 401))')
[ "$(grep -c '"status":"uploaded"' "$W/out.json")" -eq "$N" ] || { echo "not every upload finished"; exit 1; }
echo "| uploads | tokens killed mid-batch | uploads refused (401) | token requests | per expiry (first one included) |"
echo "|---|---|---|---|---|"
awk -v u="$UPLOADED" -v k="$KILLS" -v r="$REFUSED" -v t="$TOKENS" 'BEGIN { printf "| %d | %d | %d | **%d** | %.2f (goal 1.00) |\n", u, k, r, t, t / (k + 1) }'
[ "$TOKENS" -le $((KILLS + 1)) ] || { echo "more than one token request per expiry"; exit 1; }
