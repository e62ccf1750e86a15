#!/usr/bin/env bash
# Set up, build, and open the reader on the bundled sample article.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

sample="$QUOTEREADER_ROOT/resources/sample-article.txt"
reader="$QUOTEREADER_BUILD/app/desktop/quotereader"
if [ ! -x "$reader" ]; then
    exec "$QUOTEREADER_BUILD/app/cli/quotereader-cli" extract "$sample" --format txt
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting the reader inside a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$reader" "$sample"
fi
exec "$reader" "$sample"
