#!/usr/bin/env bash
# Installs the system packages Defuse needs beyond Rust: none to build or play on a desktop;
# Xvfb, a software Vulkan driver and ImageMagick for the headless smoke test and screenshots;
# Graphviz, which `defuse graph` uses for its SVG when installed (and its tests check);
# xdotool, xclip and fcitx5 with its pinyin add-on (and a CJK font for its candidate window) for
# the real-keyboard and input-method tests.
set -euo pipefail
pkgs=(xvfb mesa-vulkan-drivers imagemagick graphviz xdotool xclip fcitx5 fcitx5-chinese-addons dbus-x11 fonts-wqy-microhei)
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: system packages already installed"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: installed ${missing[*]}"
