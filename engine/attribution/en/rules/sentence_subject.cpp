#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

void SentenceSubject::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Quotation, [&](int i) {
        const Site &site = reading.site(i);
        if (!site.standalone || site.piece || site.order > 0 || site.unit == 0
            || reading.quoted(site.read, site.unit - 1)) {
            return;
        }
        const ReadParagraph &read = reading.readOf(i);
        const auto [first, last] = read.units.at(site.unit - 1);
        const Mention m = sentenceSubject(read.passage, first, last + 1);
        if (m.kind == MentionKind::Name) {
            reading.attribute(reading.candidates[i], reading.resolve(read, m), name());
        }
    });
}

} // namespace QuoteReader::Attribution::English
