#include "attribution/en/clauses.h"
#include "attribution/en/lexicons.h"
#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

// A headline's speech verb is in the present, and every word of it may be capitalised: the
// speaker is the run of words right before the verb, the report the words on its other side.
Cue headlineCue(const Passage &p, int endTok, int &from, int &to)
{
    for (int v = 1; v <= endTok; ++v) {
        // Capitalised, the verb is read by its flags: verbAt() takes a capitalised word inside a
        // sentence for part of a name.
        const int n = 1;
        if ((p.flags(v) & (Lexicons::Verb | Lexicons::ThirdPerson)) != (Lexicons::Verb | Lexicons::ThirdPerson)) {
            continue;
        }
        if (v == endTok) {
            // "Plan Will Fail, Smith Says"
            int c = v - 1;
            while (c > 0 && !p.isComma(c)) {
                --c;
            }
            const Mention m = c > 0 ? subjectRight(p, c + 1, v) : Mention{};
            if (m.found() && m.last == v - 1) {
                from = 0;
                to = c - 1;
                return Cue{v, n, v, m};
            }
            continue;
        }
        // "Smith Says Plan Will Fail"
        const Mention m = subjectRight(p, 0, v);
        if (m.found() && m.first == 0 && m.last == v - 1) {
            from = v + n;
            to = endTok;
            return Cue{v, n, v, m};
        }
    }
    return {};
}

} // namespace

void Headline::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Headline, [&](int i) {
        const Passage &p = reading.passageOf(i);
        int from = 0;
        int to = -1;
        const Cue cue = headlineCue(p, lastContentToken(p, 0, p.size() - 1), from, to);
        if (cue.found() && takeClause(reading, i, from, to)) {
            reading.attributeCue(i, cue, name());
        } else {
            reading.candidates[i].dropped = true;
        }
    });
}

} // namespace QuoteReader::Attribution::English
