#include "attribution/en/rules.h"

namespace QuoteReader::Attribution::English {

void Transcript::apply(Context &context) const
{
    Reading &reading = english(context);
    forEachOpen(reading, Site::Turn, [&](int i) {
        if (const std::optional<Cue> cue = transcriptCue(reading.passageOf(i))) {
            reading.attributeCue(i, *cue, name());
        }
    });
}

} // namespace QuoteReader::Attribution::English
