#include "markup.h"

#include "textutil.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace QuoteReader {

namespace {

// ---------------------------------------------------------------------------------------------
// Shared by the HTML and Markdown converters

struct NamedEntity {
    const char *name;
    char16_t value;
};

// Sorted by name for binary search.
constexpr NamedEntity kEntities[] = {
    {"AElig", 0x00C6}, {"Aacute", 0x00C1}, {"Agrave", 0x00C0}, {"Auml", 0x00C4}, {"Ccedil", 0x00C7},
    {"Eacute", 0x00C9}, {"Ntilde", 0x00D1}, {"Ouml", 0x00D6}, {"Prime", 0x2033}, {"Uuml", 0x00DC},
    {"aacute", 0x00E1}, {"acute", 0x00B4}, {"aelig", 0x00E6}, {"agrave", 0x00E0}, {"amp", 0x0026},
    {"apos", 0x0027}, {"auml", 0x00E4}, {"bdquo", 0x201E}, {"bull", 0x2022}, {"ccedil", 0x00E7},
    {"cent", 0x00A2}, {"copy", 0x00A9}, {"darr", 0x2193}, {"deg", 0x00B0}, {"divide", 0x00F7},
    {"eacute", 0x00E9}, {"egrave", 0x00E8}, {"emsp", 0x2003}, {"ensp", 0x2002}, {"euml", 0x00EB},
    {"euro", 0x20AC}, {"frac12", 0x00BD}, {"frac14", 0x00BC}, {"frac34", 0x00BE}, {"gt", 0x003E},
    {"hellip", 0x2026}, {"iacute", 0x00ED}, {"iexcl", 0x00A1}, {"iquest", 0x00BF}, {"laquo", 0x00AB},
    {"larr", 0x2190}, {"ldquo", 0x201C}, {"lsaquo", 0x2039}, {"lsquo", 0x2018}, {"lt", 0x003C},
    {"mdash", 0x2014}, {"micro", 0x00B5}, {"middot", 0x00B7}, {"minus", 0x2212}, {"nbsp", 0x00A0},
    {"ndash", 0x2013}, {"ntilde", 0x00F1}, {"oacute", 0x00F3}, {"ouml", 0x00F6}, {"para", 0x00B6},
    {"plusmn", 0x00B1}, {"pound", 0x00A3}, {"prime", 0x2032}, {"quot", 0x0022}, {"raquo", 0x00BB},
    {"rarr", 0x2192}, {"rdquo", 0x201D}, {"reg", 0x00AE}, {"rsaquo", 0x203A}, {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"sect", 0x00A7}, {"shy", 0x00AD}, {"szlig", 0x00DF}, {"thinsp", 0x2009},
    {"times", 0x00D7}, {"trade", 0x2122}, {"uacute", 0x00FA}, {"uarr", 0x2191}, {"uuml", 0x00FC},
    {"yen", 0x00A5}, {"zwj", 0x200D}, {"zwnj", 0x200C},
};

// What browsers make of &#128;..&#159;: the windows-1252 characters those bytes stand for.
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

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

// Scripts written without spaces between words: hard-wrapped lines join without a space there.
bool isWideChar(char16_t c)
{
    if (c < 0x2E80) {
        return false;
    }
    const bool hangul = (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x3130 && c <= 0x318F);
    return !hangul && !(c >= 0xD800 && c <= 0xDFFF);
}

struct Lines {
    QString text;
    QList<LineHint> hints;
    int count = 0;

    void add(QStringView line, std::optional<BlockKind> hint = std::nullopt)
    {
        if (count > 0) {
            text.append(u'\n');
        }
        if (hint) {
            hints.append({count, *hint});
        }
        text.append(line);
        ++count;
    }
};

// ---------------------------------------------------------------------------------------------
// HTML

enum class TagKind {
    Inline,
    Block,
    Heading,
    LineBreak,
    Drop,      // dropped with everything inside: navigation, forms, embedded graphics
    DropRaw,   // raw text to the closing tag: script, style
    Title,
    Pre,
    Article,   // <article>/<main>: a <header> inside belongs to the article
    Header,    // dropped outside an article
};

struct TagInfo {
    TagKind kind = TagKind::Inline;
    int level = 0;
};

TagInfo classifyTag(const char *name)
{
    struct Entry {
        const char *name;
        TagKind kind;
    };
    static constexpr Entry entries[] = {
        {"address", TagKind::Block},    {"article", TagKind::Article},  {"aside", TagKind::Drop},
        {"blockquote", TagKind::Block}, {"body", TagKind::Block},       {"br", TagKind::LineBreak},
        {"button", TagKind::Drop},      {"caption", TagKind::Block},    {"dd", TagKind::Block},
        {"details", TagKind::Block},    {"dialog", TagKind::Drop},      {"div", TagKind::Block},
        {"dl", TagKind::Block},         {"dt", TagKind::Block},         {"fieldset", TagKind::Drop},
        {"figcaption", TagKind::Block}, {"figure", TagKind::Block},     {"footer", TagKind::Drop},
        {"form", TagKind::Drop},        {"head", TagKind::Block},       {"header", TagKind::Header},
        {"hr", TagKind::Block},         {"html", TagKind::Block},       {"iframe", TagKind::Drop},
        {"li", TagKind::Block},         {"main", TagKind::Article},     {"menu", TagKind::Drop},
        {"nav", TagKind::Drop},         {"noscript", TagKind::Drop},    {"object", TagKind::Drop},
        {"ol", TagKind::Block},         {"option", TagKind::Drop},      {"p", TagKind::Block},
        {"pre", TagKind::Pre},          {"script", TagKind::DropRaw},   {"section", TagKind::Block},
        {"select", TagKind::Drop},      {"style", TagKind::DropRaw},    {"summary", TagKind::Block},
        {"svg", TagKind::Drop},         {"table", TagKind::Block},      {"tbody", TagKind::Block},
        {"td", TagKind::Block},         {"template", TagKind::Drop},    {"textarea", TagKind::DropRaw},
        {"tfoot", TagKind::Block},      {"th", TagKind::Block},         {"thead", TagKind::Block},
        {"title", TagKind::Title},      {"tr", TagKind::Block},         {"ul", TagKind::Block},
        {"video", TagKind::Drop},       {"audio", TagKind::Drop},       {"canvas", TagKind::Drop},
        {"math", TagKind::Drop},
    };
    if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0') {
        return {TagKind::Heading, name[1] - '0'};
    }
    for (const Entry &entry : entries) {
        if (std::strcmp(entry.name, name) == 0) {
            return {entry.kind, 0};
        }
    }
    return {};
}

class HtmlConverter
{
public:
    explicit HtmlConverter(QStringView html)
        : m_p(html.data())
        , m_end(html.data() + html.size())
    {
        m_out.reserve(html.size() / 2);
    }

    Lines run();

private:
    struct Heading {
        int line = 0;
        int level = 0;
        qsizetype start = 0;
        qsizetype end = 0;
    };

    void text(QChar c);
    void endLine();
    void parseTag();
    void skipRawText(const char *name);
    void readTitle();
    bool isSpace(char16_t c) const { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0; }

    const QChar *m_p;
    const QChar *m_end;
    QString m_out;
    qsizetype m_lineStart = 0;
    int m_lineCount = 0;
    bool m_lineHasText = false;
    bool m_pendingSpace = false;
    int m_dropDepth = 0;
    int m_preDepth = 0;
    int m_articleDepth = 0;
    int m_headingLevel = 0;
    bool m_headingRecorded = false;
    QList<Heading> m_headings;
    QString m_title;
    bool m_haveTitle = false;
};

void HtmlConverter::text(QChar c)
{
    if (m_dropDepth > 0) {
        return;
    }
    const char16_t u = c.unicode();
    if (isSpace(u)) {
        if (m_preDepth > 0 && u == '\n') {
            endLine();
        } else {
            m_pendingSpace = m_lineHasText;
        }
        return;
    }
    if (u == 0xAD || u == 0x200B) { // soft hyphen and zero-width space only hint at line breaking
        return;
    }
    if (m_pendingSpace) {
        m_out.append(u' ');
        m_pendingSpace = false;
    }
    m_out.append(c);
    m_lineHasText = true;
}

void HtmlConverter::endLine()
{
    if (m_lineHasText) {
        if (m_headingLevel > 0 && !m_headingRecorded) {
            m_headings.append({m_lineCount, m_headingLevel, m_lineStart, m_out.size()});
            m_headingRecorded = true;
        }
        m_out.append(u'\n');
        ++m_lineCount;
    }
    m_lineStart = m_out.size();
    m_lineHasText = false;
    m_pendingSpace = false;
}

// Skips to the end of "</name>" (case-insensitive), or to the end of the input.
void HtmlConverter::skipRawText(const char *name)
{
    const size_t nameLength = std::strlen(name);
    while (m_p < m_end) {
        if (*m_p == u'<' && m_end - m_p > qsizetype(nameLength + 1) && m_p[1] == u'/') {
            bool match = true;
            for (size_t k = 0; k < nameLength && match; ++k) {
                match = asciiLower(char(m_p[2 + k].unicode() < 0x80 ? m_p[2 + k].unicode() : 0)) == name[k];
            }
            if (match) {
                const QChar *close = m_p + 2 + nameLength;
                while (close < m_end && *close != u'>') {
                    ++close;
                }
                m_p = close < m_end ? close + 1 : m_end;
                return;
            }
        }
        ++m_p;
    }
}

void HtmlConverter::readTitle()
{
    QString title;
    bool pendingSpace = false;
    while (m_p < m_end) {
        if (*m_p == u'<' && m_end - m_p >= 7 && m_p[1] == u'/') {
            bool match = true;
            for (int k = 0; k < 5 && match; ++k) {
                const char16_t c = m_p[2 + k].unicode();
                match = c < 0x80 && asciiLower(char(c)) == "title"[k];
            }
            if (match) {
                break;
            }
        }
        char32_t cp = m_p->unicode();
        qsizetype consumed = 1;
        if (*m_p == u'&') {
            consumed = decodeEntity(m_p, m_end, cp);
            if (consumed == 0) {
                consumed = 1;
                cp = u'&';
            }
        }
        m_p += consumed;
        if (cp < 0x10000 && isSpace(char16_t(cp))) {
            pendingSpace = !title.isEmpty();
            continue;
        }
        if (pendingSpace) {
            title.append(u' ');
            pendingSpace = false;
        }
        appendCodePoint(title, cp);
    }
    skipRawText("title");
    if (!m_haveTitle && !title.isEmpty()) {
        m_title = title;
        m_haveTitle = true;
    }
}

void HtmlConverter::parseTag()
{
    // m_p is at '<'.
    const QChar *q = m_p + 1;
    if (q >= m_end) {
        text(u'<');
        ++m_p;
        return;
    }
    if (*q == u'!') {
        // Comments run to "-->", other declarations (DOCTYPE, CDATA) to '>'; unterminated ones to the end.
        if (m_end - q >= 3 && q[1] == u'-' && q[2] == u'-') {
            const QChar *r = q + 3;
            while (r + 2 < m_end && !(r[0] == u'-' && r[1] == u'-' && r[2] == u'>')) {
                ++r;
            }
            m_p = r + 2 < m_end ? r + 3 : m_end;
            return;
        }
        while (q < m_end && *q != u'>') {
            ++q;
        }
        m_p = q < m_end ? q + 1 : m_end;
        return;
    }
    if (*q == u'?') {
        while (q < m_end && *q != u'>') {
            ++q;
        }
        m_p = q < m_end ? q + 1 : m_end;
        return;
    }
    bool closing = false;
    if (*q == u'/') {
        closing = true;
        ++q;
    }
    const auto isLetter = [](char16_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (q >= m_end || !isLetter(q->unicode())) {
        // "a < b", "<3": text, not markup.
        text(u'<');
        ++m_p;
        return;
    }
    char name[12];
    int length = 0;
    bool tooLong = false;
    while (q < m_end && (isAsciiAlnum(q->unicode()) || *q == u'-' || *q == u':')) {
        if (length < int(sizeof name) - 1) {
            name[length++] = asciiLower(char(q->unicode()));
        } else {
            tooLong = true;
        }
        ++q;
    }
    name[length] = '\0';
    // Attributes: to the '>' that is not inside a quoted value.
    char16_t quote = 0;
    bool selfClosing = false;
    while (q < m_end) {
        const char16_t c = q->unicode();
        if (quote) {
            if (c == quote) {
                quote = 0;
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            selfClosing = q > m_p && q[-1] == u'/';
            break;
        }
        ++q;
    }
    m_p = q < m_end ? q + 1 : m_end;
    const TagInfo info = tooLong ? TagInfo{} : classifyTag(name);

    switch (info.kind) {
    case TagKind::DropRaw:
        if (!closing && !selfClosing) {
            skipRawText(name);
        }
        return;
    case TagKind::Drop:
    case TagKind::Header:
        if (info.kind == TagKind::Header && m_articleDepth > 0) {
            endLine();
            return;
        }
        if (closing) {
            m_dropDepth = std::max(0, m_dropDepth - 1);
        } else if (!selfClosing) {
            if (m_dropDepth == 0) {
                endLine();
            }
            ++m_dropDepth;
        }
        return;
    default:
        break;
    }
    if (m_dropDepth > 0) {
        return;
    }
    switch (info.kind) {
    case TagKind::Inline:
        return;
    case TagKind::LineBreak:
        endLine();
        return;
    case TagKind::Title:
        if (!closing && !selfClosing) {
            readTitle();
        }
        return;
    case TagKind::Heading:
        endLine();
        if (closing) {
            m_headingLevel = 0;
        } else {
            m_headingLevel = info.level;
            m_headingRecorded = false;
        }
        return;
    case TagKind::Pre:
        endLine();
        m_preDepth = closing ? std::max(0, m_preDepth - 1) : m_preDepth + 1;
        return;
    case TagKind::Article:
        endLine();
        m_articleDepth = closing ? std::max(0, m_articleDepth - 1) : m_articleDepth + 1;
        return;
    case TagKind::Block:
        endLine();
        // A paragraph opening inside an unclosed heading ends the heading.
        if (!closing && name[0] == 'p' && name[1] == '\0') {
            m_headingLevel = 0;
        }
        return;
    default:
        return;
    }
}

Lines HtmlConverter::run()
{
    while (m_p < m_end) {
        const QChar c = *m_p;
        if (c == u'<') {
            parseTag();
        } else if (c == u'&') {
            char32_t cp = 0;
            const qsizetype consumed = decodeEntity(m_p, m_end, cp);
            if (consumed == 0) {
                text(c);
                ++m_p;
            } else {
                m_p += consumed;
                if (cp > 0xFFFF) {
                    text(QChar::highSurrogate(cp));
                    text(QChar::lowSurrogate(cp));
                } else {
                    text(QChar(char16_t(cp)));
                }
            }
        } else if (m_dropDepth > 0) {
            // Dropped content: only a tag can end it.
            while (m_p < m_end && *m_p != u'<') {
                ++m_p;
            }
        } else if (isSpace(c.unicode()) || c.unicode() == 0xAD || c.unicode() == 0x200B) {
            text(c);
            ++m_p;
        } else {
            // A run of ordinary characters is copied in one go.
            const QChar *q = m_p + 1;
            while (q < m_end) {
                const char16_t u = q->unicode();
                if (u == '<' || u == '&' || isSpace(u) || u == 0xAD || u == 0x200B) {
                    break;
                }
                ++q;
            }
            if (m_pendingSpace) {
                m_out.append(u' ');
                m_pendingSpace = false;
            }
            m_out.append(m_p, q - m_p);
            m_lineHasText = true;
            m_p = q;
        }
    }
    endLine();
    if (m_out.endsWith(u'\n')) {
        m_out.chop(1);
    }

    Lines lines;
    const auto headingText = [this](const Heading &h) { return QStringView(m_out).mid(h.start, h.end - h.start); };
    const auto firstH1 =
        std::find_if(m_headings.cbegin(), m_headings.cend(), [](const Heading &h) { return h.level == 1; });
    // The first <h1> is the headline when there is no <title> or the <title> holds it (often with
    // the site's name added); otherwise the <title> goes first as the headline.
    bool titleFromH1 = firstH1 != m_headings.cend();
    if (titleFromH1 && m_haveTitle) {
        const QStringView h1 = headingText(*firstH1);
        titleFromH1 = m_title.contains(h1) || h1.contains(m_title);
    }
    const bool emitTitle = m_haveTitle && !titleFromH1;
    int shift = 0;
    if (emitTitle) {
        lines.text = m_title;
        lines.hints.append({0, BlockKind::Title});
        shift = 1;
        if (!m_out.isEmpty()) {
            lines.text.append(u'\n');
        }
    }
    lines.text.append(m_out);
    for (auto it = m_headings.cbegin(); it != m_headings.cend(); ++it) {
        const bool isTitle = titleFromH1 && it == firstH1;
        lines.hints.append({it->line + shift, isTitle ? BlockKind::Title : BlockKind::Heading});
    }
    lines.count = m_lineCount + shift;
    return lines;
}

// ---------------------------------------------------------------------------------------------
// Markdown

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c == u' ' || c == u'\t'; });
}

QStringView trimAscii(QStringView s)
{
    while (!s.isEmpty() && (s.front() == u' ' || s.front() == u'\t')) {
        s = s.mid(1);
    }
    while (!s.isEmpty() && (s.back() == u' ' || s.back() == u'\t')) {
        s.chop(1);
    }
    return s;
}

qsizetype leadingSpaces(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] == u' ') {
        ++i;
    }
    return i;
}

// Emphasis, code, links and images to plain text. Link searches look a bounded distance ahead,
// so a paragraph full of unmatched brackets stays linear.
void appendInline(QString &out, QStringView s, int depth = 0)
{
    constexpr qsizetype kLookahead = 2048;
    const qsizetype n = s.size();
    const auto findClose = [&s, n](qsizetype from, QChar open, QChar close) -> qsizetype {
        int nesting = 0;
        const qsizetype limit = std::min(n, from + kLookahead);
        for (qsizetype k = from; k < limit; ++k) {
            if (s[k] == u'\\') {
                ++k;
            } else if (s[k] == open) {
                ++nesting;
            } else if (s[k] == close) {
                if (nesting == 0) {
                    return k;
                }
                --nesting;
            }
        }
        return -1;
    };
    // After "[text]": "(url)", "[ref]" or nothing. Returns the index after the target, or -1.
    const auto linkTarget = [&](qsizetype afterBracket) -> qsizetype {
        if (afterBracket < n && s[afterBracket] == u'(') {
            const qsizetype close = findClose(afterBracket + 1, u'(', u')');
            return close < 0 ? -1 : close + 1;
        }
        if (afterBracket < n && s[afterBracket] == u'[') {
            const qsizetype close = findClose(afterBracket + 1, u'[', u']');
            return close < 0 ? -1 : close + 1;
        }
        return -1;
    };

    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        const char16_t u = c.unicode();
        if (u == '\\' && i + 1 < n && s[i + 1].unicode() < 0x80 && s[i + 1].isPunct()) {
            out.append(s[i + 1]);
            i += 2;
            continue;
        }
        if (u == '`') {
            qsizetype run = 0;
            while (i + run < n && s[i + run] == u'`') {
                ++run;
            }
            // The matching run of the same length closes the code span; its content is literal.
            const qsizetype limit = std::min(n, i + run + kLookahead);
            qsizetype k = i + run;
            qsizetype closeAt = -1;
            while (k < limit) {
                if (s[k] == u'`') {
                    qsizetype r = 0;
                    while (k + r < n && s[k + r] == u'`') {
                        ++r;
                    }
                    if (r == run) {
                        closeAt = k;
                        break;
                    }
                    k += r;
                } else {
                    ++k;
                }
            }
            if (closeAt >= 0) {
                QStringView code = s.mid(i + run, closeAt - i - run);
                if (code.size() >= 2 && code.front() == u' ' && code.back() == u' ') {
                    code = code.mid(1, code.size() - 2);
                }
                out.append(code);
                i = closeAt + run;
            } else {
                i += run; // a stray backtick is a marker, not text
            }
            continue;
        }
        if (u == '!' && i + 1 < n && s[i + 1] == u'[') {
            const qsizetype close = findClose(i + 2, u'[', u']');
            const qsizetype after = close < 0 ? -1 : linkTarget(close + 1);
            if (after >= 0) {
                i = after; // images are dropped, alt text and all
                continue;
            }
        }
        if (u == '[' && depth < 2) {
            const qsizetype close = findClose(i + 1, u'[', u']');
            const qsizetype after = close < 0 ? -1 : linkTarget(close + 1);
            if (after >= 0) {
                appendInline(out, s.mid(i + 1, close - i - 1), depth + 1);
                i = after;
                continue;
            }
        }
        if (u == '<' && i + 1 < n && (s[i + 1].isLetter() || s[i + 1] == u'/')) {
            // Autolinks keep their address; inline HTML tags go.
            const qsizetype limit = std::min(n, i + 256);
            qsizetype k = i + 1;
            while (k < limit && s[k] != u'>' && s[k] != u'<' && s[k] != u' ') {
                ++k;
            }
            if (k < limit && s[k] == u'>') {
                const QStringView inner = s.mid(i + 1, k - i - 1);
                if (inner.contains(u"://") || inner.startsWith(u"mailto:") || inner.contains(u'@')) {
                    out.append(inner);
                }
                i = k + 1;
                continue;
            }
            qsizetype end = i + 1;
            while (end < limit && s[end] != u'>' && s[end] != u'<') {
                ++end;
            }
            if (end < limit && s[end] == u'>' && s[i + 1].isLetter()) {
                i = end + 1;
                continue;
            }
        }
        if (u == '&') {
            char32_t cp = 0;
            const qsizetype consumed = decodeEntity(s.data() + i, s.data() + n, cp);
            if (consumed > 0) {
                appendCodePoint(out, cp);
                i += consumed;
                continue;
            }
        }
        if (u == '*' || u == '_' || u == '~') {
            qsizetype run = 0;
            while (i + run < n && s[i + run] == c) {
                ++run;
            }
            const QChar before = i > 0 ? s[i - 1] : QChar(u' ');
            const QChar after = i + run < n ? s[i + run] : QChar(u' ');
            const bool spaceBefore = before.isSpace();
            const bool spaceAfter = after.isSpace();
            // "2 * 3" and snake_case are text; "~" alone is text ("~~" is strike-through).
            const bool literal = (spaceBefore && spaceAfter)
                || (u == '_' && before.isLetterOrNumber() && after.isLetterOrNumber())
                || (u == '~' && run < 2);
            if (literal) {
                out.append(s.mid(i, run));
            }
            i += run;
            continue;
        }
        out.append(c);
        ++i;
    }
}

class MarkdownConverter
{
public:
    explicit MarkdownConverter(QStringView text)
        : m_text(text)
    {
        m_lines.text.reserve(text.size());
    }

    Lines run();

private:
    void flushParagraph();
    void emitHeading(QStringView raw, int level);
    void appendToParagraph(QStringView line);

    QStringView m_text;
    Lines m_lines;
    QString m_paragraph;
    QString m_scratch;
    bool m_paragraphIsItem = false;
    bool m_haveTitle = false;
};

void MarkdownConverter::flushParagraph()
{
    if (m_paragraph.isEmpty()) {
        return;
    }
    m_scratch.clear();
    appendInline(m_scratch, m_paragraph);
    const QStringView line = trimAscii(m_scratch);
    if (!line.isEmpty()) {
        m_lines.add(line);
    }
    m_paragraph.clear();
    m_paragraphIsItem = false;
}

void MarkdownConverter::emitHeading(QStringView raw, int level)
{
    m_scratch.clear();
    appendInline(m_scratch, raw);
    const QStringView line = trimAscii(m_scratch);
    if (line.isEmpty()) {
        return;
    }
    // A level-one heading that opens the document is its headline.
    const bool title = level == 1 && m_lines.count == 0 && !m_haveTitle;
    m_haveTitle = m_haveTitle || title;
    m_lines.add(line, title ? BlockKind::Title : BlockKind::Heading);
}

void MarkdownConverter::appendToParagraph(QStringView line)
{
    // A hard break ("\" or two spaces at the end) ends a line, not the paragraph.
    line = trimAscii(line);
    if (line.endsWith(u'\\')) {
        line.chop(1);
        line = trimAscii(line);
    }
    if (line.isEmpty()) {
        return;
    }
    if (!m_paragraph.isEmpty()) {
        // Chinese and Japanese lines wrapped by hand join without a space.
        if (!isWideChar(m_paragraph.back().unicode()) && !isWideChar(line.front().unicode())) {
            m_paragraph.append(u' ');
        }
    }
    m_paragraph.append(line);
}

Lines MarkdownConverter::run()
{
    bool inFence = false;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    bool inComment = false;
    qsizetype pos = 0;
    const qsizetype n = m_text.size();
    // YAML front matter is metadata, not article text; it counts only when it is closed near the top,
    // otherwise the opening "---" is an ordinary thematic break.
    if (m_text.startsWith(u"---")) {
        qsizetype scan = 0;
        for (int k = 0; k < 200 && scan <= n; ++k) {
            qsizetype eol = m_text.indexOf(u'\n', scan);
            if (eol < 0) {
                eol = n;
            }
            const QStringView t = trimAscii(m_text.mid(scan, eol - scan));
            if (k == 0 && t != u"---") {
                break;
            }
            if (k > 0 && (t == u"---" || t == u"...")) {
                pos = eol + 1;
                break;
            }
            scan = eol + 1;
        }
    }

    while (pos <= n) {
        qsizetype eol = m_text.indexOf(u'\n', pos);
        if (eol < 0) {
            eol = n;
        }
        QStringView line = m_text.mid(pos, eol - pos);
        pos = eol + 1;

        if (inFence) {
            const QStringView t = trimAscii(line);
            qsizetype run = 0;
            while (run < t.size() && t[run] == fenceChar) {
                ++run;
            }
            if (run >= fenceLength && run == t.size()) {
                inFence = false;
            } else if (!isBlank(line)) {
                // Code is kept as it stands, one line per line.
                QStringView code = line;
                while (!code.isEmpty() && code.back().isSpace()) {
                    code.chop(1);
                }
                m_lines.add(code);
            }
            continue;
        }
        if (inComment) {
            if (line.contains(u"-->")) {
                inComment = false;
            }
            continue;
        }

        // Block quote markers go; what they quote is read like any other text.
        for (;;) {
            const qsizetype indent = leadingSpaces(line);
            if (indent < 4 && indent < line.size() && line[indent] == u'>') {
                line = line.mid(indent + 1);
                if (!line.isEmpty() && line.front() == u' ') {
                    line = line.mid(1);
                }
                continue;
            }
            break;
        }

        if (isBlank(line)) {
            flushParagraph();
            continue;
        }
        const qsizetype indent = leadingSpaces(line);
        const QStringView body = line.mid(indent);

        if (indent < 4 && body.startsWith(u"<!--")) {
            flushParagraph();
            inComment = !body.contains(u"-->");
            continue;
        }
        if (indent < 4 && (body.startsWith(u"```") || body.startsWith(u"~~~"))) {
            flushParagraph();
            inFence = true;
            fenceChar = body.front();
            fenceLength = 0;
            while (fenceLength < body.size() && body[fenceLength] == fenceChar) {
                ++fenceLength;
            }
            continue;
        }
        // ATX heading: 1-6 '#' then a space or the end of the line.
        if (indent < 4 && body.startsWith(u'#')) {
            qsizetype level = 0;
            while (level < body.size() && body[level] == u'#') {
                ++level;
            }
            if (level <= 6 && (level == body.size() || body[level] == u' ' || body[level] == u'\t')) {
                flushParagraph();
                QStringView heading = trimAscii(body.mid(level));
                // A closing run of '#' preceded by a space is not part of the heading.
                qsizetype end = heading.size();
                while (end > 0 && heading[end - 1] == u'#') {
                    --end;
                }
                if (end == 0 || heading[end - 1] == u' ') {
                    heading = trimAscii(heading.first(end));
                }
                emitHeading(heading, int(level));
                continue;
            }
        }
        const QStringView trimmed = trimAscii(body);
        const auto allOf = [&trimmed](QChar ch, bool allowSpaces) {
            qsizetype count = 0;
            for (const QChar c : trimmed) {
                if (c == ch) {
                    ++count;
                } else if (!(allowSpaces && c == u' ')) {
                    return qsizetype(0);
                }
            }
            return count;
        };
        // Setext heading: '=' or '-' underline below paragraph text.
        if (indent < 4 && !m_paragraph.isEmpty() && !m_paragraphIsItem
            && (allOf(u'=', false) > 0 || allOf(u'-', false) > 0)) {
            const int level = trimmed.front() == u'=' ? 1 : 2;
            const QString heading = std::exchange(m_paragraph, QString());
            emitHeading(heading, level);
            continue;
        }
        // Thematic break.
        if (indent < 4 && (allOf(u'-', true) >= 3 || allOf(u'*', true) >= 3 || allOf(u'_', true) >= 3)) {
            flushParagraph();
            continue;
        }
        // Link reference definition: "[id]: url".
        if (indent < 4 && body.startsWith(u'[')) {
            const qsizetype close = body.indexOf(u"]:");
            if (close > 1 && !body.first(close).contains(u']')) {
                flushParagraph();
                continue;
            }
        }
        // List item: "-", "*", "+" or "1." / "1)" then a space; each item is a line of its own.
        qsizetype marker = 0;
        if (body.size() >= 2 && (body[0] == u'-' || body[0] == u'*' || body[0] == u'+') && body[1] == u' ') {
            marker = 2;
        } else {
            qsizetype digits = 0;
            while (digits < body.size() && digits < 9 && body[digits].unicode() >= '0'
                   && body[digits].unicode() <= '9') {
                ++digits;
            }
            if (digits > 0 && digits + 1 < body.size() && (body[digits] == u'.' || body[digits] == u')')
                && body[digits + 1] == u' ') {
                marker = digits + 2;
            }
        }
        if (marker > 0) {
            flushParagraph();
            appendToParagraph(body.mid(marker));
            m_paragraphIsItem = true;
            continue;
        }
        appendToParagraph(body);
    }
    flushParagraph();
    return std::move(m_lines);
}

} // namespace

MarkupText htmlToText(const QString &html)
{
    Lines lines = HtmlConverter(html).run();
    return {std::move(lines.text), std::move(lines.hints)};
}

MarkupText markdownToText(const QString &markdown)
{
    Lines lines = MarkdownConverter(markdown).run();
    return {std::move(lines.text), std::move(lines.hints)};
}

} // namespace QuoteReader
