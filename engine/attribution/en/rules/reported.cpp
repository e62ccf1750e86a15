#include "attribution/en/clauses.h"
#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

// Whether quoted words follow the verb at `v` closely in the sentence ending at `last`.
bool quotedWordsFollow(const Passage &p, int from, int v, int last)
{
    for (int k = from; k <= last && k - v < 25; ++k) {
        if (p.tok.at(k).kind == Tok::Open) {
            return true;
        }
    }
    return false;
}

} // namespace

void Reported::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpenSentence(reading, [&](const OpenSentence &sentence) {
        const auto &[i, p, first, last, endTok] = sentence;
        for (int v = first; v <= endTok; ++v) {
            if (p.tok.at(v).kind == Tok::Open) {
                // no cue inside quoted words
                int k = v + 1;
                while (k <= last && p.tok.at(k).kind != Tok::Close) {
                    ++k;
                }
                v = k;
                continue;
            }
            int n = p.verbAt(v, true);
            bool quotedOnly = false;
            if (!n && (n = p.verbAt(v))) {
                // "called the plan “a disaster”": a verb that only attributes quoted words counts
                // when quoted words follow in the same sentence.
                quotedOnly = true;
                if (!quotedWordsFollow(p, v + n, v, last)) {
                    n = 0;
                }
            }
            if (!n) {
                continue;
            }
            const Mention m = subjectLeft(p, v, first);
            if (!m.found()) {
                continue;
            }
            const QStringView verb = p.lw(v);
            const int start = clauseStart(p, v + n, endTok, verb.startsWith(u"tel") || verb == u"told");
            if (start < 0 || start > endTok || wordCount(p, start, endTok) < 3) {
                continue;
            }
            // Such a verb attributes the quoted words and what leads to them, not the rest of the
            // sentence ("called the plan “a disaster” during a visit on Monday").
            int end = last;
            for (int k = last; quotedOnly && k > start; --k) {
                if (p.tok.at(k).kind == Tok::Close) {
                    end = k;
                    break;
                }
            }
            // The cue is found: the sentence is its clause, or nobody's if that is too short.
            if (takeClause(reading, i, start, end)) {
                reading.attributeCue(i, Cue{v, n, v + n - 1, m}, name());
            } else {
                reading.candidates[i].dropped = true;
            }
            return;
        }
    });
}

} // namespace QuoteReader::Attribution::English
