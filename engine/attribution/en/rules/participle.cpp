#include "attribution/en/clauses.h"
#include "attribution/en/lexicons.h"
#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

// The pronoun or name opening the sentence, before the comma at `c`.
Mention openingSubject(const Passage &p, int first, int c)
{
    Mention m;
    if (p.isWord(first) && lexicons().pronouns.contains(p.lw(first))) {
        m.kind = MentionKind::Pronoun;
        m.phrase = p.lw(first).toString();
        m.first = m.last = first;
    } else if (p.isCap(first) && !p.isFunction(first)) {
        int e = first;
        while (e + 1 < c && p.isCap(e + 1) && !p.isFunction(e + 1)) {
            ++e;
        }
        if (fillName(p, first, e, m)) {
            m.kind = MentionKind::Name;
            m.first = first;
            m.last = e;
        }
    }
    return m;
}

} // namespace

void Participle::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpenSentence(reading, [&](const OpenSentence &sentence) {
        const auto &[i, p, first, last, endTok, sentenceFirst] = sentence;
        for (int c = first + 2; c < endTok - 2; ++c) {
            if (!p.isComma(c) || !p.verbAt(c + 1, true) || !p.lw(c + 1).endsWith(u"ing")) {
                continue;
            }
            const int n = p.verbAt(c + 1, true);
            const Mention m = openingSubject(p, first, c);
            const int start = m.found() ? clauseStart(p, c + 1 + n, endTok, false) : -1;
            if (start < 0 || start > endTok) {
                return;
            }
            if (takeClause(reading, i, start, last)) {
                reading.attributeCue(i, Cue{c + 1, n, c + n, m}, name());
            } else {
                reading.candidates[i].dropped = true;
            }
            return;
        }
    });
}

} // namespace QuoteReader::Attribution::English
