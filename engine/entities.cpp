// HTML character references (&amp; &#8217; &#x201C;), shared by the HTML reader and the Markdown converter.
#include "entities.h"

#include <algorithm>
#include <cstring>

namespace QuoteReader {

namespace {

struct NamedEntity {
    const char *name;
    char16_t value;
};

// Sorted by name for binary search.
constexpr NamedEntity kEntities[] = {
    {"AElig", 0x00C6},  {"Aacute", 0x00C1}, {"Agrave", 0x00C0}, {"Auml", 0x00C4},   {"Ccedil", 0x00C7},
    {"Eacute", 0x00C9}, {"Ntilde", 0x00D1}, {"Ouml", 0x00D6},   {"Prime", 0x2033},  {"Uuml", 0x00DC},
    {"aacute", 0x00E1}, {"acute", 0x00B4},  {"aelig", 0x00E6},  {"agrave", 0x00E0}, {"amp", 0x0026},
    {"apos", 0x0027},   {"auml", 0x00E4},   {"bdquo", 0x201E},  {"bull", 0x2022},   {"ccedil", 0x00E7},
    {"cent", 0x00A2},   {"copy", 0x00A9},   {"darr", 0x2193},   {"deg", 0x00B0},    {"divide", 0x00F7},
    {"eacute", 0x00E9}, {"egrave", 0x00E8}, {"emsp", 0x2003},   {"ensp", 0x2002},   {"euml", 0x00EB},
    {"euro", 0x20AC},   {"frac12", 0x00BD}, {"frac14", 0x00BC}, {"frac34", 0x00BE}, {"gt", 0x003E},
    {"hellip", 0x2026}, {"iacute", 0x00ED}, {"iexcl", 0x00A1},  {"iquest", 0x00BF}, {"laquo", 0x00AB},
    {"larr", 0x2190},   {"ldquo", 0x201C},  {"lsaquo", 0x2039}, {"lsquo", 0x2018},  {"lt", 0x003C},
    {"mdash", 0x2014},  {"micro", 0x00B5},  {"middot", 0x00B7}, {"minus", 0x2212},  {"nbsp", 0x00A0},
    {"ndash", 0x2013},  {"ntilde", 0x00F1}, {"oacute", 0x00F3}, {"ouml", 0x00F6},   {"para", 0x00B6},
    {"plusmn", 0x00B1}, {"pound", 0x00A3},  {"prime", 0x2032},  {"quot", 0x0022},   {"raquo", 0x00BB},
    {"rarr", 0x2192},   {"rdquo", 0x201D},  {"reg", 0x00AE},    {"rsaquo", 0x203A}, {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"sect", 0x00A7},   {"shy", 0x00AD},    {"szlig", 0x00DF},  {"thinsp", 0x2009},
    {"times", 0x00D7},  {"trade", 0x2122},  {"uacute", 0x00FA}, {"uarr", 0x2191},   {"uuml", 0x00FC},
    {"yen", 0x00A5},    {"zwj", 0x200D},    {"zwnj", 0x200C},
};

// What browsers make of &#128;..&#159;: the windows-1252 characters those bytes stand for.
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

} // namespace

bool isAsciiAlnum(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Decodes the character reference at p[0] == '&'. Returns the number of characters consumed
// (0 when it is not a reference, so the '&' stays as written) and the code point.
qsizetype decodeEntity(const QChar *p, const QChar *end, char32_t &codePoint)
{
    if (end - p < 3) {
        return 0;
    }
    const QChar *q = p + 1;
    if (*q == u'#') {
        ++q;
        bool hex = false;
        if (q < end && (*q == u'x' || *q == u'X')) {
            hex = true;
            ++q;
        }
        char32_t value = 0;
        int digits = 0;
        while (q < end && digits < 8) {
            const char16_t c = q->unicode();
            int digit = -1;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (hex && c >= 'a' && c <= 'f') {
                digit = c - 'a' + 10;
            } else if (hex && c >= 'A' && c <= 'F') {
                digit = c - 'A' + 10;
            }
            if (digit < 0) {
                break;
            }
            value = value * (hex ? 16 : 10) + char32_t(digit);
            ++digits;
            ++q;
        }
        if (digits == 0) {
            return 0;
        }
        if (q < end && *q == u';') {
            ++q;
        }
        if (value >= 0x80 && value <= 0x9F) {
            value = kWindows1252[value - 0x80];
        } else if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            value = 0xFFFD;
        }
        codePoint = value;
        return q - p;
    }
    char name[8];
    int length = 0;
    while (q < end && length < 7 && isAsciiAlnum(q->unicode())) {
        name[length++] = char(q->unicode());
        ++q;
    }
    name[length] = '\0';
    if (length == 0) {
        return 0;
    }
    const auto byName = [](const NamedEntity &e, const char *key) { return std::strcmp(e.name, key) < 0; };
    const auto *found = std::lower_bound(std::begin(kEntities), std::end(kEntities), name, byName);
    if (found == std::end(kEntities) || std::strcmp(found->name, name) != 0) {
        return 0;
    }
    const bool terminated = q < end && *q == u';';
    // Old pages write "&amp" and "&nbsp" without the semicolon; accept only those few that way.
    if (!terminated) {
        static constexpr const char *legacy[] = {"amp", "lt", "gt", "quot", "nbsp", "copy", "reg"};
        const bool isLegacy = std::any_of(std::begin(legacy), std::end(legacy),
                                          [&name](const char *l) { return std::strcmp(l, name) == 0; });
        if (!isLegacy) {
            return 0;
        }
    }
    codePoint = found->value;
    return (q - p) + (terminated ? 1 : 0);
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp > 0xFFFF) {
        out.append(QChar::highSurrogate(cp));
        out.append(QChar::lowSurrogate(cp));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

} // namespace QuoteReader
