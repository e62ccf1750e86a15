// Finding who said what: the entry point of attribution (see context.h for how it is built).
#pragma once

#include "document.h"

#include <QStringList>

namespace QuoteReader {

struct AttributionOptions {
    // Rules left out by name ("pronoun", "uncued-continuation"): to measure what a rule is worth.
    QStringList disabledRules;
};

// Fills doc.speakers and doc.quotes from the Paragraph blocks of doc (never from noise blocks)
// with the profile of doc.language.
void attributeQuotes(Document &doc, const AttributionOptions &options = {});

// The rules of a language's profile ("zh", "en"), in the order they run.
QStringList attributionRules(const QString &language);

} // namespace QuoteReader
