// The people and sources of an English article: which speaker a mention stands for. Names are
// matched by their words (Smith, Jane Smith, Ms. Smith), groups by their phrase, pronouns by the
// last fitting speaker mentioned before them; all on the shared SpeakerRegistry.
#pragma once

#include "attribution/en/mentions.h"
#include "attribution/speakers.h"

#include <QHash>

#include <deque>
#include <functional>
#include <utility>
#include <vector>

namespace QuoteReader::Attribution::English {

class People final
{
public:
    explicit People(SpeakerRegistry &registry)
        : m_registry(registry)
    {
    }

    // A name of two or three words met in the text at `position`: later short forms ("Smith")
    // expand to it, and a pronoun no quoted speaker fits may stand for it.
    void seen(const Mention &name, qsizetype position);
    // A surname of a full name met before `before` ("Smith" after "Jane Smith").
    bool knownSurname(QStringView word, qsizetype before) const;

    // The speaker a name, group or description at `position` stands for, added when new. Names
    // met in the text before `seenBefore` may complete a surname.
    int resolve(const Mention &m, qsizetype position, qsizetype seenBefore);
    // The speaker a pronoun at `position` stands for: the last speaker of its kind (a person of
    // its gender for he/she, a group for they/it) mentioned before it, or else the last person
    // named in the text before `seenBefore`; -1 if none.
    int pronoun(QStringView word, qsizetype position, qsizetype seenBefore);

    // A speaker named by a pronoun nobody could be found for ("they"), as the text calls it.
    int unresolved(QStringView pronoun);

private:
    struct Person {
        QStringList nameTokens; // empty for groups and descriptions
    };
    struct SeenName {
        QStringList tokens;
        QString title;
        QString honorific;
        qsizetype position = 0;
    };

    int named(const Mention &m, qsizetype seenBefore);
    int group(const Mention &m);
    int added(int index, const QStringList &nameTokens);
    void mentioned(int index, qsizetype position);
    void addRole(int index, const Mention &m);
    void index(int i);
    void unindex(int i);
    const SeenName *lastSeen(qsizetype before, const std::function<bool(const SeenName &)> &fits) const;
    void forget(qsizetype before);

    SpeakerRegistry &m_registry;
    QList<Person> m_people; // parallel to the registry
    // Indexes in ascending order of speaker, kept in step with m_people and the registry's names.
    QHash<QString, QList<int>> m_byFirst; // folded first name word -> people
    QHash<QString, QList<int>> m_byLast;  // folded last name word -> people
    QHash<QString, QList<int>> m_byName;  // lower-cased speaker name -> speakers
    // Where each speaker was mentioned, by position: the recency pronouns look back through.
    std::vector<std::pair<qsizetype, int>> m_mentions;
    // Names met in the text, in text order, kept for a bounded stretch behind the reading.
    std::deque<SeenName> m_seen;
    qsizetype m_seenBase = 0;                         // sequence number of m_seen.front()
    QHash<QString, QList<qsizetype>> m_seenBySurname; // folded last word -> sequence numbers
};

} // namespace QuoteReader::Attribution::English
