// What the rules that read a cue next to a quotation share.
#pragma once

#include "attribution/en/reading.h"

namespace QuoteReader::Attribution::English {

// A cue found after a quotation gives it its speaker; the words before the quotation that run
// into it belong to the same quote ("Not paying taxes “makes me smart,” he said"), minus a cue
// of their own, and so do the words after it up to the cue ("“…” to drive up the price, she
// said"). Sets the candidate's words and remembers where the cue ends.
void takeWithCueAfter(Reading &reading, int candidate, const Cue &cue, QLatin1StringView rule);

} // namespace QuoteReader::Attribution::English
