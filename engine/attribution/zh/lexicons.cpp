#include "attribution/zh/lexicons.h"

namespace QuoteReader::Attribution::Zh {

namespace {

// Surnames are characters as written: 于 is one, the preposition 於 that folds to it is not.
WordList loadExact(const char *name)
{
    return WordList::fromResource(QLatin1StringView("zh/") + QLatin1StringView(name) + QLatin1StringView(".txt"));
}

WordList load(const char *name)
{
    // Traditional, Simplified and variant spellings (發布, 發佈, 发布) find the same entry.
    return WordList::fromResource(QLatin1StringView("zh/") + QLatin1StringView(name) + QLatin1StringView(".txt"),
                                  CharFolding::chineseVariants());
}

} // namespace

const Lexicons &Lexicons::get()
{
    static const Lexicons lexicons{
        .verbs = load("speech-verbs"),
        .blockers = load("cue-blockers"),
        .pronouns = load("pronouns"),
        .adverbs = load("adverbs"),
        .boundaries = load("subject-boundaries"),
        .timeWords = load("time-words"),
        .channels = load("channels"),
        .discourse = load("discourse-markers"),
        .titles = load("titles"),
        .titleSuffixes = load("title-suffixes"),
        .groups = load("groups"),
        .organisations = load("organisations"),
        .surnames = loadExact("surnames"),
        .translitChars = load("translit-chars"),
        .nameChars = load("name-chars"),
        .commonWords = load("common-words"),
        .nonSpeakers = load("non-speakers"),
        .determiners = load("determiners"),
        .anaphors = load("anaphors"),
        .addressees = load("addressees"),
        .continuations = load("continuations"),
        .subordinators = load("subordinators"),
        .modals = load("modals"),
        .pivotVerbs = load("pivot-verbs"),
        .nominalisers = load("nominalisers"),
        .speechNouns = load("speech-nouns"),
        .afterName = load("after-name"),
        .functionChars = load("function-chars"),
    };

    return lexicons;
}

bool Lexicons::endsWithRole(QStringView text) const
{
    // A note in parentheses after a role is not part of how it ends: 總行政經理（聯網運作）.
    while (text.endsWith(u'）') || text.endsWith(u')')) {
        const qsizetype open = std::max(text.lastIndexOf(u'（'), text.lastIndexOf(u'('));
        if (open <= 0) {
            break;
        }
        text = text.left(open);
    }
    if (text.size() < 2) {
        return false;
    }
    if (titles.matchAtEnd(text) > 0 || groups.matchAtEnd(text) > 0) {
        return true;
    }
    return titleSuffixes.contains(text.right(1));
}

bool Lexicons::endsWithOrganisation(QStringView text) const
{
    if (text.size() < 2) {
        return false;
    }
    const qsizetype n = organisations.matchAtEnd(text);
    // A one-character head (部, 局, 黨) makes a body only after a name of two characters or more:
    // 外交部, 鄉議局; 全部 and 本局 are not bodies, nor is a plural and a modal (同學們會).
    const QChar before = text.size() >= 2 ? text[text.size() - 2] : QChar();
    return n > 1
           || (n == 1 && text.size() >= 3 && !commonWords.contains(text.right(2)) && before != u'們'
               && before != u'们');
}

} // namespace QuoteReader::Attribution::Zh
