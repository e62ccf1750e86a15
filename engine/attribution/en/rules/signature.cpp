#include "attribution/en/cues.h"
#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

namespace {

// "…" ― Jane Roe: a name after a dash ends the sentence, as in collections of readers' comments;
// the name may carry an apposition ("Jane Roe, 25").
Cue signatureAfter(const Passage &p, int from, int to)
{
    int name = from;
    while (name < to && p.tok.at(name).kind == Tok::Punct && !p.isPunct(name, u'.')) {
        ++name;
    }
    if (name >= to) {
        return {};
    }
    int dash = -1;
    for (int k = from; k < name; ++k) {
        if (p.isDash(k) || p.isPunct(k, u'\u2015')) {
            dash = k;
        }
    }
    if (dash < 0 || !p.isCap(name)) {
        return {};
    }
    Cue cue;
    cue.mention = subjectRight(p, name, to);
    if (cue.mention.kind != MentionKind::Name || cue.mention.nameTokens.size() > 5) {
        return {};
    }
    for (int k = cue.mention.last + 1; k < to; ++k) {
        if (p.tok.at(k).kind != Tok::Punct) {
            return {};
        }
    }
    cue.verb = dash;
    cue.verbLen = 1;
    cue.end = cue.mention.last;
    return cue;
}

} // namespace

void Signature::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Quotation, [&](int i) {
        const Site &site = reading.site(i);
        const Cue cue = signatureAfter(reading.passageOf(i), site.afterFrom, site.afterTo);
        if (cue.found()) {
            takeWithCueAfter(reading, i, cue, name());
        }
    });
}

} // namespace QuoteReader::Attribution::English
