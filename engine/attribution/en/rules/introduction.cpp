#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

void Introduction::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Quotation, [&](int i) {
        const Site &site = reading.site(i);
        const ReadParagraph &read = reading.readOf(i);
        if (!site.standalone || site.piece || read.spans.at(site.span).open != 0) {
            return;
        }
        const ReadParagraph *before = reading.previousRead(site.read);
        if (before && before->introduction.found()) {
            const int speaker = reading.resolve(*before, before->introduction);
            if (speaker >= 0) {
                reading.attribute(reading.candidates[i], speaker, name());
            }
        }
    });
}

} // namespace QuoteReader::Attribution::English
