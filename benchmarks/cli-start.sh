#!/usr/bin/env bash
# The command line's start: `winnow clean` of one short document (the bundled sample), whole process,
# wall clock (GNU time's %e), what a run over one file or a small folder pays before it does any work.
# Runs alternate between the jars given (default: tools/target/winnow-cli.jar), so that a disturbance
# hits them all; prints the median per jar.
#   benchmarks/cli-start.sh                                  # 15 runs of this checkout's CLI jar
#   benchmarks/cli-start.sh 21 /tmp/before.jar tools/target/winnow-cli.jar   # two builds compared
# Builds nothing: run `mvn -B -DskipTests -pl tools -am package` first. Output goes to /dev/null.
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
runs=${1:-15}
shift || true
jars=("$@")
[[ ${#jars[@]} -gt 0 ]] || jars=("$root/tools/target/winnow-cli.jar")
doc=$root/golden/cases/seed-003_abcec29119a6bd23/input.txt
timer=/usr/bin/time

for jar in "${jars[@]}"; do
  [[ -f $jar ]] || { echo "no $jar: run mvn -B -DskipTests -pl tools -am package first" >&2; exit 2; }
done
[[ -x $timer ]] || { echo "needs GNU time at $timer" >&2; exit 2; }

out=$(mktemp)
trap 'rm -f "$out"' EXIT
declare -A walls
for ((r = 1; r <= runs; r++)); do
  for jar in "${jars[@]}"; do
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
    "$timer" -f "%e" -o "$out" java ${JAVA_OPTS:-} -jar "$jar" clean "$doc" > /dev/null
    walls[$jar]+="$(cat "$out") "
  done
done

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
for jar in "${jars[@]}"; do
  # shellcheck disable=SC2086  # the list of runs
  echo "$jar: median $(median ${walls[$jar]}) s wall over $runs runs (${walls[$jar]% })"
done
