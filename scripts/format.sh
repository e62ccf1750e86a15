#!/usr/bin/env bash
# The code's style, as .clang-format describes it, checked or applied with Debian 12's clang-format 14.
#
#   scripts/format.sh --check            # exit 1, with the diff, when a file is not formatted (CI runs this)
#   scripts/format.sh --fix              # rewrite every file that is not
#   scripts/format.sh --check FILE...    # only these files (what you changed, say)
#
# Every C++ file git tracks is covered, except the test data. Another clang-format version may format
# some constructs differently: CLANG_FORMAT=clang-format-14 picks the binary.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-}
case $mode in
--check | --fix) shift ;;
*)
    echo "usage: scripts/format.sh --check|--fix [FILE...]" >&2
    exit 2
    ;;
esac

clang_format=${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format || true)}
if [ -z "$clang_format" ]; then
    echo "format.sh: clang-format not found (apt-get install clang-format)" >&2
    exit 2
fi
version=$("$clang_format" --version | sed -n 's/.*version \([0-9]*\).*/\1/p')
if [ "$version" != 14 ]; then
    echo "format.sh: note: $clang_format is version $version; the style is checked with clang-format 14" >&2
fi

cd "$root"
if (($#)); then
    files=("$@")
else
    mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v '^tests/data/')
fi

if [ "$mode" = --fix ]; then
    "$clang_format" -i --style=file "${files[@]}"
    echo "format.sh: formatted ${#files[@]} files"
    exit 0
fi

unformatted=()
diffs=$(mktemp)
trap 'rm -f "$diffs"' EXIT
for file in "${files[@]}"; do
    if ! "$clang_format" --style=file "$file" | diff -u --label "$file" --label "$file (formatted)" "$file" - >>"$diffs"; then
        unformatted+=("$file")
    fi
done
if ((${#unformatted[@]})); then
    # Lines of the files that the reformat removes or rewrites: every '-' line but each file's '---' header.
    changed=$(($(grep -c '^-' "$diffs" || true) - ${#unformatted[@]}))
    head -n 400 "$diffs"
    echo
    echo "format.sh: ${#unformatted[@]} of ${#files[@]} files are not formatted ($changed lines would change):"
    printf '  %s\n' "${unformatted[@]}"
    echo "Run scripts/format.sh --fix (or --fix FILE...) and commit the result."
    exit 1
fi
echo "format.sh: all ${#files[@]} files are formatted"
