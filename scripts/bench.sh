#!/usr/bin/env bash
# Builds QuoteReader in Release with the benchmarks, in its own build folder, and runs them:
# engine throughput against ICU's word segmentation, the CLI process and its peak memory, the quote
# proxy over 100,000 quotes and the reader's first page, with a summary table at the end.
#
#   scripts/bench.sh                      # everything (about 5 minutes on 2 cores, after the build)
#   scripts/bench.sh --sizes 1            # only the 1 MB inputs
#   scripts/bench.sh --benchmark_filter=extract/zh   # any Google Benchmark flag
#
# QUOTEREADER_BENCH_BUILD chooses the build folder (default: build-bench-release). The inputs are
# generated into that folder from ../shared/corpus (QUOTEREADER_CORPUS to use another one).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench_args=("$@")
export QUOTEREADER_BUILD=${QUOTEREADER_BENCH_BUILD:-$root/build-bench-release}
set -- -DQUOTEREADER_BUILD_BENCH=ON -DQUOTEREADER_BUILD_TESTS=OFF
source "$root/scripts/setup.sh"

corpus=${QUOTEREADER_CORPUS:-$root/../shared/corpus}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec "$QUOTEREADER_BUILD/bench/quotereader-bench" \
    --work "$QUOTEREADER_BUILD/bench-inputs" \
    --corpus "$corpus" \
    --cli "$QUOTEREADER_BUILD/app/cli/quotereader-cli" \
    "${bench_args[@]}"
