// PLACEHOLDER
#include "attribution.h"
namespace QuoteReader {
void attributeChinese(Document &) {}
} // namespace QuoteReader
