// The Chinese reading of an article: speech quotations, cues with the subject each one reads
// before it, the people the article names, and the candidates the cues introduce. Rules
// (rules.h) then give the candidates their speakers.
#pragma once

#include "attribution/context.h"
#include "attribution/zh/lexicons.h"
#include "attribution/zh/names.h"

#include <unordered_map>
#include <vector>

namespace QuoteReader::Attribution::Zh {

enum class SubjectKind : quint8 {
    None,      // nothing the reading could take for a speaker
    Name,      // a person's name, perhaps after a role: 國民黨主席馬英九, 布朗
    Source,    // a body, a group or a person given by a role only: 警方, 知情人士, 總統府, 立委
    ShortForm, // part of a name: 陳 (a surname alone), 王教授, 林鄭 (for 林鄭月娥), 宇佐 (for 王宇佐)
    Pronoun,   // 他, 她, 他們
    Anaphor,   // 該人士, 上述官員, 這位市政府辦工作人員, 對方: a source named before
};

struct Subject {
    SubjectKind kind = SubjectKind::None;
    TextRange range;        // the words read as the subject
    TextRange name;         // the words that name the speaker: the name, the source, the short form
    TextRange role;         // a role written before the name
    bool inherited = false; // the cue's clause has no subject: this is the sentence's
};

// How a candidate hangs on its cue.
enum class Link : quint8 {
    CueBefore, // 張三表示：「…」
    CueAfter,  // 「…」張三表示
    Reported,  // 張三表示，… (reported speech after the verb)
    Turn,      // 張三：… (an interview turn, a transcript line)
};

struct Cue {
    TextRange verb; // the cue as written, with the adverbs before it and verbs joined to it
    QString tag;    // say, ask, view (在X看來), topic (談到), learn (據X了解), turn (X：)
    int paragraph = 0;
    Subject subject;
    bool according = false; // 據X說: the words are X's, reported by the writer
};

// Someone the article names, whether or not they speak: 立法院長王金平 in narration lets 王 resolve.
struct Person {
    QString name;
    QString role;
};

struct Mention {
    qsizetype pos = 0;
    int person = -1;
    bool clauseHead = false; // at the head of a clause: the subject of what follows
};

class Reading final : public Context
{
public:
    explicit Reading(Document &doc);

    const Lexicons &lex;
    const Names names;
    QList<Cue> cues;         // in text order
    QList<Link> links;       // per candidate, for those with a cue
    QList<Person> people;    // in the order the article first names them
    QList<Mention> mentions; // in text order
    ViewMap<int> peopleByName;
    // Where narration introduces someone by a role alone (一位基金經理, 那位…的女實習生): wherever
    // it stands in its clause, that mention brings them in.
    QList<qsizetype> introductions;
    // Labels that open two turns or more, each at the head of a sentence (界面新聞：, 記者：): an
    // interview's speakers, whatever words they are.
    ViewMap<int> turnLabels;
    // The article came as one run-on paragraph (a scraped page whose breaks were lost): reported
    // speech there goes on only through sentences that plainly continue it.
    bool runOn = false;

    // The person of that name, -1 if the article names nobody so.
    int personNamed(QStringView name) const;
    // The mention nearest before `pos` (its index), -1 if none.
    int mentionBefore(qsizetype pos) const;
    // The end of the sentence holding `pos` within its paragraph (after the full stop and any
    // closing marks), skipping what stands inside quotation marks.
    qsizetype sentenceEnd(qsizetype pos, qsizetype paragraphEnd) const;

    Subject readSubject(qsizetype verbStart, TextRange paragraph, bool view) const;
    // The noun phrase that opens the clause [start, end), where no verb is known.
    Subject subjectAtHead(qsizetype start, qsizetype end, bool asSubject = false) const;
    // What a noun phrase names, by its form. Where no speech verb follows (`asSubject` false: the
    // head of a sentence of narration) a name must be one by its characters, not by its place.
    Subject classify(TextRange np, bool asSubject = true) const;

private:
    void markSpeech();
    void findTurnLabels();
    bool isAskedOfAnother(qsizetype clause, qsizetype verb) const;
    void findCues();
    void findNarrationPeople();
    void findPeople();
    void addPerson(QStringView name, QStringView role, qsizetype pos, bool clauseHead);
    void refineShortForms();
    void linkCues();
    void addCandidate(int cue, Link link, TextRange range, QuoteKind kind, int quotation = -1);

    // Subject reading (subject.cpp).
    qsizetype clauseStart(qsizetype pos, qsizetype paragraphStart) const;
    qsizetype skipLeading(qsizetype start, qsizetype end) const;
    qsizetype adverbialAt(qsizetype at, qsizetype end) const;
    qsizetype readAdverbialAt(qsizetype at, qsizetype end, qsizetype *reach) const;
    Subject readHead(qsizetype start, qsizetype end, bool asSubject) const;
    qsizetype dateAt(qsizetype at, qsizetype end) const;
    bool holdsVerb(QStringView phrase) const;
    bool opensWithModal(qsizetype start, qsizetype end) const;

    struct Adverbial {
        qint8 length = 0;
        qint8 reach = 0; // 0: not read yet
    };
    mutable std::vector<Adverbial> m_adverbials;          // adverbialAt() per position
    mutable std::unordered_map<quint64, Subject> m_heads; // subjectAtHead() per clause
    Subject inheritedSubject(qsizetype clauseStart, TextRange paragraph, bool nearestHead = false) const;

    // Cues (cues.cpp).
    qsizetype verbAt(qsizetype pos, qsizetype end) const;
    bool isEmbeddedVerb(qsizetype clause, qsizetype verb) const;
    bool describedAfter(qsizetype verb) const;
    bool nounCueAt(qsizetype pos, int paragraph, Cue *cue) const;
    bool isTurnAt(qsizetype colon, TextRange paragraph, TextRange *subject) const;

    // Spans (spans.cpp).
    qsizetype wordsAfter(qsizetype verbStart, qsizetype verbEnd, qsizetype end, bool asking) const;
    TextRange reportedSpan(int cue, qsizetype from, qsizetype limit) const;
    bool continuesReport(qsizetype sentence, qsizetype end, const Subject &speaker) const;
};

} // namespace QuoteReader::Attribution::Zh
