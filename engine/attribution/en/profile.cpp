#include "attribution/legacy.h"
#include "attribution/legacy_profile.h"

namespace QuoteReader::Attribution {

const Profile &englishProfile()
{
    static const Profile profile = legacyProfile(QLatin1StringView("en"), &attributeEnglish);
    return profile;
}

} // namespace QuoteReader::Attribution
