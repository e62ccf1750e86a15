// Article text out of markup: the headings and paragraphs of an HTML page, and Markdown, one block
// per line, with the headings the markup states as hints for the structure stage.
#pragma once

#include "loader.h"

namespace QuoteReader {

struct MarkupText {
    QString text; // one block per line
    QList<LineHint> hints;
};

MarkupText htmlToText(const QString &html);
MarkupText markdownToText(const QString &markdown);

} // namespace QuoteReader
