#include "attribution/zh/rules.h"

namespace QuoteReader::Attribution::Zh {

bool CueAfterRule::takes(const Cue &cue, Link link) const
{
    return link == Link::CueAfter && !cue.according;
}

} // namespace QuoteReader::Attribution::Zh
