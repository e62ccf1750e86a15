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

// The closing mark ending what a verb of quoted words attributes, from `start` on.
int quotedEnd(const Passage &p, int start, int last)
{
    int first = -1;
    int lastClose = -1;
    for (int k = start; k <= last; ++k) {
        if (p.tok.at(k).kind == Tok::Close) {
            first = first < 0 ? k : first;
            lastClose = k;
        }
    }
    for (int k = lastClose + 1; lastClose >= 0 && k <= last; ++k) {
        const QStringView before = p.isWord(k - 1) ? p.lw(k - 1) : QStringView();
        if (p.isWord(k) && isAuxiliary(p.lw(k)) && before != u"who" && before != u"which" && before != u"that") {
            return first;
        }
    }
    return lastClose >= 0 ? lastClose : last;
}

} // namespace

void Reported::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpenSentence(reading, [&](const OpenSentence &sentence) {
        const auto &[i, p, first, last, endTok, sentenceFirst] = sentence;
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
            const Mention m = subjectLeft(p, v, sentenceFirst);
            if (!m.found()) {
                continue;
            }
            const QStringView verb = p.lw(v);
            const int start = clauseStart(p, v + n, endTok, verb.startsWith(u"tel") || verb == u"told");
            if (start < 0 || start > endTok || wordCount(p, start, endTok) < 3) {
                continue;
            }
            // Such a verb attributes the quoted words and what leads to them, not the rest of the
            // sentence ("called the plan “a disaster” during a visit on Monday"): up to the last
            // quotation, or the first where a verb after them starts a clause of its own ("called
            // it a “success” and the so-called “summer of music” will go on").
            const int end = quotedOnly ? quotedEnd(p, start, last) : last;
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
