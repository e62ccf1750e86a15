#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

void ContinuedQuotation::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Quotation, [&](int i) {
        Candidate &c = reading.candidates[i];
        const Quotation &q = reading.quotations.at(c.quotation);
        if (q.paragraph == q.lastParagraph) {
            return;
        }
        // The speaker of the last piece that has a cue of its own, else the piece before this one.
        int cued = -1;
        int before = -1;
        for (int j = reading.firstCandidate(); j < reading.candidates.size(); ++j) {
            const Candidate &other = reading.candidates.at(j);
            if (j == i || other.quotation != c.quotation || !other.attributed() || other.dropped) {
                continue;
            }
            if (other.cue >= 0) {
                cued = j;
            } else if (other.range.start < c.range.start) {
                before = j;
            }
        }
        if (cued >= 0 || (before >= 0 && reading.site(i).piece)) {
            reading.attribute(c, reading.candidates.at(cued >= 0 ? cued : before).speaker, name());
        }
    });
}

} // namespace QuoteReader::Attribution::English
