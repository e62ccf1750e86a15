// The English lexicons of attribution, loaded once, with the flags asked of every word.
#pragma once

#include "lexicon.h"

#include <vector>

namespace QuoteReader::Attribution::English {

// Flags of a few hundred short words, asked of every token of the text: open addressing over a
// power-of-two table, so that a miss (most tokens) costs one hash of the word and one probe or two.
class WordFlags final
{
public:
    void add(QStringView word, quint8 flags);
    quint8 find(QStringView word) const;

private:
    struct Slot {
        std::u16string word; // empty: a free slot
        quint32 hash = 0;
        quint8 flags = 0;
    };
    static quint32 hash(QStringView word);
    const Slot &probe(QStringView word, quint32 hash) const;
    void grow();

    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

struct Lexicons {
    WordList verbs;      // speech verbs, tagged "report", "direct" or "object"
    WordList sources;    // "according to"
    WordList pronouns;   // subject pronouns, tagged with what they agree with
    WordList honorifics; // "Mr.", tagged with a gender
    WordList titles;     // "Sen.", "spokesman"
    WordList groups;     // head nouns of collective sources
    WordList determiners;
    WordList adverbs;       // between a speaker and the verb; tag "auxiliary"
    WordList timeWords;     // tags "weekday", "month"
    WordList abbreviations; // words a period belongs to
    WordList function;
    WordList settings;            // "interview", "statement"
    WordList circumstances;       // "as", "after" right after the verb
    WordList modifiers;           // what may follow a group's head ("in", "from")
    WordList speakerless;         // "worth", "without" before a participle
    WordList settingPrepositions; // "at", "via" opening the setting after a speech verb
    WordList shares;              // "percent", "third", "majority": tags "number", "fraction", "qualifier"
    WordList conjunctions;        // "and", "but": what joins two clauses
    WordList objectPronouns;      // "him", "it": what may open the object of "called"

    // What the lists above say of one word, for the questions asked of every token: one lookup per
    // token instead of one per list and per question.
    enum WordFlag : quint8 {
        Verb = 1,                // a one-word speech verb
        ReportVerb = 2,          // ... tagged "report"
        StartsVerbPhrase = 4,    // the first word of a speech verb of several words ("pointed out")
        Function = 8,            // a function word
        StartsSourcePhrase = 16, // the first word of a source phrase ("according to")
        BaseForm = 32,           // a one-word speech verb in its base form ("say"): a singular subject takes "says"
        ThirdPerson = 64,        // ... in its third person singular ("says")
        ObjectVerb = 128,        // a one-word speech verb tagged "object": "called the plan a disaster"
    };
    WordFlags flags;

    Lexicons();
    quint8 flagsOf(QStringView word) const { return flags.find(word); }
};

const Lexicons &lexicons();

} // namespace QuoteReader::Attribution::English
