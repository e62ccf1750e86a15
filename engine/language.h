#pragma once

#include <QString>

namespace QuoteReader {

// "zh-Hant", "zh-Hans" or "en": the script that dominates the text.
QString detectLanguage(QStringView text);
inline bool isChinese(const QString &language)
{
    return language.startsWith(u"zh");
}

} // namespace QuoteReader
