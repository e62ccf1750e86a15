#include "attribution/en/rules.h"

#include <algorithm>

namespace QuoteReader::Attribution::English {

void Pronoun::apply(Context &context) const
{
    Reading &reading = english(context);
    // In text order: each pronoun looks back at the speakers the ones before it were resolved to.
    QList<int> waiting;
    for (int i = reading.firstCandidate(); i < reading.candidates.size(); ++i) {
        const Candidate &c = reading.candidates.at(i);
        if (!c.attributed() && !c.dropped && c.cue >= 0
            && reading.cues.at(c.cue).mention.kind == MentionKind::Pronoun) {
            waiting.append(i);
        }
    }
    std::stable_sort(waiting.begin(), waiting.end(), [&](int a, int b) {
        return reading.candidates.at(a).subjectRange.start < reading.candidates.at(b).subjectRange.start;
    });
    for (const int i : std::as_const(waiting)) {
        Candidate &c = reading.candidates[i];
        const Mention &pronoun = reading.cues.at(c.cue).mention;
        const int speaker = reading.people.pronoun(pronoun.phrase.toLower(), c.subjectRange.start,
                                                   reading.paragraphs.at(c.paragraph).range.end);
        if (speaker >= 0) {
            reading.attribute(c, speaker, name());
        }
    }
}

} // namespace QuoteReader::Attribution::English
