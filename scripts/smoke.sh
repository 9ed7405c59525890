#!/usr/bin/env bash
# Starts the real game under Xvfb (llvmpipe), plays scripted turns, saves screenshots and
# checks they show a rendered UI. Prints the screenshot paths.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${SMOKE_OUT:-$(pwd)/target-smoke}"
mkdir -p "$out"
export XDG_RUNTIME_DIR="$(mktemp -d)"
export DEFUSE_DATA="$(mktemp -d)"
. scripts/x11.sh
x11_start 90
fail=0
for case in "zh-CN conversation" "en-US conversation" "zh-CN debrief"; do
  set -- $case
  locale=$1 screen=$2
  png="$out/smoke-$locale-$screen.png"
  rm -f "$png"
  mkdir -p "$DEFUSE_DATA/cfg"
  printf '(locale: "%s")\n' "$locale" > "$DEFUSE_DATA/cfg/settings.ron"
  replies="您好，我是客服小林，非常理解您着急的心情。|请稍等，我马上为您查询物流信息，大约需要两分钟。"
  [ "$locale" = "en-US" ] && replies="Hello, this is Lin. I completely understand how worrying this wait is.|Please hold on while I check the tracking for you; it will take about two minutes."
  if ! DISPLAY="$display" DEFUSE_SETTINGS="$DEFUSE_DATA/cfg/settings.ron" DEFUSE_SMOKE="$png" DEFUSE_SMOKE_SCREEN="$screen" \
       DEFUSE_SMOKE_SCENARIO=late_parcel DEFUSE_SEED=7 DEFUSE_SMOKE_REPLIES="$replies" \
       timeout 180 "$bin" > "$out/smoke-$locale-$screen.log" 2>&1; then
    echo "smoke: the game failed ($locale $screen); log: $out/smoke-$locale-$screen.log"; tail -20 "$out/smoke-$locale-$screen.log"; fail=1; continue
  fi
  if [ ! -s "$png" ]; then echo "smoke: no screenshot for $locale $screen"; fail=1; continue; fi
  colours=$(convert "$png" -format '%k' info: 2>/dev/null || echo 0)
  if [ "$colours" -lt 50 ]; then echo "smoke: $png has only $colours colours: nothing rendered?"; fail=1; continue; fi
  echo "smoke: $locale $screen ok ($colours colours) screenshot: $png"
done
if [ $fail -ne 0 ]; then echo "smoke: 0 passed, 1 failed"; exit 1; fi
echo "smoke: 1 passed, 0 failed"
