#!/usr/bin/env bash
# What CI checks that a release build cannot, for maintainers (and .ci/run, on a fresh Debian 12 clone):
#
#   tests     the README's test command (scripts/test.sh): Release build, every test
#   format    scripts/format.sh --check: the code as .clang-format describes it
#   core      the engine and the CLI without Qt Widgets (-DQUOTEREADER_BUILD_GUI=OFF), and their tests
#   sanitize  everything built with ASan + UBSan (QUOTEREADER_SANITIZE=ON), the whole suite, halting on
#             the first report
#   fuzz      the libFuzzer targets built with clang, each run for QUOTEREADER_FUZZ_SECONDS (default 180)
#             on its seeds; a crash, leak, hang or broken invariant fails the stage
#   tidy      clang-tidy (.clang-tidy) over every translation unit (not in the default list: see README)
#
#   scripts/ci.sh                        # tests format core sanitize fuzz
#   scripts/ci.sh format core            # only these stages
#
# Installs clang, clang-format, clang-tidy and the sanitizer and libFuzzer runtimes when missing. Build
# folders go under QUOTEREADER_CI_BUILD (default: build-ci). Each stage runs even when one before it
# failed; the time of each is printed at the end, and the exit code is 1 when any failed.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builds=${QUOTEREADER_CI_BUILD:-$root/build-ci}
fuzz_seconds=${QUOTEREADER_FUZZ_SECONDS:-180}
stages=("$@")
if ((${#stages[@]} == 0)); then
    stages=(tests format core sanitize fuzz)
fi

source "$root/scripts/packages.sh"
# libclang-rt-14-dev: clang's ASan, UBSan and libFuzzer runtimes; llvm: llvm-symbolizer for reports.
install_missing clang clang-format clang-tidy libclang-rt-14-dev llvm \
    build-essential cmake ninja-build qt6-base-dev qt6-tools-dev libicu-dev python3 >/dev/null || exit 1

export QT_QPA_PLATFORM=offscreen

stage_tests() {
    bash "$root/scripts/test.sh"
}

stage_format() {
    bash "$root/scripts/format.sh" --check
}

stage_core() {
    local dir=$builds/core
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DQUOTEREADER_BUILD_GUI=OFF &&
        cmake --build "$dir" --parallel &&
        # Nothing of Qt Gui or Widgets may reach the engine, the CLI or their tests.
        if ldd "$dir/app/cli/quotereader-cli" | grep -E 'libQt6(Gui|Widgets)'; then
            echo "ci.sh: quotereader-cli links Qt Gui or Widgets" >&2
            return 1
        fi &&
        ctest --test-dir "$dir" --output-on-failure --timeout 600 -j "$(nproc)"
}

stage_sanitize() {
    local dir=$builds/sanitize
    # -O1 -g1: the usual sanitizer build (line numbers in the reports), and quicker to compile than -O2 -g.
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
        -DQUOTEREADER_SANITIZE=ON &&
        cmake --build "$dir" --parallel &&
        ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1 \
            UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
            QTEST_FUNCTION_TIMEOUT=1800000 \
            ctest --test-dir "$dir" --output-on-failure --timeout 2400 -j "$(nproc)"
}

stage_fuzz() {
    local dir=$builds/fuzz
    CC=clang CXX=clang++ cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DQUOTEREADER_BUILD_FUZZ=ON -DQUOTEREADER_BUILD_GUI=OFF -DQUOTEREADER_BUILD_TESTS=OFF &&
        cmake --build "$dir" --parallel --target fuzz_pipeline fuzz_themes fuzz_cleaner fuzz_seeds || return 1
    # A fresh corpus each run: the seeds are the starting point, what a run grows is thrown away.
    rm -rf "$dir/fuzz/corpus" "$dir/fuzz/artifacts"
    local target failed=0 pids=()
    for target in pipeline themes cleaner; do
        ASAN_OPTIONS=detect_leaks=1 bash "$root/fuzz/run.sh" "$dir" "$target" "$fuzz_seconds" \
            >"$dir/fuzz/$target.log" 2>&1 &
        pids+=($!)
        # Two at a time on two cores: the third starts when the first two are done.
        if ((${#pids[@]} == 2)); then
            wait "${pids[0]}" || failed=1
            wait "${pids[1]}" || failed=1
            pids=()
        fi
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || failed=1
    done
    for target in pipeline themes cleaner; do
        echo "fuzz_$target: $(grep -E '^(stat::number_of_executed_units|Done )' "$dir/fuzz/$target.log" | tr '\n' ' ')"
    done
    if ((failed)) || compgen -G "$dir/fuzz/artifacts/*" >/dev/null; then
        for target in pipeline themes cleaner; do
            tail -n 60 "$dir/fuzz/$target.log"
        done
        echo "ci.sh: fuzzing found an input that fails (see $dir/fuzz/artifacts and fuzz/README.md)" >&2
        return 1
    fi
}

stage_tidy() {
    local dir=$builds/tidy
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_EXPORT_COMPILE_COMMANDS=ON &&
        cmake --build "$dir" --parallel && # moc and uic output, which the sources include
        run-clang-tidy -quiet -p "$dir" -j "$(nproc)" "^$root/(engine|app|models|ui|tests|bench|fuzz)/" \
            -warnings-as-errors='*'
}

declare -A took result
failures=0
for stage in "${stages[@]}"; do
    if ! declare -F "stage_$stage" >/dev/null; then
        echo "ci.sh: unknown stage '$stage' (tests format core sanitize fuzz tidy)" >&2
        exit 2
    fi
    echo "=== ci.sh: $stage"
    start=$SECONDS
    if ("stage_$stage"); then
        result[$stage]=passed
    else
        result[$stage]=FAILED
        failures=$((failures + 1))
    fi
    took[$stage]=$((SECONDS - start))
done

echo
echo "=== ci.sh: stages (2 cores here: $(nproc) cores)"
total=0
for stage in "${stages[@]}"; do
    printf '  %-9s %-7s %3d min %02d s\n' "$stage" "${result[$stage]}" $((took[$stage] / 60)) $((took[$stage] % 60))
    total=$((total + took[$stage]))
done
printf '  %-9s %-7s %3d min %02d s\n' total "" $((total / 60)) $((total % 60))
((failures == 0))
