// Finding the article's structure: title, headings, paragraphs, captions, bylines and the noise tail.
#pragma once

#include "document.h"
#include "loader.h"

namespace QuoteReader {

// Fills doc.blocks, doc.sections, doc.title and the structural entries of doc.noise from doc.text.
void buildStructure(Document &doc, const QList<LineHint> &hints);

} // namespace QuoteReader
