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
        // The speaker of the last piece that has a cue of its own.
        int cued = -1;
        for (int j = reading.firstCandidate(); j < reading.candidates.size(); ++j) {
            const Candidate &other = reading.candidates.at(j);
            if (j != i && other.quotation == c.quotation && other.attributed() && !other.dropped && other.cue >= 0) {
                cued = j;
            }
        }
        if (cued >= 0) {
            reading.attribute(c, reading.candidates.at(cued).speaker, name());
        }
    });
}

} // namespace QuoteReader::Attribution::English
