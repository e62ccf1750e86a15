#include "attribution/zh/rules.h"

#include "attribution/zh/resolve.h"

namespace QuoteReader::Attribution::Zh {

bool SharedSubjectRule::takes(const Subject &subject) const
{
    return subject.inherited && (subject.kind == SubjectKind::Name || subject.kind == SubjectKind::Source);
}

int SharedSubjectRule::speakerFor(Reading &reading, const Cue &cue, const Subject &subject, qsizetype) const
{
    return subject.kind == SubjectKind::Name ? speakerForName(reading, subject) : speakerForSource(reading, cue);
}

} // namespace QuoteReader::Attribution::Zh
