// Character classes and small text helpers shared by the engine's stages.
#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringView>

namespace QuoteReader {

inline bool isHan(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}
inline bool isHan(QChar c)
{
    return isHan(c.unicode());
}
// Surrogate pairs stand for CJK Extension B and beyond in Chinese text.
inline bool isHanOrSurrogate(QChar c)
{
    return isHan(c) || c.isSurrogate();
}

// Ends a sentence in Chinese text. A full stop '.' does not: it stands in numbers (2.3%) and
// abbreviations there.
inline bool isFullStop(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'！':
    case u'？':
    case u'!':
    case u'?':
    case u'；':
    case u';':
        return true;
    default:
        return false;
    }
}

// Sentence-final punctuation, Chinese and Western.
inline bool isSentenceEnd(QChar c)
{
    return isFullStop(c) || c == u'.' || c == u'…';
}

// Ends a clause: a sentence end, a comma or a colon.
inline bool isClausePunctuation(QChar c)
{
    switch (c.unicode()) {
    case u'，':
    case u',':
    case u'：':
    case u':':
    case u'…':
        return true;
    default:
        return isFullStop(c);
    }
}

inline bool isOpeningQuote(QChar c)
{
    switch (c.unicode()) {
    case u'“':
    case u'「':
    case u'『':
    case u'﹁':
    case u'﹃':
        return true;
    default:
        return false;
    }
}

inline bool isClosingQuote(QChar c)
{
    switch (c.unicode()) {
    case u'”':
    case u'」':
    case u'』':
    case u'﹂':
    case u'﹄':
        return true;
    default:
        return false;
    }
}

// The closing mark that pairs with an opening one ('"' pairs with itself).
inline QChar closingFor(QChar open)
{
    switch (open.unicode()) {
    case u'“':
        return QChar(u'”');
    case u'「':
        return QChar(u'」');
    case u'『':
        return QChar(u'』');
    case u'﹁':
        return QChar(u'﹂');
    case u'﹃':
        return QChar(u'﹄');
    case u'‘':
        return QChar(u'’');
    default:
        return open;
    }
}

inline char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool isStrictUtf8(const QByteArray &bytes);

} // namespace QuoteReader
