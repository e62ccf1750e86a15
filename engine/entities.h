// HTML character references (&amp; &#8217; &#x201C;), shared by the HTML reader and the Markdown converter.
#pragma once

#include <QChar>
#include <QString>

namespace QuoteReader {

bool isAsciiAlnum(char16_t c);

// Decodes the character reference at p[0] == '&'. Returns the number of characters consumed
// (0 when it is not a reference, so the '&' stays as written) and the code point.
qsizetype decodeEntity(const QChar *p, const QChar *end, char32_t &codePoint);

void appendCodePoint(QString &out, char32_t cp);

} // namespace QuoteReader
