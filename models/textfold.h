// Script folding for search and display: Traditional <-> Simplified Chinese and pinyin, through ICU.
#pragma once

#include <QString>
#include <QStringView>

namespace QuoteReader {

enum class Script { AsWritten, Simplified, Traditional };

// Converts Chinese characters between scripts without changing the length of the text, so every
// TextRange into the original stays valid in the result: a character whose conversion would take
// more or fewer UTF-16 units (rare) is kept as written.
QString convertScript(const QString &text, Script script);

// Han characters as toneless ASCII pinyin syllables separated by spaces ("zhang ya qin"); other text lower-cased.
QString toPinyin(const QString &text);

// What searches compare: Simplified characters, case-folded. Apply to both the haystack and the needle.
QString foldForSearch(const QString &text);

} // namespace QuoteReader
