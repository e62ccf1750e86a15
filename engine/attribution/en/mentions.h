// Who a cue's subject is: the noun phrases English attribution reads next to a cue (a name with its
// titles and apposition, a pronoun, a group or a description), by token, inside one passage.
#pragma once

#include "attribution/en/passage.h"

#include <QStringList>

namespace QuoteReader::Attribution::English {

enum class MentionKind : quint8 { None, Name, Pronoun, Group, Description };

struct Mention {
    MentionKind kind = MentionKind::None;
    int first = -1; // token range of the whole mention (with titles and apposition)
    int last = -1;
    QStringList nameTokens; // for Name: the name without titles
    QString honorific;      // "Mr."
    QString title;          // "Sen.", "longtime Democratic pollster"
    QString apposition;     // "a senior fellow at the Example Institute"
    QString phrase;         // for Group / Description / Pronoun: the words as written

    bool found() const { return kind != MentionKind::None; }
};

// --- names (names.cpp)

// An apposition that names a role ("a fellow at X", "the mayor's aide", "head of Y"), not a
// clause about the person ("who …", "on his first day") or an age.
bool isRolePhrase(const QString &apposition);
// A capitalised name ending at token `i` (inclusive), reading leftwards; returns its first token.
int nameStartLeft(const Passage &p, int i, int lowerBound);
// Splits the capitalised run [s, e] into honorific, titles and the name, filling `m`; false when
// the run is only titles.
bool fillName(const Passage &p, int s, int e, Mention &m);
// Lowercase role words right before a name ("longtime Democratic pollster"); returns the first.
int rolePrefixLeft(const Passage &p, int s, int lowerBound, Mention &m);
// A name made only of words of time ("Tuesday"): no speaker.
bool isTimeName(const Mention &m);
// Adds words before a mention to its title ("coach" in "coach Jane Doe said").
void prefixTitle(Mention &m, const QString &prefix);

// --- groups (groups.cpp)

// A noun phrase headed by a group or title noun, ending at token `i`.
bool groupLeft(const Passage &p, int i, int lowerBound, Mention &m);
// "Another 19 percent said", "a third of voters say", "A majority said": a share of the people asked.
bool shareLeft(const Passage &p, int i, int lowerBound, Mention &m);
// "Political observers in the region and abroad say": a group noun opening the sentence, its head
// followed by a modifier that runs up to token `i` before the verb.
bool longGroupLeft(const Passage &p, int i, int lowerBound, Mention &m);
// "The clip says", "one questioner claimed", "Clinton's team says": any noun phrase opening its
// clause before the verb, ending at token `i`, speaks as a description.
bool nounPhraseLeft(const Passage &p, int i, int lowerBound, Mention &m);
// "on Tuesday", "early Friday", "last week" ending at token `i`: its first token, or -1.
int timePhraseLeft(const Passage &p, int i, int lowerBound);

// --- subjects (subjects.cpp)

// The subject that opens the sentence [from, limit): "But Smith", "In August, several groups".
Mention sentenceSubject(const Passage &p, int from, int limit);
// The subject of the verb at `v`: pronoun, name (with titles and apposition) or group phrase, not
// reaching before `lowerBound`.
Mention subjectLeft(const Passage &p, int v, int lowerBound, bool noParticiple = false);
// The speaker after an inverted cue ("said Smith, a fellow at X"), starting at token `i`. `loose`:
// any noun phrase is a source ("according to a report by the council").
Mention subjectRight(const Passage &p, int i, int upperBound, bool loose = false);

} // namespace QuoteReader::Attribution::English
