# Shared by the X tests (smoke.sh, keys_test.sh, ime_test.sh); source it, then call x11_start N.
# Builds nothing new: it takes the game binary `cargo test --all-targets` built (same features, so
# nothing is compiled twice) and starts an Xvfb display of its own (number N + 0..99).
# Sets $bin (an absolute path) and $display, exports DISPLAY, and kills Xvfb on exit.
x11_start() {
  cargo test --all-targets --no-run --quiet
  local target="${CARGO_TARGET_DIR:-target}"
  case "$target" in /*) bin="$target/debug/defuse" ;; *) bin="$(pwd)/$target/debug/defuse" ;; esac
  display=":$(( $1 + RANDOM % 100 ))"
  Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
  export DISPLAY="$display"
}
