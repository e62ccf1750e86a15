#include "attribution/en/clauses.h"
#include "attribution/en/lexicons.h"
#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

// The cue after the sentence's last comma: ", said Smith.", ", Smith said on Monday." or ", as
// Smith has said." Only time and place words may follow it.
Cue cueAfterComma(const Passage &p, int c, int endTok)
{
    const Lexicons &L = lexicons();
    // ", as the mayor has said", ", as Smith put it": the cue may be introduced by "as".
    const int tail = p.isWord(c + 1) && p.lw(c + 1) == u"as" ? c + 2 : c + 1;
    if (const int n = p.verbAt(tail, true)) {
        const Mention m = subjectRight(p, tail + n, endTok + 1);
        if (m.found() && m.last >= endTok - 1) {
            return Cue{tail, n, endTok, m};
        }
    }
    for (int v = tail + 1; v <= endTok && v - tail < 12; ++v) {
        const int n = p.verbAt(v, true);
        if (!n) {
            continue;
        }
        const Mention m = subjectLeft(p, v, tail);
        // "…, the Tax Foundation said": an organisation's name may keep its article.
        const bool named = m.kind == MentionKind::Name && m.first == tail + 1 && p.lw(tail) == u"the";
        if (!m.found() || (m.first != tail && !named)) {
            return {};
        }
        for (int k = v + n; k <= endTok; ++k) {
            const bool light = p.isWord(k)
                               && (L.timeWords.contains(p.w(k)) || L.timeWords.contains(p.lw(k)) || p.isFunction(k)
                                   || p.isCap(k) || L.determiners.contains(p.lw(k)) || k - (v + n) < 4);
            if (!light) {
                return {};
            }
        }
        return endTok - (v + n) > 8 ? Cue{} : Cue{v, n, endTok, m};
    }
    return {};
}

bool openingPhrase(const Passage &p, int first, int last)
{
    if (!p.isWord(first) || !lexicons().settingPrepositions.contains(p.lw(first))) {
        return false;
    }
    for (int k = first + 1; k <= last; ++k) {
        if (p.isWord(k) && (isAuxiliary(p.lw(k)) || p.verbAt(k))) {
            return false;
        }
    }
    return true;
}

} // namespace

void ReportedBeforeCue::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpenSentence(reading, [&](const OpenSentence &sentence) {
        const auto &[i, p, first, last, endTok, sentenceFirst] = sentence;
        for (int c = endTok; c > first && endTok - c < 25; --c) {
            if (!p.isComma(c)) {
                continue;
            }
            // Only the last comma is read: a cue there makes the sentence before it the speaker's,
            // unless that is only the opening phrase of the cue's own sentence ("In her 2003 book,
            // Living History, Clinton noted …": a preposition and no verb).
            const Cue cue = cueAfterComma(p, c, endTok);
            if (cue.found() && !openingPhrase(p, first, c - 1)) {
                if (takeClause(reading, i, first, c - 1)) {
                    reading.attributeCue(i, cue, name());
                } else {
                    reading.candidates[i].dropped = true;
                }
            }
            return;
        }
    });
}

} // namespace QuoteReader::Attribution::English
