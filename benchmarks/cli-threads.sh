#!/usr/bin/env bash
# The --threads measurement of issue 4: `winnow clean` over a folder of documents with --threads 1
# and --threads 2, whole process, wall clock (GNU time's %e) and user CPU (%U), runs alternating
# 1, 2, 1, 2, ... so that a disturbance hits both; prints every run, the medians and their ratio.
#   benchmarks/cli-threads.sh                       # ../shared/dev/wcxb-dumps, 3 runs each
#   benchmarks/cli-threads.sh DIR RUNS              # another folder, another number of runs
#   JAVA_OPTS=-XX:TieredStopAtLevel=1 benchmarks/cli-threads.sh   # with JVM options
# Builds nothing: run `mvn -B -DskipTests -pl tools -am package` first. Output goes to /dev/null.
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
jar="$root/tools/target/winnow-cli.jar"
dir=${1:-$root/../shared/dev/wcxb-dumps}
runs=${2:-3}
timer=/usr/bin/time

[[ -f $jar ]] || { echo "no $jar: run mvn -B -DskipTests -pl tools -am package first" >&2; exit 2; }
[[ -d $dir ]] || { echo "no folder $dir" >&2; exit 2; }
[[ -x $timer ]] || { echo "needs GNU time at $timer" >&2; exit 2; }

out=$(mktemp)
trap 'rm -f "$out"' EXIT
declare -a wall1 wall2
for ((r = 1; r <= runs; r++)); do
  for t in 1 2; do
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
    "$timer" -f "%e %U" -o "$out" java ${JAVA_OPTS:-} -jar "$jar" clean --threads "$t" "$dir" > /dev/null
    read -r wall user < "$out"
    echo "run $r --threads $t: ${wall} s wall, ${user} s user"
    if [[ $t == 1 ]]; then wall1+=("$wall"); else wall2+=("$wall"); fi
  done
done

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
m1=$(median "${wall1[@]}")
m2=$(median "${wall2[@]}")
echo "median wall: --threads 1 ${m1} s, --threads 2 ${m2} s; --threads 2 is $(awk "BEGIN {printf \"%.2f\", $m1 / $m2}") x as fast (target: 1.7)"
