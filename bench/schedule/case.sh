#!/usr/bin/env bash
# The scheduler case of bench/run.sh: writes 1,000 nodes and workloads of exactly 5,000 pods (deterministic,
# from Generate.java) into DIR, and prints the arguments of the kvet command that schedules them, one per line.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:?usage: case.sh DIR}"
mkdir -p "$out"
java "$here/Generate.java" "$out" >&2
printf '%s\n' schedule --nodes "$out/nodes.yaml" -o "json=$out/schedule.json" -o "html=$out/schedule.html" \
  "$out/workloads.yaml"
