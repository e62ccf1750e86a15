// The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980), the original
// algorithm as keyphrase benchmarks use it: stream, streams, streaming and streamed share "stream".
#pragma once

#include <QString>

namespace QuoteReader {

// The stem of one lower-case English word; other words (with digits, apostrophes, capitals or
// non-Latin letters) come back as they are.
QString porterStem(const QString &word);

} // namespace QuoteReader
