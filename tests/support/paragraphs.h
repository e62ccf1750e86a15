// Documents made by hand for the tests of attribution: text as the structure stage hands it on.
#pragma once

#include "document.h"

namespace QuoteReader::Test {

// A document of one Paragraph block per line of `text`, in one untitled section, in `language`
// ("zh-Hant", "zh-Hans", "en"). Nothing is attributed yet.
Document paragraphsOf(const QString &text, const QString &language);

} // namespace QuoteReader::Test
