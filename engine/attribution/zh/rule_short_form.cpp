#include "attribution/zh/rules.h"

#include "attribution/zh/resolve.h"

namespace QuoteReader::Attribution::Zh {

bool ShortFormRule::takes(const Subject &subject) const
{
    return subject.kind == SubjectKind::ShortForm;
}

int ShortFormRule::speakerFor(Reading &reading, const Cue &, const Subject &subject, qsizetype pos) const
{
    return speakerForShortForm(reading, subject, pos);
}

} // namespace QuoteReader::Attribution::Zh
