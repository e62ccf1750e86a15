#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

// Jane Doe ― “…” / JANE DOE: “…”: a name alone, every word capitalised, before a dash or a colon.
Cue nameBefore(const Passage &p, int from, int to)
{
    const int mark = to - 1;
    if (mark <= from || !(p.isDash(mark) || p.isPunct(mark, u'\u2015') || p.isPunct(mark, u':'))) {
        return {};
    }
    for (int i = from; i < mark; ++i) {
        if (!p.isCap(i) || p.isFunction(i)) {
            return {};
        }
    }
    return mark - from > 4 ? Cue{} : nameBeforeMark(p, from, mark);
}

} // namespace

void NameColon::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Quotation, [&](int i) {
        const Site &site = reading.site(i);
        reading.attributeCue(i, nameBefore(reading.passageOf(i), site.beforeFrom, site.beforeTo), name());
    });
}

} // namespace QuoteReader::Attribution::English
