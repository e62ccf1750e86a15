// What a speech verb reports: where the reported clause after a cue begins, and how long it is.
// Shared by the rules that read reported speech.
#pragma once

#include "attribution/en/reading.h"

namespace QuoteReader::Attribution::English {

// The first token of the reported words after a cue whose verb ends before `k`, skipping the
// setting of the cue ("told reporters on Monday that", "said in a statement that"); -1 when the
// cue reports nothing ("said in a statement."). `told`: the verb takes a listener first.
int clauseStart(const Passage &p, int k, int end, bool told);
// "is", "has", "would": a word that makes the words around it a clause.
bool isAuxiliary(QStringView word);
// Where the reported clause opening at `start` ends before a clause joined by "and" or "but" that
// is no longer the speaker's ("…, and the downgrade is", "…, but he said", "… and says he will"):
// the token before the conjunction, or `last` when none follows.
int coordinatedClauseEnd(const Passage &p, int start, int last);
// The last token of [first, last] that is not punctuation.
int lastContentToken(const Passage &p, int first, int last);
int wordCount(const Passage &p, int first, int last);
// The words of the clause [a, b] up to its last token that is not punctuation.
int clauseWords(const Passage &p, int a, int b);
// Makes the candidate the clause [a, b] (its words up to the last that is not punctuation), if it
// holds `minWords` words; quoted words in it make it direct. False when it is too short.
bool takeClause(Reading &reading, int candidate, int a, int b, int minWords = 3);
// Whether a rule may still read the sentence candidate: no rule attributed or dropped it, and
// some of its sentence is left once the quotes taken in it are set aside (Reading::settleSentence).
bool openSentence(Reading &reading, int candidate);

} // namespace QuoteReader::Attribution::English
