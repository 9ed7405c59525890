#!/usr/bin/env bash
# Generated hostile input at scale: runs every property of tests/fuzz.rs in the release profile
# with PROPTEST_CASES high (default 300000: over 1,000,000 inputs in all, each property scaled by
# its cost), a watchdog that reports a case running over 20 s as a hang, and prints per property
# the cases run and the slowest case, then the totals.
#   scripts/fuzz.sh [CASES]     FUZZ_SEED=N to replay a run (the seed is printed)
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-300000}"
seed="${FUZZ_SEED:-$(date +%s)}"
log="$(mktemp)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/i12-cli}"
cargo test --release --no-default-features --test fuzz --no-run --quiet
echo "fuzz: PROPTEST_CASES=$cases seed=$seed"
start=$(date +%s)
set +e
PROPTEST_CASES="$cases" PROPTEST_RNG_SEED="$seed" DEFUSE_FUZZ_WATCHDOG=20 \
  cargo test --release --no-default-features --test fuzz --quiet -- --nocapture --test-threads 2 2>&1 | tee "$log" | grep -E '^fuzz:|panicked|HANG|FAILED|test result'
status=${PIPESTATUS[0]}
set -e
end=$(date +%s)
total=$(awk '/^fuzz: .*: [0-9]+ cases/ { for (i = 1; i <= NF; i++) if ($(i + 1) == "cases") s += $i } END { print s + 0 }' "$log")
failed=$(grep -c 'HANG\|panicked' "$log" || true)
echo "fuzz: $total inputs in $((end - start)) s (seed $seed); properties failed: $failed; full log: $log"
exit "$status"
