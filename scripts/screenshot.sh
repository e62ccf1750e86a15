#!/bin/sh
# Makes the README's pictures: the reader on the bundled sample article (docs/screenshot.png) and a
# correction in progress (docs/screenshot-correction.png), drawn by the app itself (hidden options
# --screenshot / --screenshot-correction: QWidget::grab() once the article is loaded and highlighted).
# Usage: scripts/screenshot.sh [build-dir] [output-dir] [language: en | zh_TW | zh_CN]
# Under Xvfb when available (real X11 fonts and style), else Qt's offscreen platform.
# CJK text needs fonts-noto-cjk installed. Another language than English writes *-zh_TW.png etc.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
out=${2:-"$root/docs"}
language=${3:-en}
app="$build/app/desktop/quotereader"
if [ ! -x "$app" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build "$build" --target quotereader
fi
mkdir -p "$out"
suffix=""
[ "$language" = en ] || suffix="-$language"
# A throw-away settings and data home, so the picture never depends on the last session's layout or
# on corrections kept for the sample article.
XDG_CONFIG_HOME=$(mktemp -d)
XDG_DATA_HOME=$(mktemp -d)
export XDG_CONFIG_HOME XDG_DATA_HOME
trap 'rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"' EXIT
export LANGUAGE="$language" LANG="$language.UTF-8"
run() {
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s "-screen 0 1400x900x24" "$app" "$root/resources/sample-article.txt" "$@"
    else
        QT_QPA_PLATFORM=offscreen "$app" "$root/resources/sample-article.txt" "$@"
    fi
}
run --screenshot "$out/screenshot$suffix.png"
echo "wrote $out/screenshot$suffix.png"
run --screenshot-correction "$out/screenshot-correction$suffix.png"
echo "wrote $out/screenshot-correction$suffix.png"
