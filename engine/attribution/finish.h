// The one finishing stage of attribution: candidates become the document's quotes.
#pragma once

#include "attribution/profile.h"

namespace QuoteReader::Attribution {

// Keeps the attributed candidates, trimmed of the spaces and commas around them and long enough
// to be words, one per stretch of text (where two overlap, the one of the earlier rule in
// `ruleOrder` stays), and writes them to Document::quotes with their sections and paragraphs.
void finish(Context &context, const FinishOptions &options, const QStringList &ruleOrder);

} // namespace QuoteReader::Attribution
