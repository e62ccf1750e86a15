// The attributors as they were before the rule structure; each language moves to named rules.
#pragma once

#include "document.h"

namespace QuoteReader {
void attributeChinese(Document &doc);
void attributeEnglish(Document &doc);
} // namespace QuoteReader
