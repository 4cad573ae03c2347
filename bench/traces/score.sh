#!/usr/bin/env bash
# Scores the project's policy (or the policies given) on the public traces and the held-out ones here, one line each.
# Usage: bench/traces/score.sh [--policy NAME ...] [any other simulator flag]; run from the repository root.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
args=("$@")
[[ " ${args[*]-} " == *" --policy "* ]] || args+=(--policy autoscaler)
dotnet build -c Release "$root/src/Simulator" -v q -nologo > /dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for trace in "$root"/../shared/traces/*.csv "$root"/bench/traces/*.csv; do
  name="$(basename "$trace" .csv)"
  dotnet run --no-build -c Release --project "$root/src/Simulator" -- --trace "$trace" --json "$out/$name.json" "${args[@]}" > "$out/$name.txt" 2>&1 \
    || { echo "$name: simulator failed"; cat "$out/$name.txt"; exit 1; }
  python3 - "$out/$name.json" "$name" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
for run in report["runs"]:
    s = run["score"]
    print(f"{sys.argv[2]:<18} {run['policy']:<16} server-h {s['serverHours']:8.1f}  ratio {s['ratio']:.3f}  denied {s['deniedJoins']:6d}  "
          f"max wait {s['longestWaitSeconds']:6.0f} s  creates {s['creates']:5d}  occupied deleted {s['occupiedServersDeleted']}")
PY
done
