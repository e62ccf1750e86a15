// One registry of the people and sources an article quotes, shared by every rule of a language.
#pragma once

#include "document.h"
#include "lexicon.h"

#include <QHash>

namespace QuoteReader::Attribution {

enum class Gender : quint8 { Unknown, Male, Female };

// Document::speakers with what the rules need to find a speaker again: every name and alias it
// goes by, the gender a pronoun gave it, and where it spoke last. Indices are Document::speakers'.
class SpeakerRegistry final
{
public:
    explicit SpeakerRegistry(QList<Speaker> &speakers)
        : m_speakers(speakers)
    {
    }

    qsizetype size() const { return m_speakers.size(); }
    const Speaker &at(int index) const { return m_speakers.at(index); }

    // The speaker a name or alias stands for, -1 if none.
    int find(QStringView name) const;
    // Finds the speaker of that name or adds one.
    int add(const QString &name, bool group);
    // Another way the article refers to the speaker (他, 王教授, Ms. Smith), shown with it. A
    // findable alias (a short form of the name) also finds the speaker; a pronoun must not.
    void addAlias(int index, const QString &alias, bool findable = false);
    // The role is the one the article gives first: a later one does not replace it.
    void setRole(int index, const QString &role);
    // A role that says more than the one given first replaces it (English appositions).
    void replaceRole(int index, const QString &role);
    // A fuller name found later ("Jane Roe" after "Roe") becomes the speaker's name; the old name
    // stays an alias and still finds the speaker.
    void rename(int index, const QString &name);

    Gender gender(int index) const { return m_gender.value(index, Gender::Unknown); }
    void setGender(int index, Gender gender) { m_gender.insert(index, gender); }

    // The longest name or alias, in UTF-16 units: lookups by length stop there.
    qsizetype longestName() const { return m_longest; }

private:
    QList<Speaker> &m_speakers;
    ViewMap<int> m_byName; // names and aliases
    QHash<int, Gender> m_gender;
    qsizetype m_longest = 0;
};

} // namespace QuoteReader::Attribution
