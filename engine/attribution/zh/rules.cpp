#include "attribution/zh/rules.h"

#include "attribution/zh/resolve.h"

namespace QuoteReader::Attribution::Zh {

void NamedSubjectRule::run(Reading &reading) const
{
    for (qsizetype i = 0; i < reading.candidates.size(); ++i) {
        Candidate &candidate = reading.candidates[i];
        if (candidate.attributed() || candidate.cue < 0) {
            continue;
        }
        const Cue &cue = reading.cues.at(candidate.cue);
        const bool named = cue.subject.kind == SubjectKind::Name || cue.subject.kind == SubjectKind::Source;
        if (!named || cue.subject.inherited || !takes(cue, reading.links.at(i))) {
            continue;
        }
        const int speaker = cue.subject.kind == SubjectKind::Name ? speakerForName(reading, cue.subject)
                                                                  : speakerForSource(reading, cue);
        reading.attribute(candidate, speaker, name());
    }
}

void ResolvingRule::run(Reading &reading) const
{
    // In text order, so that a pronoun sees the speakers resolved before it.
    for (qsizetype i = 0; i < reading.candidates.size(); ++i) {
        if (reading.candidates.at(i).attributed() || reading.candidates.at(i).cue < 0) {
            continue;
        }
        const Cue &cue = reading.cues.at(reading.candidates.at(i).cue);
        if (!takes(cue.subject)) {
            continue;
        }
        const int speaker = speakerFor(reading, cue, cue.subject, cue.subject.name.start);
        if (speaker >= 0) {
            reading.attribute(reading.candidates[i], speaker, name());
        }
    }
}

} // namespace QuoteReader::Attribution::Zh
