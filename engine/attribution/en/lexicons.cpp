#include "attribution/en/lexicons.h"

#include <algorithm>

namespace QuoteReader::Attribution::English {

using namespace Qt::StringLiterals;

void WordFlags::add(QStringView word, quint8 flags)
{
    if (m_slots.size() < 2 * (m_count + 1)) {
        grow();
    }
    Slot &slot = const_cast<Slot &>(probe(word, hash(word)));
    if (slot.word.empty()) {
        slot.word = std::u16string(toView(word));
        slot.hash = hash(word);
        ++m_count;
    }
    slot.flags |= flags;
}

quint8 WordFlags::find(QStringView word) const
{
    return m_slots.empty() ? 0 : probe(word, hash(word)).flags;
}

quint32 WordFlags::hash(QStringView word)
{
    quint32 h = 2166136261u; // FNV-1a over UTF-16 units
    for (const QChar c : word) {
        h = (h ^ c.unicode()) * 16777619u;
    }
    return h;
}

const WordFlags::Slot &WordFlags::probe(QStringView word, quint32 h) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.word.empty() || (slot.hash == h && toView(word) == slot.word)) {
            return slot;
        }
    }
}

void WordFlags::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(std::max<size_t>(64, old.size() * 4), Slot{});
    m_count = 0;
    for (Slot &slot : old) {
        if (!slot.word.empty()) {
            const QStringView word(slot.word.data(), qsizetype(slot.word.size()));
            Slot &to = const_cast<Slot &>(probe(word, slot.hash));
            to = std::move(slot);
            ++m_count;
        }
    }
}

Lexicons::Lexicons()
    : verbs(WordList::fromResource(u"en/speech-verbs.txt"_s))
    , sources(WordList::fromResource(u"en/source-phrases.txt"_s))
    , pronouns(WordList::fromResource(u"en/pronouns.txt"_s))
    , honorifics(WordList::fromResource(u"en/honorifics.txt"_s))
    , titles(WordList::fromResource(u"en/titles.txt"_s))
    , groups(WordList::fromResource(u"en/groups.txt"_s))
    , determiners(WordList::fromResource(u"en/determiners.txt"_s))
    , adverbs(WordList::fromResource(u"en/cue-adverbs.txt"_s))
    , timeWords(WordList::fromResource(u"en/time-words.txt"_s))
    , abbreviations(WordList::fromResource(u"en/abbreviations.txt"_s))
    , function(WordList::fromResource(u"en/function-words.txt"_s))
    , settings(WordList::fromResource(u"en/cue-settings.txt"_s))
    , circumstances(WordList::fromResource(u"en/cue-circumstances.txt"_s))
    , modifiers(WordList::fromResource(u"en/group-modifiers.txt"_s))
    , speakerless(WordList::fromResource(u"en/speakerless-participle.txt"_s))
    , settingPrepositions(WordList::fromResource(u"en/setting-prepositions.txt"_s))
    , shares(WordList::fromResource(u"en/shares.txt"_s))
    , conjunctions(WordList::fromResource(u"en/conjunctions.txt"_s))
    , objectPronouns(WordList::fromResource(u"en/object-pronouns.txt"_s))
{
    const auto firstWord = [](const QString &entry) { return QStringView(entry).left(entry.indexOf(u' ')); };
    for (const QString &entry : verbs.entries()) {
        if (entry.contains(u' ')) {
            flags.add(firstWord(entry), StartsVerbPhrase);
            continue;
        }
        // The tag: "report", "direct" or "object", then the form ("base", "s", "past", "ing").
        const QString tag = verbs.tag(entry);
        quint8 verb = tag.startsWith(u"report"_s) ? Verb | ReportVerb : Verb;
        if (tag.startsWith(u"object"_s)) {
            verb |= ObjectVerb;
        }
        if (tag.endsWith(u" base"_s)) {
            verb |= BaseForm;
        } else if (tag.endsWith(u" s"_s)) {
            verb |= ThirdPerson;
        }
        flags.add(entry, verb);
    }
    for (const QString &entry : function.entries()) {
        if (!entry.contains(u' ')) {
            flags.add(entry, Function);
        }
    }
    for (const QString &entry : sources.entries()) {
        if (entry.contains(u' ')) {
            flags.add(firstWord(entry), StartsSourcePhrase);
        }
    }
}

const Lexicons &lexicons()
{
    static const Lexicons loaded;
    return loaded;
}

} // namespace QuoteReader::Attribution::English
