// Finding who said what: speakers, direct and reported quotes, pronouns and short forms resolved.
#pragma once

#include "document.h"

namespace QuoteReader {

// Fills doc.speakers and doc.quotes from the Paragraph blocks of doc (never from noise blocks).
void attributeQuotes(Document &doc);

void attributeChinese(Document &doc);
void attributeEnglish(Document &doc);

} // namespace QuoteReader
