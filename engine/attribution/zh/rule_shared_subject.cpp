#include "attribution/zh/rules.h"

#include "attribution/zh/resolve.h"

namespace QuoteReader::Attribution::Zh {

bool SharedSubjectRule::takes(const Subject &subject) const
{
    return subject.inherited && (subject.kind == SubjectKind::Name || subject.kind == SubjectKind::Source);
}

int SharedSubjectRule::speakerFor(Reading &reading, const Subject &subject, qsizetype) const
{
    if (subject.kind == SubjectKind::Name) {
        return speakerForName(reading, subject);
    }
    const QString words = reading.view(subject.name).toString();
    const int known = reading.speakers.find(words);
    return known >= 0 ? known : reading.speakers.add(words, true);
}

} // namespace QuoteReader::Attribution::Zh
