#!/usr/bin/env bash
# A real Chinese input method, end to end: fcitx5 with its pinyin engine in its own D-Bus
# session under Xvfb. Pinyin is typed with xdotool, the first candidate committed with Space,
# the reply sent with Enter and read back from the records database. Screenshots of the
# composition (preedit) and of the committed text: target-smoke/ime-*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
skip() { echo "ime: skipped: $1 (scripts/setup.sh installs fcitx5, fcitx5-chinese-addons, xdotool)"; exit 0; }
for tool in Xvfb xdotool fcitx5 dbus-run-session python3 import compare; do
  command -v "$tool" >/dev/null || skip "$tool is not installed"
done
ls /usr/lib/*/fcitx5/libpinyin.so >/dev/null 2>&1 || skip "the fcitx5 pinyin engine is not installed"
out="${SMOKE_OUT:-$(pwd)/target-smoke}"
mkdir -p "$out"

home="$(mktemp -d)"
mkdir -p "$home/.config/fcitx5/conf" "$home/cfg"
# Pinyin is the only group's input method and is on as soon as a text field has focus.
cat > "$home/.config/fcitx5/profile" <<'EOF'
[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
EOF
printf '[Behavior]\nActiveByDefault=True\nShareInputState=All\n' > "$home/.config/fcitx5/config"
printf '[Addon]\nEnabled=False\n' > "$home/.config/fcitx5/conf/cloudpinyin.conf"
printf '(locale: "zh-CN", relaxed: true)\n' > "$home/cfg/settings.ron"

. scripts/x11.sh
x11_start 300
export HOME="$home" XMODIFIERS=@im=fcitx GTK_IM_MODULE=fcitx XDG_RUNTIME_DIR="$home" \
  DEFUSE_DATA="$home/data" DEFUSE_SETTINGS="$home/cfg/settings.ron" OUT="$out" BIN="$bin"
dbus-run-session -- bash -euo pipefail -c '
  fcitx5 --disable=cloudpinyin -d >"$OUT/ime-fcitx5.log" 2>&1
  # Ready once it answers on D-Bus (a slow machine needs more than a fixed pause).
  for _ in $(seq 1 60); do fcitx5-remote >/dev/null 2>&1 && break; sleep 0.5; done
  sleep 1
  DEFUSE_SMOKE="$OUT/ime-end.png" DEFUSE_SMOKE_SCENARIO=late_parcel DEFUSE_SEED=7 DEFUSE_SMOKE_REPLIES="" \
    DEFUSE_SMOKE_UNTIL="$HOME/done" timeout 240 "$BIN" >"$OUT/ime-game.log" 2>&1 &
  game=$!
  for _ in $(seq 1 240); do grep -q "screen Conversation" "$OUT/ime-game.log" 2>/dev/null && break; sleep 0.5; done
  sleep 2
  win=$(xdotool search --name Defuse | head -1)
  xdotool windowfocus --sync "$win"
  sleep 1
  import -window root "$OUT/ime-before.png"
  xdotool type --delay 150 nihao
  sleep 1
  import -window root "$OUT/ime-preedit.png"
  xdotool key space
  sleep 1
  import -window root "$OUT/ime-committed.png"
  xdotool key Return
  sleep 2
  touch "$HOME/done"
  wait $game
  fcitx5-remote -e 2>/dev/null || true
'
got=$(python3 - "$home/data/records.sqlite" <<'PY'
import sqlite3, sys
for (reply,) in sqlite3.connect(sys.argv[1]).execute("select reply from turns order by run_id, turn"):
    print(reply)
PY
)
changed=$(compare -metric AE "$out/ime-before.png" "$out/ime-preedit.png" null: 2>&1 || true)
if [ "$got" != "你好" ]; then
  echo "ime: FAILED: sent \"$got\", expected \"你好\" (logs: $out/ime-game.log, $out/ime-fcitx5.log)"; exit 1
fi
if [ "${changed%% *}" = "0" ]; then
  echo "ime: FAILED: nothing was drawn while composing (see $out/ime-preedit.png)"; exit 1
fi
echo "ime: ok: pinyin \"nihao\" + Space + Enter sent \"你好\"; preedit $out/ime-preedit.png ($changed pixels changed), committed $out/ime-committed.png"
