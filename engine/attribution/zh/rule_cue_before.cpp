#include "attribution/zh/rules.h"

namespace QuoteReader::Attribution::Zh {

bool CueBeforeRule::takes(const Cue &cue, Link link) const
{
    return link == Link::CueBefore && !cue.according && cue.tag != u"view" && cue.tag != u"colon";
}

} // namespace QuoteReader::Attribution::Zh
