// A profile that runs an attributor of the old kind whole while its language moves to named rules.
#pragma once

#include "attribution/profile.h"

namespace QuoteReader::Attribution {

Profile legacyProfile(QLatin1StringView language, void (*attributor)(Document &));

} // namespace QuoteReader::Attribution
