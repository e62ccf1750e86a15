// Whether this build runs under AddressSanitizer or UndefinedBehaviorSanitizer. Such a build is much
// slower (ASan + UBSan at -O1 with Q_ASSERT and the libstdc++ bounds checks: 10 to 40 times on the tight
// loops of the markup converters), so a time bound is scaled by sanitizerSlowdown: it still catches a
// quadratic blow-up, which costs minutes even in a release build. ASan's shadow memory and quarantine
// make a peak RSS measure the sanitizer rather than the program, so memory measurements are skipped.
#pragma once

#if defined(QUOTEREADER_SANITIZED) || defined(__SANITIZE_ADDRESS__)
#define QUOTEREADER_UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define QUOTEREADER_UNDER_SANITIZER 1
#endif
#endif

namespace QuoteReader::TestSupport {

#ifdef QUOTEREADER_UNDER_SANITIZER
inline constexpr bool underSanitizer = true;
inline constexpr int sanitizerSlowdown = 30;
#else
inline constexpr bool underSanitizer = false;
inline constexpr int sanitizerSlowdown = 1;
#endif

} // namespace QuoteReader::TestSupport
