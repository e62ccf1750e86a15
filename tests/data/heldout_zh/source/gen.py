#!/usr/bin/env python3
"""Builds the held-out Chinese articles and their gold from inline markup.

Markup (never written to the articles):
  ⟦d SPEAKER|CUE|TEXT⟧  direct quote (quotation marks stay outside the tag)
  ⟦i SPEAKER|CUE|TEXT⟧  reported speech
  ⟦x TEXT⟧  scare quote / title (not a quote)      ⟦o TEXT⟧  optional span
  ⟦n TEXT⟧  noise line                              ⟦s TEXT⟧  section heading
  ⟦p「⟧ / ⟦p“⟧  paragraph break inside a running quotation (new paragraph opens with the mark)
"""
import json, os, re, sys

TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
GLOSS = re.compile(r"\(([a-zü]*[" + TONE + r"][a-zü]*)\)")

def degloss(s):
    return GLOSS.sub("", s)

class Doc:
    def __init__(self):
        self.quotes, self.nots, self.opts, self.noise, self.sections = [], [], [], [], []

def parse(src, i, doc, out_art, out_gold, stop=False):
    while i < len(src):
        c = src[i]
        if c == "⟧":
            if stop:
                return i + 1
            raise ValueError("unbalanced ⟧ at %d" % i)
        if c != "⟦":
            out_art.append(c); out_gold.append(c); i += 1; continue
        tag = src[i + 1]
        if tag == "p":
            j = src.index("⟧", i)
            out_art.append("\n" + src[i + 2:j])
            i = j + 1
            continue
        i += 2
        if tag in "di":
            if src[i] != " ":
                raise ValueError("bad quote tag")
            bar1 = src.index("|", i); bar2 = src.index("|", bar1 + 1)
            speaker = src[i + 1:bar1]; cue = src[bar1 + 1:bar2]
            q = {"speaker": speaker, "kind": "direct" if tag == "d" else "indirect", "cue": cue, "text": None}
            doc.quotes.append(q)
            a, g = [], []
            i = parse(src, bar2 + 1, doc, a, g, True)
            q["text"] = degloss("".join(g)).strip()
            out_art.extend(a); out_gold.extend(g)
        else:
            if src[i] == " ":
                i += 1
            a, g = [], []
            i = parse(src, i, doc, a, g, True)
            text = degloss("".join(g)).strip()
            {"x": doc.nots, "o": doc.opts, "n": doc.noise, "s": doc.sections}[tag].append(text)
            out_art.extend(a); out_gold.extend(g)
    if stop:
        raise ValueError("unclosed ⟦")
    return i

def build(name, lang, roles, src, outdir, encoding=None, html=False):
    doc = Doc()
    art, gold = [], []
    parse(src.strip("\n") + "\n", 0, doc, art, gold)
    text = "".join(art)
    seen = []
    for q in doc.quotes:
        if q["speaker"] not in seen:
            seen.append(q["speaker"])
    missing = [s for s in seen if s not in roles]
    extra = [s for s in roles if s not in seen]
    if missing or extra:
        raise ValueError(f"{name}: roles missing {missing}, roles without quotes {extra}")
    g = {"article": name, "language": lang}
    if encoding:
        g["encoding"] = encoding
    g["speakers"] = [{"name": s, "role": roles[s]} for s in seen]
    g["sections"] = doc.sections
    g["noise"] = doc.noise
    g["quotes"] = doc.quotes
    g["optional"] = doc.opts
    g["not_quotes"] = list(dict.fromkeys(doc.nots))
    raw = text.encode(encoding or "utf-8")
    with open(os.path.join(outdir, name), "wb") as f:
        f.write(raw)
    stem = name.rsplit(".", 1)[0]
    with open(os.path.join(outdir, stem + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
    body = re.sub(r"<[^>]+>", "", text) if html else text
    print(f"{name}: {len(body.strip())} chars, {len(doc.quotes)} quotes, {len(seen)} speakers, "
          f"{len(doc.sections)} sections, {len(doc.noise)} noise, {len(doc.nots)} not_quotes, {len(doc.opts)} optional")

ARTICLES = []
def article(name, lang, roles, encoding=None, html=False):
    def deco(fn):
        ARTICLES.append((name, lang, roles, fn.__doc__, encoding, html))
        return fn
    return deco
