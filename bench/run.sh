#!/usr/bin/env bash
# Times kvet (and kubeconform, when it is installed) on the benchmark cases and prints the medians of
# wall time, CPU time (user + system) and peak RSS, measured with GNU time (/usr/bin/time -v).
#
#   bench/run.sh [-n RUNS] [CASE...]      CASE: small, corpus, large, schedule (default: all; RUNS: 3)
#
# large is the corpus four times over (40,000 documents, hard links in bench/work/large): beside corpus, it
# shows how peak memory grows with the size of the input.
#
# Environment:
#   KVET                         the command to time (default: ./kvet, the launcher users run)
#   KVET_BASELINE                a second kvet command to time beside it, e.g. the launcher of another
#                                checkout; its ratio is printed like kubeconform's
#   KVET_BASELINE_JAVA_HOME      the JAVA_HOME the baseline runs with, e.g. to time ./kvet on two JVMs:
#                                KVET_BASELINE=./kvet KVET_BASELINE_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
#   KUBECONFORM_SCHEMA_LOCATION  kubeconform's -schema-location for offline runs: a template such as
#                                '/schemas/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json'
#                                or a folder laid out like that (default: bench/work/kubeconform-schemas)
#   KUBERNETES_VERSION           the version kubeconform validates against (default: 1.30.0)
#
# Each command runs once untimed first, so that every tool reads the files from the page cache; then the
# tools of a case take turns, run after run, so that a busy machine slows them alike. Every timed run is a
# new process: "small" is a cold start of the JVM.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs=3
cases=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    small|corpus|large|schedule) cases+=("$1"); shift ;;
    *) echo "bench/run.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
[ ${#cases[@]} -gt 0 ] || cases=(small corpus large schedule)
kvet="${KVET:-./kvet}"
baseline=()
if [ -n "${KVET_BASELINE:-}" ]; then
  if [ -n "${KVET_BASELINE_JAVA_HOME:-}" ]; then baseline=(env "JAVA_HOME=$KVET_BASELINE_JAVA_HOME"); fi
  baseline+=("$KVET_BASELINE")
fi
work="bench/work"

if ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "bench/run.sh: GNU time is missing; install it with: sudo apt-get install -y time" >&2
  exit 2
fi

# The corpus is generated again whenever the generator changes.
stamp="$work/.generator-$(sha256sum bench/Generator.java | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  rm -rf "$work/corpus" "$work/small" "$work/large" "$work"/.generator-*
  mkdir -p "$work"
  java bench/Generator.java "$work"
  touch "$stamp"
fi
if [[ " ${cases[*]} " == *" large "* ]] && [ ! -d "$work/large" ]; then
  for copy in 1 2 3 4; do
    mkdir -p "$work/large/copy-$copy"
    cp -al "$work/corpus/." "$work/large/copy-$copy/"
  done
fi
# Builds kvet and makes its start-up archives on first use, outside the timings.
"$kvet" --version >/dev/null
if [ ${#baseline[@]} -gt 0 ]; then "${baseline[@]}" --version >/dev/null; fi

kubeconform=()
location="${KUBECONFORM_SCHEMA_LOCATION:-$work/kubeconform-schemas}"
if [ -d "$location" ]; then
  location="$location/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json"
fi
if ! command -v kubeconform >/dev/null 2>&1; then
  kubeconform_note="kubeconform not found: ratios skipped"
elif [[ "$location" != *'{{'* ]]; then
  kubeconform_note="kubeconform found, but no local schemas at $location (set KUBECONFORM_SCHEMA_LOCATION): ratios skipped"
else
  kubeconform_note=""
  kubeconform=(kubeconform -strict -summary -kubernetes-version "${KUBERNETES_VERSION:-1.30.0}" -schema-location "$location")
fi

# The median of a column of numbers.
median() {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# run_case NAME ARGS... -- LABEL COMMAND [LABEL COMMAND...]: every COMMAND (shell words, quoted as by
# printf %q) runs with ARGS; exit codes 0 and 1 (findings) count as success. Prints a line per command and
# remembers the median wall time by label.
run_case() {
  local name="$1"; shift
  local args=()
  while [ "$1" != "--" ]; do args+=("$1"); shift; done; shift
  local labels=() commands=() samples=() status
  while [ $# -gt 0 ]; do labels+=("$1"); commands+=("$2"); samples+=("$(mktemp)"); shift 2; done
  for i in "${!commands[@]}"; do
    status=0
    eval "${commands[$i]}" '"${args[@]}"' >/dev/null 2>"${samples[$i]}" || status=$?
    if [ "$status" -gt 1 ]; then
      echo "bench/run.sh: '${commands[$i]} ${args[*]}' exited with $status:" >&2
      tail -5 "${samples[$i]}" >&2
      exit 1
    fi
    : >"${samples[$i]}"
  done
  for _ in $(seq "$runs"); do
    for i in "${!commands[@]}"; do
      eval /usr/bin/time -o '"${samples[$i]}"' -a -f "'%e %U %S %M'" "${commands[$i]}" '"${args[@]}"' \
        >/dev/null 2>&1 || true
    done
  done
  for i in "${!commands[@]}"; do
    local clean; clean="$(grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "${samples[$i]}")"
    local wall cpu rss
    wall="$(cut -d' ' -f1 <<<"$clean" | median)"
    cpu="$(awk '{ print $2 + $3 }' <<<"$clean" | median)"
    rss="$(awk '{ print $4 / 1024 }' <<<"$clean" | median)"
    printf '%-12s %-22s %8.2f %8.2f %10.0f\n' "$name" "${labels[$i]}" "$wall" "$cpu" "$rss"
    walls["$name/${labels[$i]}"]="$wall"
    rm -f "${samples[$i]}"
  done
}

# The label/command pairs timed on the small file and the corpus; kvet prints a line per finding, as
# kubeconform does.
tools() {
  printf '%s\n' kvet "$(printf '%q ' "$kvet" check -q)"
  if [ ${#baseline[@]} -gt 0 ]; then printf '%s\n' baseline "$(printf '%q ' "${baseline[@]}" check -q)"; fi
  if [ ${#kubeconform[@]} -gt 0 ]; then printf '%s\n' kubeconform "$(printf '%q ' "${kubeconform[@]}")"; fi
}

declare -A walls
printf '%s runs each, medians; %s cores; %s\n' "$runs" "$(nproc)" "$(java -version 2>&1 | head -1)"
printf '%-12s %-22s %8s %8s %10s\n' "case" "tool" "wall s" "cpu s" "peak MiB"
mapfile -t pairs < <(tools)
for case in "${cases[@]}"; do
  case "$case" in
    small) run_case small "$work/small/app.yaml" -- "${pairs[@]}" ;;
    corpus) run_case corpus "$work/corpus" -- "${pairs[@]}" ;;
    large) run_case large "$work/large" -- "${pairs[@]}" ;;
    schedule)
      # bench/schedule/case.sh DIR writes the 5,000 pods and 1,000 nodes into DIR and prints the kvet
      # arguments that schedule them, one per line.
      if [ -x bench/schedule/case.sh ]; then
        mapfile -t schedule_args < <(bench/schedule/case.sh "$work/schedule")
        run_case schedule "${schedule_args[@]}" -- kvet "$(printf '%q' "$kvet")"
      else
        echo "schedule     skipped: bench/schedule/case.sh is not there yet"
      fi
      ;;
  esac
done
[ -z "$kubeconform_note" ] || echo "$kubeconform_note"
for key in "${!walls[@]}"; do
  case_name="${key%%/*}"
  for other in baseline kubeconform; do
    if [ "${key#*/}" = kvet ] && [ -n "${walls[$case_name/$other]:-}" ]; then
      awk -v c="$case_name" -v o="$other" -v a="${walls[$key]}" -v b="${walls[$case_name/$other]}" \
        'BEGIN { printf "ratio %-8s kvet / %-12s %6.2fx wall time\n", c, o, (b > 0 ? a / b : 0) }'
    fi
  done
done | sort
