#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

// The last speaker carries on only while the article is still with them.
constexpr int kCarryParagraphs = 2;

} // namespace

void UncuedContinuation::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Quotation, [&](int i) {
        const Site &site = reading.site(i);
        if (!site.standalone) {
            return;
        }
        const int before = reading.previousAttributed(i);
        if (before < 0) {
            return;
        }
        const Candidate &last = reading.candidates.at(before);
        Candidate &c = reading.candidates[i];
        // A piece of a quotation over paragraphs goes on with the quote its quotation opened in;
        // within a sentence the speaker is the last one; a quotation of its own needs the last
        // speaker close, and not an interview's.
        const bool carried = site.piece ? last.quotation == c.quotation
                                              || last.range.contains(reading.quotations.at(c.quotation).inner.start)
                                        : site.order > 0
                                              || (last.rule != u"transcript"
                                                  && c.paragraph - last.paragraph <= kCarryParagraphs);
        if (carried) {
            reading.attribute(c, last.speaker, name());
        }
    });
}

} // namespace QuoteReader::Attribution::English
