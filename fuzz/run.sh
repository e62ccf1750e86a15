#!/bin/bash
# Runs one fuzz target for a while on one core, from its seeds and the corpus it grew before.
# usage: fuzz/run.sh BUILD_DIR pipeline|themes|cleaner SECONDS [extra libFuzzer flags]
set -eu
build=$1 target=$2 seconds=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
dir=$build/fuzz
mkdir -p "$dir/corpus/$target" "$dir/artifacts"
[ -d "$dir/seeds/$target" ] || cmake --build "$build" --target fuzz_seeds
exec "$dir/fuzz_$target" "$dir/corpus/$target" "$dir/seeds/$target" \
    -dict="$here/dict/quotereader.dict" \
    -max_len=65536 -len_control=10 -timeout=10 -rss_limit_mb=4096 \
    -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$dir/artifacts/$target-" "$@"
