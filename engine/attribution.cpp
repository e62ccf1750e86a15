#include "attribution.h"

#include "language.h"

namespace QuoteReader {

void attributeQuotes(Document &doc)
{
    if (isChinese(doc.language)) {
        attributeChinese(doc);
    } else {
        attributeEnglish(doc);
    }
}

} // namespace QuoteReader
