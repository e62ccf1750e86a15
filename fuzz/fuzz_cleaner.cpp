// The cleaner alone: the bytes as UTF-8 (even first byte) or UTF-16 (odd), straight into cleanText(),
// without the loader's checks in front. Lines must survive, ranges must lie in the text.
#include "cleaner.h"
#include "invariants.h"

#include <QLoggingCategory>
#include <QString>

#include <cstdio>

using namespace QuoteReader;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false\n*.warning=false\n*.critical=false"_qs);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    const QString decoded = data[0] % 2 == 0 ? QString::fromUtf8(bytes, length)
                                             : QString(reinterpret_cast<const QChar *>(bytes),
                                                       length / 2); // unaligned is fine for QChar copies
    const CleanedText cleaned = cleanText(decoded);
    const QString broken = Invariants::checkCleaned(decoded, cleaned);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "invariant: %s\n", qPrintable(broken));
        __builtin_trap();
    }
    return 0;
}
