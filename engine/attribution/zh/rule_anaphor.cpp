#include "attribution/zh/rules.h"

#include "attribution/zh/resolve.h"

namespace QuoteReader::Attribution::Zh {

bool AnaphorRule::takes(const Subject &subject) const
{
    return subject.kind == SubjectKind::Anaphor;
}

int AnaphorRule::speakerFor(Reading &reading, const Cue &, const Subject &subject, qsizetype pos) const
{
    return speakerForAnaphor(reading, subject, pos);
}

} // namespace QuoteReader::Attribution::Zh
