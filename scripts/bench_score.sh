#!/usr/bin/env bash
# End-to-end speed of `defuse score --format jsonl` on real agent lines (../shared/corpora, cycled
# to N lines; the labelled dev set when the corpora are absent): lines per second on all cores
# and on one core (taskset), best of three runs each. Usage: scripts/bench_score.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
target=${CARGO_TARGET_DIR:-target}
cargo build --release --no-default-features --quiet
bin="$target/release/defuse"
input=$(mktemp)
trap 'rm -f "$input"' EXIT
if ls ../shared/corpora/*_agent.txt >/dev/null 2>&1; then src=(../shared/corpora/*_agent.txt); else src=(tests/data/devset/tune.tsv); fi
python3 - "$n" "$input" "${src[@]}" <<'PY'
import sys, itertools
n, out, files = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
lines = [l.split("\t")[6] if f.endswith(".tsv") else l for f in files for l in open(f, encoding="utf8").read().splitlines()[f.endswith(".tsv"):] if l.strip()]
with open(out, "w", encoding="utf8") as o:
    o.write("\n".join(itertools.islice(itertools.cycle(lines), n)) + "\n")
PY
echo "input: $n lines, $(wc -c < "$input") bytes, from ${src[*]}"
best() {
  local b=999999
  for _ in 1 2 3; do
    local s e
    s=$(date +%s.%N); "$@" score "$input" --format jsonl --locale auto > /dev/null 2>&1; e=$(date +%s.%N)
    b=$(python3 -c "print(min($b, $e - $s))")
  done
  python3 -c "print(f'{$n / $b:,.0f} lines/s ({$b:.2f} s)')"
}
echo "all cores ($(nproc)): $(best "$bin")"
if command -v taskset >/dev/null; then echo "one core: $(best taskset -c 0 "$bin")"; fi
