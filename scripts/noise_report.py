#!/usr/bin/env python3
"""How much of each article quotereader-cli sets aside as noise, and which articles it may have lost.

    noise_report.py [--cli build/app/cli/quotereader-cli] [--jobs 2] [--list 0.5] [FOLDER...]

Without folders: every article of ../shared/corpus (dev, en-dev, zh-dev, zh-raw; html-dev apart).
For each article, noise share = characters of noise (captions, bylines, teasers, boilerplate,
navigation, comments; garbled text stays in the article and does not count) / characters of the
article's text plus its noise, from `--format json` (noise) and `--format article` (the article
as the reader shows it). Prints one line per folder and lists every article with more than
--list of its text in noise, or with no article text at all. On saved web pages most of a page is
menus and teasers, so their share says little; it is shown on its own line and not listed.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "corpus"))
SUFFIXES = (".txt", ".md", ".html", ".htm")


def articles(folder):
    return sorted(os.path.join(folder, name) for name in os.listdir(folder)
                  if name.endswith(SUFFIXES) and not name.endswith(".gold.json"))


def measure(cli, path):
    run = lambda fmt: subprocess.run([cli, "extract", path, "--format", fmt], capture_output=True, timeout=300)
    doc = run("json")
    text = run("article")
    if doc.returncode != 0 or text.returncode != 0:
        return path, None, (doc.stderr or text.stderr).decode("utf-8", "replace").strip()
    noise = sum(len(n["text"]) for n in json.loads(doc.stdout)["noise"] if n["kind"] != "garbled")
    article = len(text.stdout.decode("utf-8").replace("\n", ""))
    total = noise + article
    return path, (noise / total if total else 1.0, article), None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--cli", default=os.path.join(HERE, "..", "build", "app", "cli", "quotereader-cli"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--list", type=float, default=0.5, help="list articles with more than this share in noise")
    args = ap.parse_args()
    folders = args.folders or [os.path.join(CORPUS, name) for name in ("dev", "en-dev", "zh-dev", "zh-raw", "html-dev")]

    listed, everything = [], []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for folder in folders:
            results = list(pool.map(lambda p: measure(args.cli, p), articles(folder)))
            shares = [r[1][0] for r in results if r[1]]
            web = any(r[0].endswith((".html", ".htm")) for r in results)
            failed = [r for r in results if not r[1]]
            over = [r for r in results if r[1] and (r[1][0] > args.list or r[1][1] == 0)]
            mean = sum(shares) / len(shares) if shares else 0.0
            print(f"{os.path.basename(folder.rstrip('/')):10} articles={len(results):4} noise share: "
                  f"mean={mean:.3f} max={max(shares, default=0.0):.3f} over {args.list:.0%}={len(over)}"
                  f" failed={len(failed)}" + ("  (web pages: menus and teasers are noise)" if web else ""))
            for path, _, error in failed:
                print(f"  failed {path}: {error}")
            if not web:
                listed += over
                everything += results
    for path, (share, article), _ in listed:
        print(f"  {share:.0%} noise, {article} characters of article: {os.path.relpath(path, CORPUS)}")
    text = [r for r in everything if r[1]]
    lost = len(listed)
    print(f"articles (web pages apart)={len(text)} over {args.list:.0%} noise={lost} ({lost / len(text) if text else 0:.1%})")


if __name__ == "__main__":
    main()
