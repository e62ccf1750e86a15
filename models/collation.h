// Locale-aware ordering of names: ICU collation keys, so Chinese names sort by pinyin.
#pragma once

#include <QByteArray>
#include <QString>

namespace QuoteReader {

// A key whose bytewise order is the collation order of `text` (Chinese collation: pinyin, then
// Latin script in the usual order). Keys compare with memcmp, so sorting costs no ICU calls.
QByteArray collationKey(const QString &text);

} // namespace QuoteReader
