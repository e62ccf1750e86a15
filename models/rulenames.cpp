#include "rulenames.h"

#include <array>

namespace QuoteReader {

namespace {

struct RuleText {
    QLatin1StringView rule;
    const char *text;
};

// One description per rule name: a name both languages use (cue-after, pronoun) means the same
// pattern in both, so it is described once, in words true of both.
constexpr std::array kRuleTexts{
    RuleText{QLatin1StringView("colon"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames",
                               "The speaker before a colon: an interview turn or a statement")},
    RuleText{QLatin1StringView("cue-before"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "The speaker and a speech verb just before the quotation")},
    RuleText{QLatin1StringView("cue-after"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "The speaker and a speech verb just after the quotation")},
    RuleText{QLatin1StringView("reported"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "Reported speech after the speaker and a speech verb")},
    RuleText{QLatin1StringView("according-to"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "The source given with “according to”")},
    RuleText{QLatin1StringView("view"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "An opinion given as the speaker's view: “in X's view”")},
    RuleText{QLatin1StringView("shared-subject"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "The speaker named earlier in the same sentence")},
    RuleText{QLatin1StringView("short-form"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames",
                               "A short form (surname, title or given name) of a person named in full earlier")},
    RuleText{QLatin1StringView("anaphor"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames",
                               "Words pointing back to a source named earlier, such as “the official”")},
    RuleText{QLatin1StringView("pronoun"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames",
                               "A pronoun standing for a person named earlier: he, she, they")},
    RuleText{QLatin1StringView("uncued-continuation"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames",
                               "No speech verb of its own: it goes on from the speaker's words before it")},
    RuleText{QLatin1StringView("sentence-subject"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "No speech verb: the person the sentence opens with")},
    RuleText{QLatin1StringView("transcript"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "An interview turn: the speaker's name before a colon")},
    RuleText{QLatin1StringView("signature"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "Signed with the speaker's name after a dash")},
    RuleText{QLatin1StringView("name-colon"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "The speaker's name alone before a colon or a dash")},
    RuleText{QLatin1StringView("adding"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "The speaker's words going on after “adding that”")},
    RuleText{QLatin1StringView("interrupted"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "A sentence interrupted by the speaker and a speech verb")},
    RuleText{QLatin1StringView("reported-before-cue"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "Reported speech before the speaker and a speech verb")},
    RuleText{QLatin1StringView("participle"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames",
                               "Reported speech after “saying” and the like: the sentence's subject")},
    RuleText{QLatin1StringView("continued-quotation"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "Part of a quotation running over several paragraphs")},
    RuleText{QLatin1StringView("introduction"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames",
                               "Introduced with a colon by the speaker at the end of the paragraph before")},
    RuleText{QLatin1StringView("paragraph-end"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames", "Opens the paragraph after one that ended on the speaker")},
    RuleText{QLatin1StringView("headline"),
             QT_TRANSLATE_NOOP("QuoteReader::RuleNames",
                               "A headline that reports the speaker's words with a speech verb")},
};

} // namespace

QString RuleNames::describe(QStringView rule)
{
    for (const RuleText &entry : kRuleTexts) {
        if (entry.rule == rule) {
            return tr(entry.text);
        }
    }
    return {};
}

QString RuleNames::foundBy(const QString &rule)
{
    const QString description = describe(rule);
    return description.isEmpty() ? tr("Found by the rule “%1”").arg(rule)
                                 : tr("How it was found: %1 (rule “%2”)").arg(description, rule);
}

} // namespace QuoteReader
