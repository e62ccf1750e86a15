// Whether this build runs under AddressSanitizer or UndefinedBehaviorSanitizer. ASan's shadow memory and
// quarantine make a peak RSS measure the sanitizer rather than the program, so memory measurements are
// skipped. (No test measures time: that is the benchmark's business, in bench/.)
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
#else
inline constexpr bool underSanitizer = false;
#endif

} // namespace QuoteReader::TestSupport
