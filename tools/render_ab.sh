#!/usr/bin/env bash
# Compares the CPU renderer of two or more `palma` binaries (or one binary under different environment
# settings) on a machine whose speed drifts: the binaries run in turn, ROUNDS times each, and for each the
# minimum and the median of forward + backward ms per frame of `palma bench render` are printed (HARP case
# unless BENCH_ARGS says otherwise). Wall-clock times on a shared machine vary by 15 % and more between
# runs and days; interleaving and taking the minimum is what makes two builds comparable
# (docs/performance.md).
#
#   tools/render_ab.sh ROUNDS BINARY [BINARY ...]
#   tools/render_ab.sh 5 /tmp/palma-before build/bin/palma
#   tools/render_ab.sh 4 "env PALMA_CPU_ISA=generic build/bin/palma" build/bin/palma
#
# Environment: BENCH_ARGS (default "--sizes 448 --no-dense --no-baseline --repeats 5").
set -uo pipefail

if [[ $# -lt 2 || ! "$1" =~ ^[0-9]+$ || "$1" -lt 1 ]]; then
  echo "usage: $0 ROUNDS BINARY [BINARY ...]   (ROUNDS >= 1; a BINARY may carry a prefix such as \"env X=1 path\")" >&2
  exit 2
fi
rounds=$1
shift
args=${BENCH_ARGS:---sizes 448 --no-dense --no-baseline --repeats 5}
declare -A results
for b in "$@"; do
  read -r -a words <<<"$b"
  if ! command -v "${words[-1]}" >/dev/null 2>&1 && [[ ! -x "${words[-1]}" ]]; then
    echo "$0: ${words[-1]} is not an executable" >&2
    exit 2
  fi
done
for ((r = 1; r <= rounds; ++r)); do
  for b in "$@"; do
    read -r -a words <<<"$b"
    # shellcheck disable=SC2086  # BENCH_ARGS is a list of words
    line=$("${words[@]}" bench render $args 2>&1 | awk '$1 == "palma" { print $8; exit }')
    if [[ -z "$line" ]]; then
      echo "$0: '$b bench render $args' printed no result" >&2
      exit 1
    fi
    results[$b]="${results[$b]:-} $line"
  done
done
for b in "$@"; do
  # shellcheck disable=SC2086
  printf '%s\n' ${results[$b]} | sort -g | awk -v name="$b" '
    { v[NR] = $1 } END { printf "%-50s min %7.2f  median %7.2f ms/frame (n=%d)\n", name, v[1], v[int((NR + 1) / 2)], NR }'
  echo "    all:${results[$b]}"
done
