// Why each quote was found: the attribution rule, the cue and the subject it read, one line a quote.
#pragma once

#include "export.h"

namespace QuoteReader {

// quotereader-cli extract --explain: for looking at what a rule does, not for exporting.
class ExplainWriter final : public QuoteWriter
{
public:
    bool write(const QuoteSelection &selection, QIODevice *device) const override;
};

} // namespace QuoteReader
