#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

void attributeToIntroduction(Reading &reading, int candidate, QLatin1StringView rule)
{
    const ReadParagraph *before = reading.previousRead(reading.site(candidate).read);
    if (before && before->introduction.found()) {
        const int speaker = reading.resolve(*before, before->introduction);
        if (speaker >= 0) {
            reading.attribute(reading.candidates[candidate], speaker, rule);
        }
    }
}

} // namespace

void Introduction::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Quotation, [&](int i) {
        const Site &site = reading.site(i);
        const ReadParagraph &read = reading.readOf(i);
        if (site.standalone && !site.piece && read.spans.at(site.span).open == 0) {
            attributeToIntroduction(reading, i, name());
        }
    });
    forEachOpen(reading, Site::Block, [&](int i) { attributeToIntroduction(reading, i, name()); });
}

} // namespace QuoteReader::Attribution::English
