#include "attribution/zh/rules.h"

namespace QuoteReader::Attribution::Zh {

bool AccordingToRule::takes(const Cue &cue, Link link) const
{
    return cue.according && link != Link::Turn;
}

} // namespace QuoteReader::Attribution::Zh
