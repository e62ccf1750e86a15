#include "attribution/zh/lexicons.h"

namespace QuoteReader::Attribution::Zh {

namespace {

WordList load(const char *name)
{
    return WordList::fromResource(QLatin1StringView("zh/") + QLatin1StringView(name) + QLatin1StringView(".txt"));
}

} // namespace

const Lexicons &Lexicons::get()
{
    static const Lexicons lexicons{
        load("speech-verbs"),  load("cue-blockers"),  load("pronouns"),       load("adverbs"),
        load("subject-boundaries"), load("time-words"), load("channels"),     load("discourse-markers"),
        load("titles"),        load("title-suffixes"), load("groups"),        load("organisations"),
        load("surnames"),      load("translit-chars"), load("name-chars"), load("common-words"),  load("non-speakers"),
        load("determiners"),   load("anaphors"),      load("addressees"),     load("continuations"),
        load("after-name"),    load("function-chars"),
    };
    return lexicons;
}

bool Lexicons::endsWithRole(QStringView text) const
{
    if (text.size() < 2) {
        return false;
    }
    return titles.matchAtEnd(text) > 0 || groups.matchAtEnd(text) > 0 || titleSuffixes.contains(text.right(1));
}

bool Lexicons::endsWithOrganisation(QStringView text) const
{
    if (text.size() < 2) {
        return false;
    }
    const qsizetype n = organisations.matchAtEnd(text);
    // A one-character head (部, 局, 黨) makes a body only after a name of two characters or more:
    // 外交部, 鄉議局; 全部 and 本局 are not bodies.
    return n > 1 || (n == 1 && text.size() >= 3 && !commonWords.contains(text.right(2)));
}

} // namespace QuoteReader::Attribution::Zh
