#include "escape.h"

#include <algorithm>

namespace QuoteReader {

// RFC 4180: a cell with a comma, quote or line break is quoted and its quotes doubled.
// A cell that begins with = + - @ (or a tab) is one that Excel, LibreOffice and
// Google Sheets run as a formula when the file is opened: an article is untrusted text, and a quote
// like "=HYPERLINK(...)" must not become a live formula on a journalist's machine (CSV injection).
// A leading apostrophe makes the spreadsheet show the cell as text; the apostrophe itself is not shown.
QString csvCell(const QString &value)
{
    QString cell = withVisibleControls(value);
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t') {
            cell.prepend(u'\'');
        }
    }
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n');
    if (!quote) {
        return cell;
    }
    cell.replace(u"\""_qs, u"\"\""_qs);
    return u'"' + cell + u'"';
}

QString withVisibleControls(QStringView text, bool keepLineFeeds)
{
    const auto isControl = [keepLineFeeds](char16_t c) {
        return (c < 0x20 && c != u'\t' && (c != u'\n' || !keepLineFeeds)) || (c >= 0x7F && c <= 0x9F);
    };
    if (std::none_of(text.begin(), text.end(), [&](QChar c) { return isControl(c.unicode()); })) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControl(u)) {
            out += c;
        } else if (u < 0x20) {
            out += QChar(0x2400 + u); // the Control Pictures block: ␀ … ␟
        } else if (u == 0x7F) {
            out += QChar(0x2421); // ␡
        } else {
            out += QChar(QChar::ReplacementCharacter); // C1 controls have no pictures
        }
    }
    return out;
}

// Characters that Markdown would read as markup; backslash-escaping them keeps the words as written.
QString markdownEscape(QStringView text)
{
    static constexpr QStringView special = u"\\`*_[]<>#|~";
    const QString shown = withVisibleControls(text);
    QString out;
    out.reserve(shown.size());
    for (const QChar c : shown) {
        if (special.contains(c)) {
            out += u'\\';
        }
        out += c;
    }
    return out;
}

QString htmlEscape(QStringView text)
{
    const QString shown = withVisibleControls(text);
    QString out;
    out.reserve(shown.size() + shown.size() / 8);
    for (const QChar c : shown) {
        switch (c.unicode()) {
        case '<':
            out += u"&lt;";
            break;
        case '>':
            out += u"&gt;";
            break;
        case '&':
            out += u"&amp;";
            break;
        case '"':
            out += u"&quot;";
            break;
        case '\'':
            out += u"&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace QuoteReader
