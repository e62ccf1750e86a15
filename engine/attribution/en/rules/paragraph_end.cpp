#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

void ParagraphEnd::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Quotation, [&](int i) {
        const Site &site = reading.site(i);
        const ReadParagraph &read = reading.readOf(i);
        if (!site.standalone || site.piece || site.unit != 0 || read.spans.at(site.span).open != 0) {
            return;
        }
        const ReadParagraph *before = reading.previousRead(site.read);
        if (before && before->closingSubject.found() && !reading.previousParagraphQuoted(site.read)) {
            reading.attribute(reading.candidates[i], reading.resolve(*before, before->closingSubject), name());
        }
    });
}

} // namespace QuoteReader::Attribution::English
