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

// “said that “race still matters” in America, including …”: quoted words after "that" that the
// sentence goes on from are part of a reported clause, which the reported-speech rule takes whole.
bool insideReportedClause(const Passage &p, const Site &site)
{
    int before = site.beforeTo - 1;
    if (p.isComma(before)) {
        --before;
    }
    return before >= site.beforeFrom && p.isWord(before) && p.lw(before) == u"that" && site.afterFrom < site.afterTo
           && p.isWord(site.afterFrom) && !p.verbAt(site.afterFrom);
}

} // namespace

void CueBefore::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Quotation, [&](int i) {
        const Site &site = reading.site(i);
        const Passage &p = reading.passageOf(i);
        if (!insideReportedClause(p, site)) {
            reading.attributeCue(i, cueBefore(p, site.beforeFrom, site.beforeTo), name());
        }
    });
}

} // namespace QuoteReader::Attribution::English
