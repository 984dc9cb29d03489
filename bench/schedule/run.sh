#!/usr/bin/env bash
# Benchmark of kvet schedule: 5,000 pods on 1,000 nodes (deterministic input from Generate.java).
# Runs the jar with the JVM options of the kvet launcher script (override with KVET_JAVA_OPTS).
# Prints wall-clock time, CPU time and peak memory from /usr/bin/time -v. Target: under 5 s wall.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/cli/target/kvet.jar"
out="$here/target"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -o -DskipTests package)
fi
java "$here/Generate.java" "$out"
echo "input: $(grep -c 'kind: Node' "$out/nodes.yaml") nodes, $(wc -l < "$out/workloads.yaml") lines of workloads"
status=0
/usr/bin/time -v java ${KVET_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto} -jar "$jar" schedule --nodes "$out/nodes.yaml" "$out/workloads.yaml" \
    -o json="$out/schedule.json" -o html="$out/schedule.html" 2> "$out/time.txt" || status=$?
grep -E 'Elapsed \(wall clock\)|User time|System time|Maximum resident set size' "$out/time.txt"
python3 - "$out/schedule.json" <<'PY' 2>/dev/null || true
import json, sys
summary = json.load(open(sys.argv[1]))["summary"]
print(f"pods: {summary['pods']}, scheduled: {summary['scheduled']}, pending: {summary['pending']}")
PY
echo "kvet exit code: $status (1 means some pods stay Pending or findings reach --fail-on)"
