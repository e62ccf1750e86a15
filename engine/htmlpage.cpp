// Reading HTML the way a browser's parser would for text: one pass, no backtracking, so that hostile
// markup (thousands of unclosed tags, unterminated quotes and comments) stays linear. The tree is
// kept for block elements only; inline elements (links, emphasis) only mark the text they hold.
#include "htmlpage.h"

#include "entities.h"
#include "htmlmarkers.h"
#include "textutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace QuoteReader::Html {

namespace {

// The longest "articleBody" string anywhere in a JSON-LD value.
void findArticleBody(const QJsonValue &value, QString &best, int depth)
{
    if (depth > 16) {
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"articleBody" && it.value().isString()) {
                const QString body = it.value().toString();
                if (body.size() > best.size()) {
                    best = body;
                }
            } else if (it.value().isObject() || it.value().isArray()) {
                findArticleBody(it.value(), best, depth + 1);
            }
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            findArticleBody(item, best, depth + 1);
        }
    }
}

class Parser
{
public:
    explicit Parser(QStringView html)
        : m_p(html.data())
        , m_end(html.data() + html.size())
    {
        m_page.text.reserve(html.size() / 3);
        m_page.elements.append(Element{-1, 0, 0, 0, Tag::Document});
    }

    Page run();

private:
    // An element open on the stack: block elements have their index in the tree, inline ones -1.
    struct Open {
        quint32 name = 0;  // hash of the tag name, to match its closing tag
        int element = -1;  // own tree element (block), or -1
        int enclosing = 0; // the innermost tree element at or above this one
        Tag tag = Tag::Other;
        bool link = false;
        bool hidden = false; // an inline element hidden from readers: its text is dropped
        bool pre = false;
        Marker inlineMarker = Marker::None; // what an inline element (or one around it) is named: <span class="byline">
    };

    static quint32 hashName(const char *name)
    {
        quint32 h = 2166136261u;
        for (const char *c = name; *c; ++c) {
            h = (h ^ quint8(*c)) * 16777619u;
        }
        return h;
    }
    static bool isSpace(char16_t c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0;
    }

    int currentElement() const { return m_stack.isEmpty() ? 0 : m_stack.last().enclosing; }
    void append(QStringView run);
    void text(QChar c);
    void endLine();
    void parseTag();
    void openBlock(const TagInfo &info, quint32 name, const Attributes &attributes);
    void openInline(quint32 name, const Attributes &attributes, bool link, Marker marker);
    void popTo(qsizetype index);
    bool closeNamed(quint32 name, qsizetype limit);
    void closeParagraph();
    void closeOpenLink(quint32 name);
    void closeListItem(Tag item);
    void skipElement(const char *name);
    QStringView rawText(const char *name);
    void readTitle();
    void meta(const Attributes &attributes);

    static constexpr qsizetype kMaxDepth = 4096;   // deeper nesting is read as inline
    static constexpr qsizetype kCloseSearch = 256; // how far down a closing tag looks for its element

    const QChar *m_p;
    const QChar *m_end;
    Page m_page;
    QList<Open> m_stack;
    qsizetype m_lineStart = 0;
    int m_lineOwner = 0;
    int m_lineChars = 0;
    int m_lineLinkChars = 0;
    int m_lineMarkedChars = 0;
    Marker m_lineMarker = Marker::None;
    bool m_lineHasText = false;
    bool m_pendingSpace = false;
    int m_linkDepth = 0;
    int m_hiddenDepth = 0;
    int m_preDepth = 0;
    bool m_haveTitle = false;
    QList<QStringView> m_jsonLd;
};

void Parser::append(QStringView run)
{
    if (m_hiddenDepth > 0) {
        return;
    }
    if (!m_lineHasText) {
        m_lineOwner = currentElement();
        m_lineHasText = true;
    } else if (m_pendingSpace) {
        m_page.text.append(u' ');
    }
    m_pendingSpace = false;
    m_page.text.append(run);
    m_lineChars += int(run.size());
    if (m_linkDepth > 0) {
        m_lineLinkChars += int(run.size());
    }
    if (!m_stack.isEmpty() && m_stack.last().inlineMarker != Marker::None) {
        m_lineMarkedChars += int(run.size());
        m_lineMarker = m_stack.last().inlineMarker;
    }
}

void Parser::text(QChar c)
{
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
    append(QStringView(&c, 1));
}

void Parser::endLine()
{
    if (m_lineHasText) {
        m_page.lines.append(Line{m_lineStart, m_page.text.size(), m_lineOwner, m_lineChars, m_lineLinkChars,
                                 m_lineMarkedChars, m_lineMarker});
        m_page.text.append(u'\n');
    }
    m_lineStart = m_page.text.size();
    m_lineHasText = false;
    m_pendingSpace = false;
    m_lineChars = 0;
    m_lineLinkChars = 0;
    m_lineMarkedChars = 0;
    m_lineMarker = Marker::None;
}

void Parser::popTo(qsizetype index)
{
    for (qsizetype i = index; i < m_stack.size(); ++i) {
        if (m_stack.at(i).element >= 0) {
            endLine(); // a block ends its line; an inline element (</b>) does not
            break;
        }
    }
    while (m_stack.size() > index) {
        const Open open = m_stack.takeLast();
        m_linkDepth -= open.link;
        m_hiddenDepth -= open.hidden;
        m_preDepth -= open.pre;
        if (open.element >= 0) {
            Element &element = m_page.elements[open.element];
            element.endLine = int(m_page.lines.size());
            element.endElement = int(m_page.elements.size());
        }
    }
}

bool Parser::closeNamed(quint32 name, qsizetype limit)
{
    const qsizetype bottom = std::max<qsizetype>(0, m_stack.size() - limit);
    for (qsizetype i = m_stack.size() - 1; i >= bottom; --i) {
        if (m_stack.at(i).name == name) {
            popTo(i);
            return true;
        }
    }
    return false;
}

// Links do not nest: an unclosed one in the same block ends where the next one begins.
void Parser::closeOpenLink(quint32 name)
{
    const qsizetype bottom = std::max<qsizetype>(0, m_stack.size() - 16);
    for (qsizetype i = m_stack.size() - 1; i >= bottom && m_stack.at(i).element < 0; --i) {
        if (m_stack.at(i).name == name) {
            popTo(i);
            return;
        }
    }
}

// A block opening inside a paragraph ends it (<p>text<div> is <p>text</p><div>).
void Parser::closeParagraph()
{
    const qsizetype bottom = std::max<qsizetype>(0, m_stack.size() - kCloseSearch);
    for (qsizetype i = m_stack.size() - 1; i >= bottom; --i) {
        const Open &open = m_stack.at(i);
        if (open.element < 0) {
            continue; // inline elements inside the paragraph close with it
        }
        if (open.tag == Tag::P) {
            popTo(i);
        }
        return;
    }
}

// <li> ends an open <li> of the same list, <dt>/<dd> one of the same definition list, <td> a cell
// and <tr> a row of the same table.
void Parser::closeListItem(Tag item)
{
    const auto sameKind = [item](Tag tag) {
        switch (item) {
        case Tag::Dt:
        case Tag::Dd:
            return tag == Tag::Dt || tag == Tag::Dd;
        default:
            return tag == item;
        }
    };
    const auto boundary = [item](Tag tag) {
        switch (tag) {
        case Tag::Table:
        case Tag::Body:
        case Tag::Document:
            return true;
        case Tag::Ul:
        case Tag::Ol:
        case Tag::Menu:
            return item == Tag::Li;
        case Tag::Dl:
            return item == Tag::Dt || item == Tag::Dd;
        case Tag::Tr:
            return item == Tag::Td;
        default:
            return false;
        }
    };
    const qsizetype bottom = std::max<qsizetype>(0, m_stack.size() - kCloseSearch);
    for (qsizetype i = m_stack.size() - 1; i >= bottom; --i) {
        const Open &open = m_stack.at(i);
        if (open.element < 0) {
            continue;
        }
        if (sameKind(open.tag)) {
            popTo(i);
            return;
        }
        if (boundary(open.tag)) {
            return;
        }
    }
}

void Parser::openBlock(const TagInfo &info, quint32 name, const Attributes &attributes)
{
    if (closesParagraph(info.tag)) {
        closeParagraph();
    }
    if (info.tag == Tag::Li || info.tag == Tag::Dt || info.tag == Tag::Dd || info.tag == Tag::Td
        || info.tag == Tag::Tr) {
        closeListItem(info.tag);
    }
    // A heading or paragraph opening inside an unclosed heading ends it (<h2>Title<p>Text).
    if ((info.tag == Tag::Heading || info.tag == Tag::P) && !m_stack.isEmpty() && m_stack.last().tag == Tag::Heading) {
        popTo(m_stack.size() - 1);
    }
    endLine();
    if (m_stack.size() >= kMaxDepth) {
        return;
    }
    Element element;
    element.parent = currentElement();
    element.firstLine = int(m_page.lines.size());
    element.endLine = element.firstLine;
    element.tag = info.tag;
    element.headingLevel = info.level;
    element.marker = markerFor(info.tag);
    // A <body> is named after the kind of page ("single-post", "article-template"), not what it holds.
    if (info.tag != Tag::Body) {
        // Read together, as readability.js does: a content word in either name keeps the element a
        // candidate (id="main-content" class="has-sidebar"), unless it is hidden.
        int weight = 0;
        bool content = false;
        Marker named = Marker::None;
        int namedRank = 0;
        for (const QStringView value : {attributes.cls, attributes.id}) {
            if (value.isEmpty()) {
                continue;
            }
            const NameReading reading = readName(value);
            weight += int(reading.content) - int(reading.furniture);
            content = content || reading.content || reading.embed;
            element.embedded = element.embedded || reading.embed;
            if (reading.rank > namedRank) {
                named = reading.marker;
                namedRank = reading.rank;
            }
        }
        element.classWeight = qint8(weight);
        element.named = element.embedded ? Marker::None : named;
        if (named == Marker::Hidden || (named != Marker::None && !content && element.marker == Marker::None)) {
            element.marker = named;
        }
    }
    bool articleBody = equalsAscii(attributes.itemprop.trimmed(), "articlebody");
    const Marker role = markerForRole(attributes.role, articleBody);
    if (role != Marker::None && element.marker != Marker::Hidden) {
        element.marker = role;
    }
    element.articleBody = articleBody;
    element.classHash = attributes.cls.trimmed().isEmpty() ? 0 : quint32(qHash(attributes.cls.trimmed()));
    if (isHiddenByAttributes(attributes)) {
        element.marker = Marker::Hidden;
    }
    if (element.marker != Marker::None) {
        element.named = element.marker;
    }
    const int index = int(m_page.elements.size());
    m_page.elements.append(element);
    const bool pre = info.tag == Tag::Pre;
    m_preDepth += pre;
    m_stack.append(Open{name, index, index, info.tag, false, false, pre});
}

void Parser::openInline(quint32 name, const Attributes &attributes, bool link, Marker marker)
{
    if (m_stack.size() >= kMaxDepth) {
        return;
    }
    bool hidden = isHiddenByAttributes(attributes);
    bool content = false;
    for (const QStringView value : {attributes.cls, attributes.id}) {
        if (!value.isEmpty()) {
            const NameReading reading = readName(value);
            hidden = hidden || reading.marker == Marker::Hidden;
            content = content || reading.content || reading.embed;
            marker = marker == Marker::None ? reading.marker : marker;
        }
    }
    if (content) {
        marker = Marker::None;
    }
    if (marker == Marker::None && !m_stack.isEmpty()) {
        marker = m_stack.last().inlineMarker;
    }
    m_linkDepth += link;
    m_hiddenDepth += hidden;
    m_stack.append(Open{name, -1, currentElement(), Tag::Other, link, hidden, false, marker});
}

// Skips an element and all it holds, to its matching closing tag (nested ones of the same name counted).
void Parser::skipElement(const char *name)
{
    const qsizetype length = qsizetype(std::strlen(name));
    int depth = 1;
    while (m_p < m_end) {
        if (*m_p != u'<') {
            ++m_p;
            continue;
        }
        const bool closing = m_p + 1 < m_end && m_p[1] == u'/';
        const QChar *q = m_p + (closing ? 2 : 1);
        bool match = m_end - q > length;
        for (qsizetype k = 0; k < length && match; ++k) {
            const char16_t c = q[k].unicode();
            match = c < 0x80 && asciiLower(char(c)) == name[k];
        }
        if (match) {
            const char16_t after = q[length].unicode();
            match = !(after < 0x80 && (isAsciiAlnum(after) || after == '-'));
        }
        ++m_p;
        if (!match) {
            continue;
        }
        const QChar *close = q + length;
        while (close < m_end && *close != u'>') {
            ++close;
        }
        const bool selfClosing = close < m_end && close[-1] == u'/';
        m_p = close < m_end ? close + 1 : m_end;
        if (closing) {
            if (--depth == 0) {
                return;
            }
        } else if (!selfClosing) {
            ++depth;
        }
    }
}

// The raw text up to "</name>" (case-insensitive), leaving m_p after the closing tag.
QStringView Parser::rawText(const char *name)
{
    const QChar *start = m_p;
    const size_t nameLength = std::strlen(name);
    while (m_p < m_end) {
        if (*m_p == u'<' && m_end - m_p > qsizetype(nameLength + 1) && m_p[1] == u'/') {
            bool match = true;
            for (size_t k = 0; k < nameLength && match; ++k) {
                const char16_t c = m_p[2 + k].unicode();
                match = c < 0x80 && asciiLower(char(c)) == name[k];
            }
            if (match) {
                const QStringView raw(start, m_p - start);
                const QChar *close = m_p + 2 + nameLength;
                while (close < m_end && *close != u'>') {
                    ++close;
                }
                m_p = close < m_end ? close + 1 : m_end;
                return raw;
            }
        }
        ++m_p;
    }
    return QStringView(start, m_end - start);
}

// Text with its character references decoded and white space collapsed.
QString collapsed(QStringView raw)
{
    QString out;
    bool pendingSpace = false;
    const QChar *p = raw.data();
    const QChar *end = p + raw.size();
    while (p < end) {
        char32_t cp = p->unicode();
        qsizetype consumed = 1;
        if (*p == u'&') {
            consumed = decodeEntity(p, end, cp);
            if (consumed == 0) {
                consumed = 1;
                cp = u'&';
            }
        }
        p += consumed;
        if (cp < 0x10000 && (QChar(char16_t(cp)).isSpace())) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        appendCodePoint(out, cp);
    }
    return out;
}

void Parser::readTitle()
{
    const QString title = collapsed(rawText("title"));
    if (!m_haveTitle && !title.isEmpty()) {
        m_page.title = title;
        m_haveTitle = true;
    }
}

void Parser::meta(const Attributes &attributes)
{
    const QStringView key = attributes.property.isEmpty() ? attributes.name : attributes.property;
    if (m_page.metaTitle.isEmpty() && (equalsAscii(key, "og:title") || equalsAscii(key, "twitter:title"))) {
        m_page.metaTitle = collapsed(attributes.content);
    }
}

void Parser::parseTag()
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
    const QChar *attributesStart = q;
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
    const QChar *attributesEnd = q;
    m_p = q < m_end ? q + 1 : m_end;
    const TagInfo info = tooLong ? TagInfo{} : classify(name);
    const quint32 nameHash = hashName(name);

    if (closing) {
        switch (info.behaviour) {
        case Behaviour::Block:
            endLine();
            closeNamed(nameHash, kCloseSearch);
            return;
        case Behaviour::Inline:
            closeNamed(nameHash, 16); // a stray closing tag of an inline element closes nothing far away
            return;
        case Behaviour::LineBreak:
            endLine(); // </br> is read as <br>
            return;
        default:
            return;
        }
    }
    switch (info.behaviour) {
    case Behaviour::Raw: {
        if (selfClosing) {
            return;
        }
        const Attributes attributes = readAttributes(attributesStart, attributesEnd);
        const QStringView raw = rawText(name);
        if (name[0] == 's' && name[1] == 'c' && equalsAscii(attributes.type.trimmed(), "application/ld+json")
            && raw.contains(u"articleBody")) {
            m_jsonLd.append(raw);
        }
        if (name[0] == 't') {
            ++m_page.elements[currentElement()].inputs; // textarea
        }
        return;
    }
    case Behaviour::Skip:
        if (!selfClosing) {
            skipElement(name);
        }
        return;
    case Behaviour::Title:
        if (!selfClosing) {
            readTitle();
        }
        return;
    case Behaviour::LineBreak:
        endLine();
        return;
    case Behaviour::Void:
        if (name[0] == 'i' && name[1] == 'm') {
            Element &element = m_page.elements[currentElement()];
            element.images = quint16(std::min(element.images + 1, 65535));
        } else if (name[0] == 'i' && name[1] == 'n') {
            const Attributes attributes = readAttributes(attributesStart, attributesEnd);
            if (!equalsAscii(attributes.type.trimmed(), "hidden")) {
                Element &element = m_page.elements[currentElement()];
                element.inputs = quint16(std::min(element.inputs + 1, 65535));
            }
        } else if (name[0] == 'm' && name[1] == 'e') {
            meta(readAttributes(attributesStart, attributesEnd));
        }
        return;
    case Behaviour::Block:
        openBlock(info, nameHash, readAttributes(attributesStart, attributesEnd));
        return;
    case Behaviour::Inline:
        if (selfClosing) {
            return;
        }
        {
            const Attributes attributes = readAttributes(attributesStart, attributesEnd);
            const bool anchor = name[0] == 'a' && name[1] == '\0';
            if (anchor) {
                closeOpenLink(nameHash);
            }
            // <time> holds the article's date (or another's): metadata, like a byline.
            const Marker marker = std::strcmp(name, "time") == 0 ? Marker::Byline : Marker::None;
            openInline(nameHash, attributes, anchor && attributes.href, marker);
        }
        return;
    }
}

Page Parser::run()
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
                    const QChar pair[2] = {QChar::highSurrogate(cp), QChar::lowSurrogate(cp)};
                    append(QStringView(pair, 2));
                } else {
                    text(QChar(char16_t(cp)));
                }
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
            append(QStringView(m_p, q - m_p));
            m_p = q;
        }
    }
    popTo(0);
    m_page.elements[0].endLine = int(m_page.lines.size());
    m_page.elements[0].endElement = int(m_page.elements.size());

    for (const QStringView raw : std::as_const(m_jsonLd)) {
        const QJsonDocument json = QJsonDocument::fromJson(raw.toUtf8());
        QString body;
        findArticleBody(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), body, 0);
        if (body.size() > m_page.jsonLdBody.size()) {
            m_page.jsonLdBody = body;
        }
    }
    return std::move(m_page);
}

} // namespace

Page parsePage(QStringView html)
{
    return Parser(html).run();
}

} // namespace QuoteReader::Html
