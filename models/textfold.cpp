#include "textfold.h"

#include <QMutex>
#include <QMutexLocker>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <string>

namespace QuoteReader {

namespace {

icu::UnicodeString toIcu(QStringView text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
}

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

// ICU transliterators are costly to create and not safe to share between threads unguarded;
// one instance of each, behind a lock, serves the GUI thread and the loading worker.
class Transliterators
{
public:
    static Transliterators &instance()
    {
        static Transliterators self;
        return self;
    }

    QString transliterate(const char *id, QStringView text)
    {
        QMutexLocker lock(&m_mutex);
        icu::Transliterator *transliterator = get(id);
        if (!transliterator) {
            return text.toString();
        }
        icu::UnicodeString buffer = toIcu(text);
        transliterator->transliterate(buffer);
        return fromIcu(buffer);
    }

private:
    icu::Transliterator *get(const char *id)
    {
        const std::string key(id);
        auto it = m_cache.find(key);
        if (it != m_cache.end()) {
            return it->second.get();
        }
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(
            icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            created.reset();
        }
        return m_cache.emplace(key, std::move(created)).first->second.get();
    }

    QMutex m_mutex;
    std::map<std::string, std::unique_ptr<icu::Transliterator>> m_cache;
};

bool hasHan(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || c.isSurrogate()) {
            return true;
        }
    }
    return false;
}

} // namespace

QString convertScript(const QString &text, Script script)
{
    if (script == Script::AsWritten) {
        return text;
    }
    const char *id = script == Script::Simplified ? "Traditional-Simplified" : "Simplified-Traditional";
    Transliterators &translit = Transliterators::instance();
    QString result;
    result.reserve(text.size());
    // Line by line: lines without Han characters (most of an English text) skip ICU entirely,
    // and a length change is repaired within one line rather than the whole text.
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        end = end < 0 ? text.size() : end + 1;
        const QStringView line = QStringView(text).mid(pos, end - pos);
        if (!hasHan(line)) {
            result += line;
        } else {
            const QString converted = translit.transliterate(id, line);
            if (converted.size() == line.size()) {
                result += converted;
            } else {
                // Rare: one character became several or none. Convert character by character and keep
                // the original of any that would change length.
                qsizetype i = 0;
                while (i < line.size()) {
                    const qsizetype n = line.at(i).isHighSurrogate() && i + 1 < line.size() ? 2 : 1;
                    const QStringView one = line.mid(i, n);
                    const QString c = hasHan(one) ? translit.transliterate(id, one) : one.toString();
                    result += c.size() == n ? QStringView(c) : one;
                    i += n;
                }
            }
        }
        pos = end;
    }
    return result;
}

QString toPinyin(const QString &text)
{
    if (!hasHan(text)) {
        return text.toLower();
    }
    return Transliterators::instance().transliterate("Han-Latin; Latin-ASCII; Lower", text).simplified();
}

QString foldForSearch(const QString &text)
{
    return convertScript(text, Script::Simplified).toCaseFolded();
}

} // namespace QuoteReader
