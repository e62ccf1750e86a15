#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

// A speech verb close before the quotation, with only light material between them: a colon or a
// comma ("told reporters, “…”"), or "that".
Cue cueBefore(const Passage &p, int from, int to)
{
    for (int v = to - 1; v >= from && to - v < 10; --v) {
        const int n = p.verbAt(v);
        if (!n) {
            continue;
        }
        const int gap = to - (v + n);
        const bool colon = to - 1 >= from && (p.isPunct(to - 1, u':') || p.isComma(to - 1));
        if (gap > 0 && !colon && !(gap == 1 && p.lw(to - 1) == u"that")) {
            return {};
        }
        Cue cue;
        cue.mention = subjectLeft(p, v, from);
        if (!cue.mention.found()) {
            cue.mention = subjectRight(p, v + n, to); // "said Smith:" with the speaker after the verb
            if (!cue.mention.found()) {
                return {};
            }
        }
        cue.verb = v;
        cue.verbLen = n;
        cue.end = v + n - 1;
        return cue;
    }
    return {};
}

} // namespace

void CueBefore::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Quotation, [&](int i) {
        const Site &site = reading.site(i);
        reading.attributeCue(i, cueBefore(reading.passageOf(i), site.beforeFrom, site.beforeTo), name());
    });
}

} // namespace QuoteReader::Attribution::English
