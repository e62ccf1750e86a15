#include "attribution/legacy.h"
#include "attribution/legacy_profile.h"

namespace QuoteReader::Attribution {

const Profile &chineseProfile()
{
    static const Profile profile = legacyProfile(QLatin1StringView("zh"), &attributeChinese);
    return profile;
}

} // namespace QuoteReader::Attribution
