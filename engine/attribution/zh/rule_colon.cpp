#include "attribution/zh/rules.h"

namespace QuoteReader::Attribution::Zh {

bool ColonRule::takes(const Cue &cue, Link link) const
{
    return link == Link::Turn || cue.tag == u"colon";
}

} // namespace QuoteReader::Attribution::Zh
