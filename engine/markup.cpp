#include "markup.h"

#include "entities.h"
#include "htmlarticle.h"
#include "textutil.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace QuoteReader {

namespace {

// ---------------------------------------------------------------------------------------------
// Shared by the HTML and Markdown converters

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
    return htmlArticle(html);
}

MarkupText markdownToText(const QString &markdown)
{
    Lines lines = MarkdownConverter(markdown).run();
    return {std::move(lines.text), std::move(lines.hints)};
}

} // namespace QuoteReader
