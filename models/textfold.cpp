#include "textfold.h"

#include <QHash>
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

namespace {

bool isHanCodePoint(char32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

// Pinyin of single Han characters, asked of ICU once each and kept: an article uses a few thousand.
class PinyinTable
{
public:
    static PinyinTable &instance()
    {
        static PinyinTable self;
        return self;
    }

    // Calls `out(codePoint, syllable)` for each code point of `text` ("" syllable for non-Han ones).
    template<typename Out>
    void forEach(QStringView text, Out out)
    {
        QMutexLocker lock(&m_mutex);
        for (qsizetype i = 0; i < text.size(); ++i) {
            char32_t c = text.at(i).unicode();
            qsizetype units = 1;
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                units = 2;
            }
            if (!isHanCodePoint(c)) {
                out(c, QString());
            } else {
                auto it = m_syllables.constFind(c);
                if (it == m_syllables.cend()) {
                    const QString syllable = Transliterators::instance()
                                                 .transliterate("Han-Latin; Latin-ASCII; Lower", text.mid(i, units))
                                                 .trimmed();
                    it = m_syllables.insert(c, syllable);
                }
                out(c, *it);
            }
            i += units - 1;
        }
    }

private:
    QMutex m_mutex;
    QHash<char32_t, QString> m_syllables;
};

} // namespace

QString pinyinKey(QStringView text)
{
    QString key;
    key.reserve(text.size() * 3);
    PinyinTable::instance().forEach(text, [&key](char32_t c, const QString &syllable) {
        if (!syllable.isEmpty()) {
            key += syllable;
        } else {
            const char32_t folded = QChar::toCaseFolded(c);
            if (QChar::requiresSurrogates(folded)) {
                key += QChar(QChar::highSurrogate(folded));
                key += QChar(QChar::lowSurrogate(folded));
            } else {
                key += QChar(char16_t(folded));
            }
        }
    });
    return key;
}

QString pinyinInitials(QStringView text)
{
    QString initials;
    PinyinTable::instance().forEach(text, [&initials](char32_t, const QString &syllable) {
        if (!syllable.isEmpty()) {
            initials += syllable.front();
        }
    });
    return initials;
}

QString foldForSearch(const QString &text)
{
    return convertScript(text, Script::Simplified).toCaseFolded();
}

void ScriptCache::setScript(Script script)
{
    if (script != m_script) {
        m_script = script;
        m_converted.clear();
    }
}

QString ScriptCache::operator()(const QString &text) const
{
    if (m_script == Script::AsWritten || text.isEmpty()) {
        return text;
    }
    auto it = m_converted.constFind(text);
    if (it == m_converted.cend()) {
        it = m_converted.insert(text, convertScript(text, m_script));
    }
    return *it;
}

} // namespace QuoteReader
