#!/bin/bash
# Cuts small seed corpora for the fuzz targets from the shared corpus and the test fixtures into
# OUT_DIR (a build directory): nothing of the articles is committed with the fuzzers.
# usage: make_seeds.sh SOURCE_DIR SHARED_DIR OUT_DIR
set -eu
src=$1 shared=$2 out=$3
rm -rf "$out"
mkdir -p "$out/pipeline" "$out/cleaner" "$out/themes"

# One seed: a format byte (0 txt, 1 html, 2 md, as fuzz_pipeline reads it), then a slice of the file.
seed() { # target prefix-byte file offset length
    local name
    name=$(basename "$3" | tr -c 'A-Za-z0-9._-' _)-$4
    { printf "\\x$(printf %02x "$2")"; tail -c +$(($4 + 1)) "$3" | head -c "$5"; } > "$out/$1/$name"
}
format_byte() {
    case $1 in *.html|*.htm) echo 1 ;; *.md) echo 2 ;; *) echo 0 ;; esac
}

n=0
files=()
while IFS= read -r -d '' f; do files+=("$f"); done < <(
    find "$shared/corpus" "$src/tests/data" -type f \
        \( -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.md' \) \
        ! -name README.md ! -path '*/fuzz_regressions/*' -print0 | sort -z)
for f in "${files[@]}"; do
    n=$((n + 1))
    # Every fixture whole but small; every third corpus article, a head and a middle slice.
    case $f in "$shared"/*) ((n % 3 == 0)) || continue ;; esac
    size=$(stat -c %s "$f")
    fb=$(format_byte "$f")
    seed pipeline "$fb" "$f" 0 4096
    seed cleaner 0 "$f" 0 2048
    if ((size > 8192)); then
        seed pipeline "$fb" "$f" $((size / 2)) 4096
    fi
done
# Encoded fixtures (GB18030, Big5, UTF-16...) are the loader's hardest inputs: each as plain text.
if [ -d "$src/tests/data/loader/encoded" ]; then
    for f in "$src"/tests/data/loader/encoded/*; do
        [ -f "$f" ] && seed pipeline 0 "$f" 0 4096
        [ -f "$f" ] && seed cleaner 1 "$f" 0 2048
    done
fi
for f in "$src"/tests/data/themes/*.json; do
    cp "$f" "$out/themes/"
done
echo "seeds: $(ls "$out/pipeline" | wc -l) pipeline, $(ls "$out/cleaner" | wc -l) cleaner, $(ls "$out/themes" | wc -l) themes"
