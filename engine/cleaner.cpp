// PLACEHOLDER
#include "cleaner.h"
namespace QuoteReader {
CleanedText cleanText(QStringView decoded)
{
    return {decoded.toString(), {}, {}};
}
} // namespace QuoteReader
