#include "attribution/en/clauses.h"
#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

Cue sourceCue(int phrase, int n, const Mention &m, int end)
{
    Cue cue;
    cue.verb = phrase;
    cue.verbLen = n;
    cue.end = end;
    cue.mention = m;
    return cue;
}

// According to X: “…”. A speech verb between the source and the quotation is the quotation's
// cue instead ("according to their lawyers, and said they came away with “…”").
Cue beforeQuotation(const Passage &p, int from, int to)
{
    for (int a = from; a < to; ++a) {
        if (const int n = p.sourcePhraseAt(a)) {
            const Mention m = subjectRight(p, a + n, to);
            if (!m.found()) {
                continue;
            }
            for (int k = m.last + 1; k < to; ++k) {
                if (p.verbAt(k)) {
                    return {};
                }
            }
            return sourceCue(a, n, m, m.last);
        }
    }
    return {};
}

// According to X, CLAUSE.   /   CLAUSE, according to X.
void inSentence(Reading &reading, const OpenSentence &sentence, QLatin1StringView rule)
{
    const auto &[candidate, p, first, last, endTok, sentenceFirst] = sentence;
    for (int a = first; a <= endTok; ++a) {
        if (p.tok.at(a).kind == Tok::Open) {
            // "… “reports 987 subsidiaries, according to its own website”": the speaker's source
            while (a < last && p.tok.at(a).kind != Tok::Close) {
                ++a;
            }
            continue;
        }
        const int n = p.sourcePhraseAt(a);
        if (!n) {
            continue;
        }
        int from = -1;
        int to = -1;
        Cue cue;
        if (a == first || (a == first + 1 && p.isFunction(first))) {
            int c = a + n;
            while (c <= endTok && !p.isComma(c) && c - a < 20) {
                ++c;
            }
            const Mention m = subjectRight(p, a + n, c, true);
            if (!m.found() || !p.isComma(c)) {
                continue;
            }
            cue = sourceCue(a, n, m, c);
            from = c + 1;
            to = last;
        } else if (p.isComma(a - 1)) {
            const Mention m = subjectRight(p, a + n, endTok + 1, true);
            if (!m.found()) {
                continue;
            }
            cue = sourceCue(a, n, m, endTok);
            from = first;
            to = a - 2;
        } else {
            continue;
        }
        // The source is found: the sentence is its words, or nobody's if they are too few.
        if (takeClause(reading, candidate, from, to)) {
            reading.attributeCue(candidate, cue, rule);
        } else {
            reading.candidates[candidate].dropped = true;
        }
        return;
    }
}

} // namespace

void AccordingTo::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Quotation, [&](int i) {
        const Site &site = reading.site(i);
        reading.attributeCue(i, beforeQuotation(reading.passageOf(i), site.beforeFrom, site.beforeTo), name());
    });
    forEachOpenSentence(reading, [&](const OpenSentence &sentence) { inSentence(reading, sentence, name()); });
}

} // namespace QuoteReader::Attribution::English
