// Cleaning decoded text: pinyin glosses out, garbled spans marked, Unicode normalised.
#pragma once

#include "document.h"

namespace QuoteReader {

struct CleanedText {
    QString text;               // same lines as the input: cleaning never joins or splits lines
    QList<RemovedSpan> removed; // what was taken out, at its place in `text`
    QList<Noise> garbled;       // spans of `text` that were decoded with the wrong encoding
};

CleanedText cleanText(QStringView decoded);

} // namespace QuoteReader
