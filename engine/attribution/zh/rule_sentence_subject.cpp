#include "attribution/zh/rules.h"

#include "attribution/zh/resolve.h"
#include "textutil.h"

namespace QuoteReader::Attribution::Zh {

void SentenceSubjectRule::run(Reading &reading) const
{
    for (qsizetype i = 0; i < reading.candidates.size(); ++i) {
        const Candidate &candidate = reading.candidates.at(i);
        if (candidate.attributed() || candidate.cue >= 0 || candidate.quotation < 0) {
            continue;
        }
        const qsizetype open = reading.quotations.at(candidate.quotation).outer.start;
        const TextRange paragraph = reading.paragraphs.at(candidate.paragraph).range;
        qsizetype start = open;
        while (start > paragraph.start && !isFullStop(reading.text[start - 1])) {
            const int q = reading.quotationAt(start - 1);
            start = q >= 0 ? reading.quotations.at(q).outer.start : start - 1;
        }
        if (start == open) {
            continue; // the quotation opens its sentence: no one stands before it
        }
        const Subject head = reading.subjectAtHead(start, open, false);
        int speaker = -1;
        switch (head.kind) {
        case SubjectKind::Name:
            speaker = speakerForName(reading, head);
            break;
        case SubjectKind::ShortForm:
            speaker = speakerForShortForm(reading, head, head.name.start);
            break;
        case SubjectKind::Pronoun:
            speaker = speakerForPronoun(reading, head, head.name.start);
            break;
        default:
            break;
        }
        if (speaker >= 0) {
            Candidate &attributed = reading.candidates[i];
            attributed.subjectRange = head.range;
            reading.attribute(attributed, speaker, name());
        }
    }
}

} // namespace QuoteReader::Attribution::Zh
