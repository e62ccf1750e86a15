// What each attribution rule means to a reader: the words the tooltips give for Quote::rule, so
// that "cue-after" reads as how the quote was found.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace QuoteReader {

class RuleNames final
{
    Q_DECLARE_TR_FUNCTIONS(QuoteReader::RuleNames)

public:
    // How a quote of `rule` was found, in the interface's language ("The speaker and a speech
    // verb after the quotation"); "" for a name no rule of the engine has.
    static QString describe(QStringView rule);
    // A tooltip's line on how the quote was found: the description, with the rule's own name
    // after it (the name the JSON export and `quotereader-cli --explain` print).
    static QString foundBy(const QString &rule);
};

} // namespace QuoteReader
