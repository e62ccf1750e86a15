// The article as the reader shows it, noise left out: its title, headings and paragraphs, one per line.
#pragma once

#include "export.h"

namespace QuoteReader {

// Every Title, Heading and Paragraph block of the document, in reading order, one per line.
QString articleText(const Document &doc);

// The writer behind `--format article`: the article text of the selection's document (the quote
// selection itself does not narrow it: the article is the same whichever quotes are chosen).
class ArticleTextWriter final : public QuoteWriter
{
public:
    bool write(const QuoteSelection &selection, QIODevice *device) const override;
};

} // namespace QuoteReader
