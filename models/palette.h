// The colour each speaker is shown in, the same in the speaker list, the table and the reader.
#pragma once

#include <QColor>

namespace QuoteReader {

// A distinct, saturated colour for the speaker at `index`; -1 (no speaker) is grey.
QColor speakerColor(int index);
// The same hue made light enough to sit behind black text.
QColor highlightColor(int index);

} // namespace QuoteReader
