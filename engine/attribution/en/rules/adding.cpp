#include "attribution/en/clauses.h"
#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

void Adding::apply(Context &context) const
{
    Reading &reading = english(context);
    const int count = int(reading.candidates.size());
    for (int i = reading.firstCandidate(); i < count; ++i) {
        const Site site = reading.site(i);
        const Candidate &quote = reading.candidates.at(i);
        if (site.kind != Site::Quotation || site.cueEnd < 0 || quote.cue < 0 || quote.dropped) {
            continue;
        }
        const Passage &p = reading.passageOf(i);
        const auto [first, last] = reading.readOf(i).units.at(site.unit);
        const int a = site.cueEnd + 1;
        if (!p.isComma(a) || !p.isWord(a + 1) || !p.verbAt(a + 1, true) || !p.lw(a + 1).endsWith(u"ing")) {
            continue;
        }
        const int n = p.verbAt(a + 1, true);
        const int start = clauseStart(p, a + 1 + n, lastContentToken(p, first, last), false);
        if (start < 0 || start > last) {
            continue;
        }
        const int end = lastContentToken(p, start, site.afterTo - 1);
        if (end < start + 2) {
            continue;
        }
        Cue cue = reading.cues.at(quote.cue);
        cue.verb = a + 1;
        cue.verbLen = n;
        Candidate clause;
        clause.kind = QuoteKind::Indirect;
        clause.paragraph = quote.paragraph;
        clause.range = reading.trimmedQuote(p.tok.at(start).start, p.tok.at(end).end);
        Site clauseSite = site;
        clauseSite.kind = Site::Sentence;
        clauseSite.span = -1;
        reading.attributeCue(reading.addCandidate(clause, clauseSite), cue, name());
    }
}

} // namespace QuoteReader::Attribution::English
