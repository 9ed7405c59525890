#!/usr/bin/env bash
# Measures the release game under Xvfb with the software renderer: time to the first interactive
# frame, idle CPU over 10 s with no input, resident memory with the CJK font loaded, and frame
# time while typing. Prints one line per figure.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/defuse"
export XDG_RUNTIME_DIR="$(mktemp -d)" DEFUSE_DATA="$(mktemp -d)"
display=":$(( 200 + RANDOM % 50 ))"
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY="$display" DEFUSE_SETTINGS="$DEFUSE_DATA/settings.ron"
printf '(locale: "zh-CN")\n' > "$DEFUSE_SETTINGS"

# Idle: start at the title screen, let it settle, then count CPU ticks over 10 s.
"$bin" > "$DEFUSE_DATA/idle.log" 2>&1 &
pid=$!
sleep 6
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
t0=$(ticks); sleep 10; t1=$(ticks)
hz=$(getconf CLK_TCK)
echo "idle CPU over 10 s: $(awk -v a="$t0" -v b="$t1" -v hz="$hz" 'BEGIN { printf "%.1f", (b - a) / hz / 10 * 100 }')% of one core"
echo "resident memory at the title screen: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$pid/status")"
kill "$pid"; wait "$pid" 2>/dev/null || true
startup=$(grep -o 'first interactive frame [0-9]* ms' "$DEFUSE_DATA/idle.log" | grep -o '[0-9]*' || echo "?")
echo "launch to first interactive frame: ${startup} ms"

# Typing: one character a frame into the reply box, mean and worst frame time.
DEFUSE_SMOKE="$DEFUSE_DATA/typing.png" DEFUSE_SMOKE_TYPE=1 DEFUSE_SMOKE_SCENARIO=late_parcel \
  DEFUSE_SMOKE_REPLIES="您好，非常理解您着急的心情。" timeout 120 "$bin" 2>/dev/null | grep '^typing:' || echo "typing: not measured"
