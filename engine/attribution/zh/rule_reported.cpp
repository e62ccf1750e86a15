#include "attribution/zh/rules.h"

namespace QuoteReader::Attribution::Zh {

bool ReportedRule::takes(const Cue &cue, Link link) const
{
    return link == Link::Reported && !cue.according && cue.tag != u"view";
}

} // namespace QuoteReader::Attribution::Zh
