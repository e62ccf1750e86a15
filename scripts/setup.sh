#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks and builds QuoteReader in Release.
# Sourced by run.sh and test.sh; safe to run again (installs only what is missing).
set -euo pipefail

QUOTEREADER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
QUOTEREADER_BUILD=${QUOTEREADER_BUILD:-$QUOTEREADER_ROOT/build}

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev libicu-dev
    xvfb xauth fonts-noto-cjk python3
    libbenchmark-dev
)

source "$QUOTEREADER_ROOT/scripts/packages.sh"
install_missing "${packages[@]}"

cmake -S "$QUOTEREADER_ROOT" -B "$QUOTEREADER_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
cmake --build "$QUOTEREADER_BUILD" --parallel
