#!/usr/bin/env python3
"""Per-rule precision of quotereader-cli against gold: how many quotes each attribution rule
gave, and how many of them are right by the measure of shared/tools/quote_eval.py (a quote is
right when at least half of its characters, outside the gold's optional spans, lie in gold quotes
of the speaker it was given). Quotes lying wholly in optional text are counted apart.

    rule_precision.py [--markdown] --run 'build/app/cli/quotereader-cli extract {file} --format json' GOLD.json...
"""
import argparse
import collections
import json
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "tools"))
from quote_eval import Locator, norm, read_article, same_speaker  # noqa: E402


def judge(gold, pred, article):
    """(rule, verdict) for each predicted quote: verdict is 'right', 'wrong' or 'optional'."""
    text = norm(article)
    optional = [False] * len(text)
    placer = Locator(text, article)
    for item in gold.get("optional", []):
        span = placer.place(item)
        if span:
            for i in range(*span):
                optional[i] = True
    speakers = [None] * len(text)
    placer = Locator(text, article)
    for quote in gold["quotes"]:
        span = placer.place(quote)
        if not span:
            continue
        names = (quote["speaker"], *quote.get("aliases", [])) if quote["speaker"] else None
        for i in range(*span):
            speakers[i] = names
            optional[i] = False
    finder = Locator(text)
    for quote in pred.get("quotes", []):
        rule = quote.get("rule") or "-"
        span = finder.find(norm(quote.get("text", "")))
        if span is None:
            yield rule, "wrong"
            continue
        counted = [i for i in range(*span) if not optional[i]]
        if not counted:
            yield rule, "optional"
            continue
        speaker = quote.get("speaker")
        agree = sum(1 for i in counted
                    if speakers[i] and speaker and any(same_speaker(name, speaker) for name in speakers[i]))
        yield rule, "right" if agree * 2 >= len(counted) else "wrong"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--run", required=True, help="command template; {file} is the article path; prints JSON")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args()
    counts = collections.defaultdict(collections.Counter)
    for path in args.gold:
        gold = json.load(open(path, encoding="utf-8"))
        article_path = os.path.join(os.path.dirname(os.path.abspath(path)), gold["article"])
        command = [part.replace("{file}", article_path) for part in shlex.split(args.run)]
        result = subprocess.run(command, capture_output=True, timeout=120)
        try:
            pred = json.loads(result.stdout.decode("utf-8")) if result.returncode == 0 else {}
        except ValueError:
            pred = {}
        for rule, verdict in judge(gold, pred, read_article(article_path, gold.get("encoding"))):
            counts[rule][verdict] += 1
    rows = []
    for rule, c in sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0])):
        judged = c["right"] + c["wrong"]
        precision = f"{c['right'] / judged:.3f}" if judged else "-"
        rows.append((rule, sum(c.values()), c["right"], c["wrong"], c["optional"], precision))
    header = ("rule", "quotes", "right", "wrong", "optional", "precision")
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for row in rows:
            print("| " + " | ".join(str(cell) for cell in row) + " |")
        return
    print(f"{header[0]:<22} {header[1]:>6} {header[2]:>6} {header[3]:>6} {header[4]:>8} {header[5]:>9}")
    for rule, quotes, right, wrong, optional, precision in rows:
        print(f"{rule:<22} {quotes:>6} {right:>6} {wrong:>6} {optional:>8} {precision:>9}")


if __name__ == "__main__":
    main()
