// Script folding for search and display: Traditional <-> Simplified Chinese and pinyin, through ICU.
#pragma once

#include <QHash>
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

// Han characters as their toneless pinyin run together, other characters case-folded: "算法 GPU" is
// "suanfa gpu", so that a search typed in pinyin finds the words. One character at a time (cached),
// fast enough for every quote of a big article.
QString pinyinKey(QStringView text);
// The first letter of the pinyin of each Han character: 朱云來 is "zyl". "" without Han characters.
QString pinyinInitials(QStringView text);

// What searches compare: Simplified characters, case-folded. Apply to both the haystack and the needle.
QString foldForSearch(const QString &text);

// The names and short texts a model shows, in the script the reader chose (View > Characters), each
// converted once: views ask for the same cells on every paint.
class ScriptCache
{
public:
    void setScript(Script script);
    Script script() const { return m_script; }
    QString operator()(const QString &text) const;

private:
    Script m_script = Script::AsWritten;
    mutable QHash<QString, QString> m_converted;
};

} // namespace QuoteReader
