#include "collation.h"

#include <QMutex>
#include <QMutexLocker>

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <memory>

namespace QuoteReader {

QByteArray collationKey(const QString &text)
{
    static QMutex mutex;
    static std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> created(icu::Collator::createInstance(icu::Locale("zh"), status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    if (!collator) {
        return text.toUtf8();
    }
    QMutexLocker lock(&mutex);
    const icu::UnicodeString source(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    QByteArray key(64, Qt::Uninitialized);
    int32_t needed = collator->getSortKey(source, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = collator->getSortKey(source, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    key.resize(std::max(0, needed - 1)); // drop the terminating zero so prefixes sort first
    return key;
}

} // namespace QuoteReader
