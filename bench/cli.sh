#!/usr/bin/env bash
# Times the command line (make bench): check and build of the corpus, the
# WTPF-21 report, and a generated corpus of 1000 Opinions (the five copied
# 200 times under new names) in all three formats. Uses hyperfine when it is
# installed, else a loop of bash's `time`. Targets: build opinions < 100 ms,
# the 1000-Opinion build < 5 s.
# Usage: bench/cli.sh bin/opinionc
set -euo pipefail
bin=$(realpath "${1:-bin/opinionc}")
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/corpus1000"
for i in $(seq -w 1 200); do
  for f in opinions/*.opinion; do
    cp "$f" "$tmp/corpus1000/$(basename "$f" .opinion)-$i.opinion"
  done
done
echo "generated $(ls "$tmp/corpus1000" | wc -l) Opinions in $tmp/corpus1000"

names=("check opinions" "build opinions" "build report" "build 1000 Opinions")
cmds=(
  "$bin check opinions"
  "$bin build -q -o $tmp/out opinions"
  "$bin build -q -o $tmp/out opinions/wtpf21-report.md"
  "$bin build -q -o $tmp/out1000 $tmp/corpus1000"
)

if command -v hyperfine >/dev/null; then
  args=()
  for i in "${!cmds[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine --warmup 1 --min-runs 3 -i "${args[@]}"
  exit 0
fi

# No hyperfine: best and mean wall time of N runs each, after a warm-up.
for i in "${!cmds[@]}"; do
  runs=10
  [ "$i" -eq 3 ] && runs=3
  eval "${cmds[$i]}" >/dev/null 2>&1 || true
  best="" total=0
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    eval "${cmds[$i]}" >/dev/null 2>&1 || true
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    total=$((total + ms))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  printf '%-22s best %6d ms   mean %6d ms   (%d runs)\n' "${names[$i]}" "$best" $((total / runs)) "$runs"
done
# The 1000-Opinion build once more, with its CPU use (both cores busy).
/usr/bin/env bash -c "time $bin build -q -o $tmp/out1000 $tmp/corpus1000" 2>&1 | tail -3
