#!/bin/sh
# Makes docs/screenshot.png: the reader on the bundled sample article, drawn by the app itself
# (hidden --screenshot option: QWidget::grab() once the article is loaded and highlighted).
# Usage: scripts/screenshot.sh [build-dir] [output.png]
# Under Xvfb when available (real X11 fonts and style), else Qt's offscreen platform.
# CJK text needs fonts-noto-cjk installed. Set LANGUAGE=zh_TW for the Traditional Chinese interface.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
out=${2:-"$root/docs/screenshot.png"}
app="$build/app/desktop/quotereader"
if [ ! -x "$app" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build "$build" --target quotereader
fi
mkdir -p "$(dirname "$out")"
# A throw-away settings home, so the picture never depends on the last session's layout.
XDG_CONFIG_HOME=$(mktemp -d)
export XDG_CONFIG_HOME
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
if command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1400x900x24" "$app" "$root/resources/sample-article.txt" --screenshot "$out"
else
    QT_QPA_PLATFORM=offscreen "$app" "$root/resources/sample-article.txt" --screenshot "$out"
fi
echo "wrote $out"
