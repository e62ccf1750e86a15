#!/usr/bin/env bash
# Set up, build, and run every test (unit, golden-file, GUI under the offscreen platform).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$QUOTEREADER_BUILD" --output-on-failure --timeout 600 -j "$(nproc)"
