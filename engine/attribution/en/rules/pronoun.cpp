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
        const QString word = pronoun.phrase.toLower();
        int speaker = reading.people.pronoun(word, c.subjectRange.start, reading.paragraphs.at(c.paragraph).range.end);
        if (speaker < 0) {
            // Nobody it can stand for: the words are still someone's, whom the text calls so.
            speaker = reading.people.unresolved(word);
        }
        reading.attribute(c, speaker, name());
    }
}

} // namespace QuoteReader::Attribution::English
