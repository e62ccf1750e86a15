// From the subject a cue reads to a speaker of the registry: names, sources, short forms, words
// pointing back and pronouns. The rules call these; each records what it found in the registry.
#pragma once

#include "attribution/zh/reading.h"

namespace QuoteReader::Attribution::Zh {

// A name (with the role written before it): the speaker of that name, added if new.
int speakerForName(Reading &reading, const Subject &subject);
// A source named by what it is (警方, 知情人士, 總統府); journalists asking are 記者.
int speakerForSource(Reading &reading, const Cue &cue);
// 陳, 王教授, 林鄭, 宇佐: the person named in full before `pos`, -1 if the article names none.
int speakerForShortForm(Reading &reading, const Subject &subject, qsizetype pos);
// 該人士, 上述官員, 這位工作人員: the source named before whose words end the same way.
int speakerForAnaphor(Reading &reading, const Subject &subject, qsizetype pos);
// 他, 她, 他們: the person the narration last put at the head of a clause, or the last speaker.
int speakerForPronoun(Reading &reading, const Subject &subject, qsizetype pos);

// The candidate attributed last before `pos` (its index), -1 if none; with `people`, one whose
// speaker is a person, not a group.
int attributedBefore(const Reading &reading, qsizetype pos, bool people);
// Inside the words of a candidate or a quotation: a name there is what was said.
bool insideCandidate(const Reading &reading, qsizetype pos);

} // namespace QuoteReader::Attribution::Zh
