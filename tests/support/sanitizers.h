// Whether this build runs under AddressSanitizer or UndefinedBehaviorSanitizer. Such a build is several
// times slower, so a time bound is scaled by sanitizerSlowdown; and ASan's shadow memory and quarantine
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
inline constexpr int sanitizerSlowdown = 10;
#else
inline constexpr bool underSanitizer = false;
inline constexpr int sanitizerSlowdown = 1;
#endif

} // namespace QuoteReader::TestSupport
