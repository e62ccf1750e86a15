// The article on a saved web page: which of its lines are the article (title, headings, paragraphs)
// and which are the page around it (navigation, related stories, comments, captions, boilerplate).
#pragma once

#include "loader.h"

namespace QuoteReader {

struct MarkupText;

// Every line of the page's text, each with a hint: the article's lines as Title, Heading or
// Paragraph, the rest as the kind of noise they are.
MarkupText htmlArticle(QStringView html);

} // namespace QuoteReader
