#!/usr/bin/env bash
# Accuracy of a built quotereader-cli on every gold set at hand: the annotated sets of
# ../shared/corpus (zh-dev, en-dev, dev) and the fixture sets under tests/data that carry gold.
# For each set: quote precision, recall and F1, attribution and sections on its first half (the
# 1st, 3rd, 5th… *.gold.json in name order), its second half and the whole, scored by
# ../shared/tools/quote_eval.py; then how many quotes each attribution rule took and how many of
# them are right (scripts/rule_precision.py), so that a rule doing more harm than good shows.
# Last, the share of each article of the corpus set aside as noise, and the articles that may have
# been lost to it (scripts/noise_report.py).
# Builds nothing: build first (scripts/test.sh or cmake --build build).
#
#   scripts/accuracy.sh [--markdown] [CLI]
#
# CLI defaults to build/app/cli/quotereader-cli; --markdown prints the same figures as Markdown
# tables, for notes. QUOTEREADER_CORPUS chooses another corpus folder (default ../shared/corpus).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
markdown=0
cli=
for arg in "$@"; do
    case $arg in
    --markdown) markdown=1 ;;
    -h | --help)
        sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
        exit 0
        ;;
    -*)
        echo "accuracy.sh: unknown option $arg (try --help)" >&2
        exit 2
        ;;
    *)
        [[ -z $cli ]] || { echo "accuracy.sh: one CLI only, got $cli and $arg" >&2; exit 2; }
        cli=$arg
        ;;
    esac
done
cli=${cli:-$root/build/app/cli/quotereader-cli}
corpus=${QUOTEREADER_CORPUS:-$root/../shared/corpus}
scorer=$root/../shared/tools/quote_eval.py
if [[ ! -x $cli || -d $cli ]]; then
    echo "accuracy.sh: $cli: no such program; build it first (cmake --build build) or give its path" >&2
    exit 2
fi
cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
if [[ ! -f $scorer ]]; then
    echo "accuracy.sh: $scorer: the shared scorer is missing" >&2
    exit 2
fi

# Each article is extracted once; the scorers read the saved JSON through a `cat` command, so the
# halves and the rule table score the very same output.
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
run="cat $cache{file}.json"

# The articles of the gold files given, extracted into the cache (a refusal is reported here and
# scored by quote_eval as an extractor failure).
extract() {
    local gold article
    for gold in "$@"; do
        article=$(python3 -c 'import json, os, sys
gold = sys.argv[1]
print(os.path.join(os.path.dirname(os.path.abspath(gold)), json.load(open(gold, encoding="utf-8"))["article"]))' "$gold")
        mkdir -p "$cache$(dirname "$article")"
        local status=0
        "$cli" extract "$article" --format json >"$cache$article.json.part" 2>"$cache/stderr" || status=$?
        if ((status != 0)); then
            echo "accuracy.sh: $article: the CLI exited $status: $(tail -n 3 "$cache/stderr")" >&2
            rm -f "$cache$article.json.part"
            continue
        fi
        mv "$cache$article.json.part" "$cache$article.json"
    done
}

# One row of figures from quote_eval's summary line: "P R F1 attribution sections".
score() {
    local with_sections=$1
    shift
    local summary
    summary=$(python3 "$scorer" --quiet --run "$run" "$@" | tail -n 1)
    python3 - "$summary" "$with_sections" <<'EOF'
import sys
fields = dict(part.split("=", 1) for part in sys.argv[1].split() if "=" in part)
sections = fields["section_F1"] if sys.argv[2] == "1" else "n/a"
print(fields["quote_P"], fields["quote_R"], fields["quote_F1"], fields["attribution"], sections)
EOF
}

row() { # label articles P R F1 attribution sections
    if ((markdown)); then
        printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$@"
    else
        printf '  %-8s %8s %8s %8s %8s %12s %9s\n' "$@"
    fi
}

sets=()
for dir in "$corpus"/*/ "$root"/tests/data/*/; do
    compgen -G "$dir*.gold.json" >/dev/null && sets+=("${dir%/}")
done
if ((${#sets[@]} == 0)); then
    echo "accuracy.sh: no *.gold.json under $corpus or $root/tests/data" >&2
    exit 2
fi

for dir in "${sets[@]}"; do
    mapfile -t golds < <(LC_ALL=C ls "$dir"/*.gold.json)
    first=() second=()
    for i in "${!golds[@]}"; do
        if ((i % 2 == 0)); then first+=("${golds[i]}"); else second+=("${golds[i]}"); fi
    done
    with_sections=0
    grep -q '"sections"' "${golds[@]}" && with_sections=1
    extract "${golds[@]}"

    name=${dir#"$root"/} # relative to the worktree where it can be
    if ((markdown)); then
        printf '\n### %s\n\n' "$name"
        row part articles 'quote P' 'quote R' 'quote F1' attribution sections
        row --- ---: ---: ---: ---: ---: ---:
    else
        printf '\n%s\n' "$name"
        row part articles quote_P quote_R quote_F1 attribution sections
    fi
    # shellcheck disable=SC2046 # score prints five words, one per column
    row 'half 1' ${#first[@]} $(score $with_sections "${first[@]}")
    if ((${#second[@]})); then
        # shellcheck disable=SC2046
        row 'half 2' ${#second[@]} $(score $with_sections "${second[@]}")
    fi
    # shellcheck disable=SC2046
    row all ${#golds[@]} $(score $with_sections "${golds[@]}")

    echo
    rule_args=()
    ((markdown)) && rule_args+=(--markdown)
    python3 "$root/scripts/rule_precision.py" "${rule_args[@]}" --run "$run" "${golds[@]}" | sed "$( ((markdown)) || echo 's/^/  /')"
done

# Every article, gold or not: an article mostly set aside as noise (teasers, credits) may be lost.
noise_folders=()
for name in dev en-dev zh-dev zh-raw html-dev; do
    if [[ -d $corpus/$name ]]; then
        noise_folders+=("$corpus/$name")
    fi
done
if ((${#noise_folders[@]})); then
    if ((markdown)); then
        printf '\n### noise\n\n```\n'
        python3 "$root/scripts/noise_report.py" --cli "$cli" "${noise_folders[@]}"
        printf '```\n'
    else
        printf '\nnoise (share of each article set aside; articles over half listed)\n'
        python3 "$root/scripts/noise_report.py" --cli "$cli" "${noise_folders[@]}" | sed 's/^/  /'
    fi
fi
