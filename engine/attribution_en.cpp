// PLACEHOLDER: English attribution lands with its own change.
#include "attribution.h"

namespace QuoteReader {

void attributeEnglish(Document &) {}

} // namespace QuoteReader
