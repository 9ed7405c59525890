#!/usr/bin/env bash
# Integration test of `defuse export --lrs` against a real learning record store (Ralph) on
# loopback: installs Ralph in a cached virtualenv, starts it with basic-auth credentials on a
# free port in its own process group, runs `cargo test --test lrs`, then stops the whole group.
#
#   scripts/lrs_test.sh            # uses $CARGO_TARGET_DIR if set
#   DEFUSE_LRS_CACHE=dir scripts/lrs_test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

cache="${DEFUSE_LRS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/defuse}"
venv="$cache/lrs-venv"
if [ ! -x "$venv/bin/ralph" ] || ! "$venv/bin/python" -c 'import requests' 2>/dev/null; then
  echo "lrs_test: installing Ralph into $venv (once)"
  mkdir -p "$cache"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --upgrade pip
  # `requests` is imported by Ralph's auth module but not pulled in by the extras (5.1.0).
  "$venv/bin/pip" install --quiet 'ralph-malph[cli,lrs]' requests
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/defuse-lrs.XXXXXX")"
app="$work/app"
data="$work/data"
mkdir -p "$app" "$data"
pgid=""
cleanup() {
  if [ -n "$pgid" ]; then
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for _ in $(seq 50); do
      kill -0 -- "-$pgid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$pgid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

export RALPH_APP_DIR="$app"
export RALPH_RUNSERVER_BACKEND=fs
export RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH="$data"
export RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH="$data"
"$venv/bin/ralph" auth -u trainer -p secret -s all -M mailto:trainer@example.com -w >"$work/auth.log" 2>&1 \
  || { echo "lrs_test: ralph auth failed:"; cat "$work/auth.log"; exit 1; }

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
# setsid: the server (uvicorn and its reloader children) gets its own process group, killed as one.
(cd "$work" && exec setsid "$venv/bin/ralph" runserver -b fs --host 127.0.0.1 --port "$port") >"$work/ralph.log" 2>&1 &
pid=$!
pgid="$pid"

url="http://127.0.0.1:$port"
for i in $(seq 120); do
  if python3 -c "import urllib.request, sys; urllib.request.urlopen('$url/__lbheartbeat__', timeout=1)" 2>/dev/null; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null || [ "$i" = 120 ]; then
    echo "lrs_test: Ralph did not start on $url; its log:"
    tail -30 "$work/ralph.log"
    exit 1
  fi
  sleep 0.5
done
actual="$(ps -o pgid= -p "$pid" | tr -d ' ')"
if [ "$actual" != "$pid" ]; then
  echo "lrs_test: Ralph is not in its own process group ($actual); stopping"
  kill -TERM "$pid" 2>/dev/null || true
  pgid=""
  exit 1
fi
echo "lrs_test: Ralph is up on $url (process group $pgid)"

DEFUSE_LRS_URL="$url/xAPI" DEFUSE_LRS_AUTH=trainer:secret \
  cargo test --no-default-features --test lrs -- --nocapture
