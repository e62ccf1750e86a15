#!/usr/bin/env python3
"""Rewrites the articles and gold files of tests/data/heldout_zh from the markup in articles_*.py.

    python3 tests/data/heldout_zh/source/build_all.py tests/data/heldout_zh
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import build  # noqa: E402
import articles_hant  # noqa: E402
import articles_hans  # noqa: E402

out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name, lang, roles, enc, src in articles_hant.A + articles_hans.A:
    build(name, lang, roles, src, out, encoding=enc, html=name.endswith(".html"))
