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
        // Within a sentence, or over paragraphs inside one quotation, the speaker is the last one;
        // a quotation of its own needs the last speaker close, and not an interview's.
        const bool sameStretch = site.order > 0 || site.piece;
        if (sameStretch
            || (last.rule != u"transcript" && c.paragraph - last.paragraph <= kCarryParagraphs)) {
            reading.attribute(c, last.speaker, name());
        }
    });
}

} // namespace QuoteReader::Attribution::English
