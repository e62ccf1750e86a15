#include "attribution/zh/rules.h"

namespace QuoteReader::Attribution::Zh {

bool ViewRule::takes(const Cue &cue, Link link) const
{
    return cue.tag == u"view" && link != Link::Turn;
}

} // namespace QuoteReader::Attribution::Zh
