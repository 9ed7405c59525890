#!/usr/bin/env bash
# Real keys against the real game: Xvfb, xdotool and xclip. Each case is typed twice into the
# reply box, once as one burst (every key in the same frame) and once as slow presses; the sent
# replies are read back from the records database and compared. Screenshots: target-smoke/keys-*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in Xvfb xdotool xclip python3; do
  command -v "$tool" >/dev/null || { echo "keys: skipped: $tool is not installed (scripts/setup.sh installs it)"; exit 0; }
done
out="${SMOKE_OUT:-$(pwd)/target-smoke}"
mkdir -p "$out"
. scripts/x11.sh
x11_start 200

# One game per case: waits for the conversation, types, then lets the game take its screenshot.
# $1 name, $2 clipboard text, $3 the xdotool commands; the expected replies are on stdin.
run_case() {
  local name=$1 clip=$2 keys=$3 data
  data="$(mktemp -d)"
  mkdir -p "$data/cfg"
  printf '(locale: "zh-CN", relaxed: true)\n' > "$data/cfg/settings.ron"
  XDG_RUNTIME_DIR="$data" DEFUSE_DATA="$data" DEFUSE_SETTINGS="$data/cfg/settings.ron" DEFUSE_SMOKE="$out/keys-$name.png" \
    DEFUSE_SMOKE_SCENARIO=late_parcel DEFUSE_SEED=7 DEFUSE_SMOKE_REPLIES="" DEFUSE_SMOKE_UNTIL="$data/done" \
    timeout 240 "$bin" > "$out/keys-$name.log" 2>&1 &
  local game=$!
  for _ in $(seq 1 240); do grep -q "screen Conversation" "$out/keys-$name.log" 2>/dev/null && break; sleep 0.5; done
  sleep 2
  local win
  win=$(xdotool search --name "Defuse" | head -1)
  xdotool windowfocus --sync "$win"
  printf '%s' "$clip" | xclip -selection clipboard
  eval "$keys"
  sleep 2
  touch "$data/done"
  wait "$game" || { echo "keys: $name: the game failed; log: $out/keys-$name.log"; return 1; }
  local got want
  got=$(python3 - "$data" <<'PY'
import glob, sqlite3, sys
db = (glob.glob(sys.argv[1] + "/**/*.sqlite*", recursive=True) + glob.glob(sys.argv[1] + "/**/*.db", recursive=True))[0]
for (reply,) in sqlite3.connect(db).execute("select reply from turns order by run_id, turn"):
    print(repr(reply))
PY
)
  want=$(cat)
  if [ "$got" != "$want" ]; then
    echo "keys: $name FAILED"; echo "  sent:     ${got//$'\n'/ | }"; echo "  expected: ${want//$'\n'/ | }"; return 1
  fi
  echo "keys: $name ok (${got//$'\n'/ | }) screenshot: $out/keys-$name.png"
}

# One `xdotool key` call per case: with no delay every key arrives in one burst (one frame);
# text is spelt as key names (`type` would swallow the rest of the command line).
fast="xdotool key --delay"
k() { echo "$*"; }
t() { local s=$1 out="" i c; for ((i = 0; i < ${#s}; i++)); do c=${s:i:1}; [ "$c" = " " ] && c=space; out+="$c "; done; echo "$out"; }
fail=0
for mode in burst slow; do
  if [ $mode = burst ]; then d=0; else d=150; fi
  run_case "paste-$mode" "您好，我马上帮您查一下物流。" "$fast $d $(k ctrl+v) $(k Return)" <<<"'您好，我马上帮您查一下物流。'" || fail=1
  run_case "newline-$mode" "" "$fast $d $(t ab) $(k shift+Return) $(t cd) $(k Return)" <<<"'ab\\ncd'" || fail=1
  run_case "after-enter-$mode" "" "$fast $d $(t 'ABC def') $(k shift+Return) $(t second) $(k Return) $(t next) $(k Return)" \
    <<<"$(printf "%s\n%s" "'ABC def\\nsecond'" "'next'")" || fail=1
  run_case "select-all-$mode" "" "$fast $d $(t wrong) $(k ctrl+a) $(t right) $(k Return)" <<<"'right'" || fail=1
  run_case "cut-paste-$mode" "" "$fast $d $(t 'keep me') $(k ctrl+a ctrl+x) $(t new) $(k ctrl+a ctrl+v) $(k Return)" <<<"'keep me'" || fail=1
done
if [ $fail -ne 0 ]; then echo "keys: failed"; exit 1; fi
echo "keys: all cases passed, as bursts and as slow presses"
