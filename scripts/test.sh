#!/usr/bin/env bash
# The whole test suite: every Rust test, the xAPI round trip against a real LRS (Ralph) on
# loopback, then the real game under Xvfb with a software renderer playing scripted turns and
# saving screenshots (zh-CN and en-US), real key bursts through xdotool, and a real Chinese input
# method (fcitx5 pinyin); each X test skips with a reason where its packages cannot install.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --all-targets
scripts/lrs_test.sh
scripts/smoke.sh
scripts/keys_test.sh
scripts/ime_test.sh
