// The attributors as they were before the rule structure; each language moves to named rules.
#pragma once

#include "document.h"

namespace QuoteReader {
void attributeEnglish(Document &doc);
} // namespace QuoteReader
