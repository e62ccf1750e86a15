#include "attribution/en/cues.h"

#include "attribution/en/clauses.h"

namespace QuoteReader::Attribution::English {

void takeWithCueAfter(Reading &reading, int candidate, const Cue &cue, QLatin1StringView rule)
{
    Site &site = reading.site(candidate);
    const Passage &p = reading.passageOf(candidate);
    if (!site.leads && !site.piece && !cue.quotedOnly) {
        int from = site.beforeFrom;
        while (from < site.beforeTo && p.tok.at(from).kind == Tok::Punct) {
            ++from;
        }
        for (int v = from; v < site.beforeTo; ++v) {
            if (const int n = p.verbAt(v, true)) {
                const Mention m = subjectLeft(p, v, from);
                if (m.found() && m.first == from) {
                    const int c = clauseStart(p, v + n, site.beforeTo - 1, false);
                    from = c >= 0 ? c : v + n;
                }
                break;
            }
        }
        if (from < site.beforeTo) {
            Candidate &c = reading.candidates[candidate];
            c.range = reading.trimmedQuote(p.tok.at(from).start, c.range.end);
        }
    }
    if (cue.runsTo >= 0) {
        Candidate &c = reading.candidates[candidate];
        c.range = reading.trimmedQuote(c.range.start, p.tok.at(cue.runsTo).end);
    }
    site.cueEnd = cue.end;
    reading.attributeCue(candidate, cue, rule);
}

} // namespace QuoteReader::Attribution::English
