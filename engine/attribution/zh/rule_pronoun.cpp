#include "attribution/zh/rules.h"

#include "attribution/zh/resolve.h"

namespace QuoteReader::Attribution::Zh {

bool PronounRule::takes(const Subject &subject) const
{
    return subject.kind == SubjectKind::Pronoun;
}

int PronounRule::speakerFor(Reading &reading, const Cue &, const Subject &subject, qsizetype pos) const
{
    return speakerForPronoun(reading, subject, pos);
}

} // namespace QuoteReader::Attribution::Zh
