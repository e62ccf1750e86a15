#include "language.h"

#include "lexicon.h"

#include <QSet>

namespace QuoteReader {

namespace {

struct ScriptMarkers {
    QSet<char16_t> traditional;
    QSet<char16_t> simplified;

    ScriptMarkers()
    {
        const WordList pairs = WordList::fromResource(QStringLiteral("zh/script-pairs.txt"));
        for (const QString &hant : pairs.entries()) {
            const QString hans = pairs.tag(hant);
            if (hant.size() == 1 && hans.size() == 1) {
                traditional.insert(hant.at(0).unicode());
                simplified.insert(hans.at(0).unicode());
            }
        }
    }
};

bool isHan(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

} // namespace

QString detectLanguage(QStringView text)
{
    static const ScriptMarkers markers;
    qsizetype han = 0;
    qsizetype latin = 0;
    qsizetype hant = 0;
    qsizetype hans = 0;
    // A sample is enough to tell the script; whole multi-megabyte files need not be walked.
    const QStringView sample = text.left(200000);
    for (const QChar ch : sample) {
        const char16_t c = ch.unicode();
        if (isHan(c)) {
            ++han;
            if (markers.traditional.contains(c)) {
                ++hant;
            } else if (markers.simplified.contains(c)) {
                ++hans;
            }
        } else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')) {
            ++latin;
        }
    }
    // A Chinese character carries about as much as an English word of five letters.
    if (han * 4 < latin) {
        return QStringLiteral("en");
    }
    return hant > hans ? QStringLiteral("zh-Hant") : QStringLiteral("zh-Hans");
}

} // namespace QuoteReader
