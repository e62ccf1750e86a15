#include "htmlmarkers.h"

#include "entities.h"
#include "lexicon.h"
#include "textutil.h"

#include <cstring>

namespace QuoteReader::Html {

namespace {

// The words of class and id names and the markers they carry (resources/lexicon/structure/html-markers.txt).
class MarkerNames final
{
public:
    static const MarkerNames &instance()
    {
        static const MarkerNames names;
        return names;
    }

    // Reads one class or id value.
    NameReading read(QStringView value) const
    {
        NameReading reading;
        const auto note = [&](QStringView tag) {
            if (tag == u"content") {
                reading.content = true;
                return;
            }
            if (tag == u"embed") {
                reading.embed = true;
                return;
            }
            reading.furniture = true;
            const auto [marker, rank] = markerFor(tag);
            if (rank > reading.rank) {
                reading.rank = rank;
                reading.marker = marker;
            }
        };
        QString lower = value.toString().toLower();
        // Whole tokens first (class="hidden"), then every word of every token.
        for (const QStringView token : QStringView(lower).split(u' ', Qt::SkipEmptyParts)) {
            if (token.size() > 64) {
                continue; // generated names (hashes, JSON in attributes) say nothing
            }
            const QString whole = u'=' + token.toString();
            if (m_words.contains(whole)) {
                note(m_words.tag(whole));
            }
        }
        qsizetype start = -1;
        const qsizetype n = value.size();
        for (qsizetype i = 0; i <= n; ++i) {
            const QChar c = i < n ? value[i] : QChar(u' ');
            const bool alnum = c.unicode() < 0x80 && isAsciiAlnum(c.unicode());
            // A capital after a lower-case letter starts a word: articleBody, relatedStories.
            const bool camel = alnum && start >= 0 && c.isUpper() && value[i - 1].isLower();
            if (start >= 0 && (!alnum || camel)) {
                const QStringView word = QStringView(lower).mid(start, i - start);
                if (word.size() >= 2 && word.size() <= 32) {
                    if (m_words.contains(word)) {
                        note(m_words.tag(word));
                    } else if (m_prefixes.matchAtStart(word) > 0) {
                        note(m_prefixes.tag(word.first(m_prefixes.matchAtStart(word))));
                    }
                }
                start = -1;
            }
            if (alnum && start < 0) {
                start = i;
            }
        }
        return reading;
    }

private:
    MarkerNames()
    {
        const WordList all = WordList::fromResource(QStringLiteral("structure/html-markers.txt"));
        QString words;
        QString prefixes;
        for (const QString &entry : all.entries()) {
            QString &target = entry.endsWith(u'*') ? prefixes : words;
            target += QStringView(entry).chopped(entry.endsWith(u'*') ? 1 : 0);
            target += u'\t';
            target += all.tag(entry);
            target += u'\n';
        }
        m_words = WordList::fromText(words);
        m_prefixes = WordList::fromText(prefixes);
    }

    // Where names disagree (comment-share, sidebar-newsletter), the more particular kind wins.
    static std::pair<Marker, int> markerFor(QStringView tag)
    {
        if (tag == u"hidden") {
            return {Marker::Hidden, 9};
        }
        if (tag == u"comments") {
            return {Marker::Comments, 8};
        }
        if (tag == u"related") {
            return {Marker::Related, 7};
        }
        if (tag == u"share") {
            return {Marker::Share, 6};
        }
        if (tag == u"navigation") {
            return {Marker::Navigation, 5};
        }
        if (tag == u"caption") {
            return {Marker::Caption, 4};
        }
        if (tag == u"byline") {
            return {Marker::Byline, 3};
        }
        if (tag == u"boilerplate") {
            return {Marker::Boilerplate, 2};
        }
        return {Marker::None, 1}; // weak: a penalty, no kind
    }

    WordList m_words;    // whole words, and "=token" for whole class tokens
    WordList m_prefixes; // word starts
};

} // namespace

TagInfo classify(const char *name)
{
    struct Entry {
        const char *name;
        Behaviour behaviour;
        Tag tag;
    };
    static constexpr Entry entries[] = {
        {"p", Behaviour::Block, Tag::P},
        {"div", Behaviour::Block, Tag::Div},
        {"a", Behaviour::Inline, Tag::Other},
        {"span", Behaviour::Inline, Tag::Other},
        {"li", Behaviour::Block, Tag::Li},
        {"br", Behaviour::LineBreak, Tag::Other},
        {"img", Behaviour::Void, Tag::Other},
        {"td", Behaviour::Block, Tag::Td},
        {"tr", Behaviour::Block, Tag::Tr},
        {"ul", Behaviour::Block, Tag::Ul},
        {"section", Behaviour::Block, Tag::Section},
        {"article", Behaviour::Block, Tag::Article},
        {"main", Behaviour::Block, Tag::Main},
        {"header", Behaviour::Block, Tag::Header},
        {"footer", Behaviour::Block, Tag::Footer},
        {"nav", Behaviour::Block, Tag::Nav},
        {"aside", Behaviour::Block, Tag::Aside},
        {"menu", Behaviour::Block, Tag::Menu},
        {"form", Behaviour::Block, Tag::Form},
        {"fieldset", Behaviour::Block, Tag::Fieldset},
        {"figure", Behaviour::Block, Tag::Figure},
        {"figcaption", Behaviour::Block, Tag::FigCaption},
        {"blockquote", Behaviour::Block, Tag::Blockquote},
        {"pre", Behaviour::Block, Tag::Pre},
        {"ol", Behaviour::Block, Tag::Ol},
        {"dl", Behaviour::Block, Tag::Dl},
        {"dt", Behaviour::Block, Tag::Dt},
        {"dd", Behaviour::Block, Tag::Dd},
        {"table", Behaviour::Block, Tag::Table},
        {"th", Behaviour::Block, Tag::Td},
        {"tbody", Behaviour::Block, Tag::Other},
        {"thead", Behaviour::Block, Tag::Other},
        {"tfoot", Behaviour::Block, Tag::Other},
        {"caption", Behaviour::Block, Tag::FigCaption},
        {"address", Behaviour::Block, Tag::Address},
        {"dialog", Behaviour::Block, Tag::Dialog},
        {"details", Behaviour::Block, Tag::Details},
        {"summary", Behaviour::Block, Tag::Other},
        {"body", Behaviour::Block, Tag::Body},
        {"html", Behaviour::Block, Tag::Other},
        {"head", Behaviour::Block, Tag::Other},
        {"center", Behaviour::Block, Tag::Div},
        {"hgroup", Behaviour::Block, Tag::Other},
        {"legend", Behaviour::Block, Tag::Other},
        {"hr", Behaviour::LineBreak, Tag::Other},
        {"input", Behaviour::Void, Tag::Other},
        {"meta", Behaviour::Void, Tag::Other},
        {"link", Behaviour::Void, Tag::Other},
        {"wbr", Behaviour::Void, Tag::Other},
        {"source", Behaviour::Void, Tag::Other},
        {"area", Behaviour::Void, Tag::Other},
        {"base", Behaviour::Void, Tag::Other},
        {"col", Behaviour::Void, Tag::Other},
        {"embed", Behaviour::Void, Tag::Other},
        {"param", Behaviour::Void, Tag::Other},
        {"track", Behaviour::Void, Tag::Other},
        {"script", Behaviour::Raw, Tag::Other},
        {"style", Behaviour::Raw, Tag::Other},
        {"textarea", Behaviour::Raw, Tag::Other},
        {"title", Behaviour::Title, Tag::Other},
        {"svg", Behaviour::Skip, Tag::Other},
        {"math", Behaviour::Skip, Tag::Other},
        {"template", Behaviour::Skip, Tag::Other},
        {"iframe", Behaviour::Skip, Tag::Other},
        {"object", Behaviour::Skip, Tag::Other},
        {"video", Behaviour::Skip, Tag::Other},
        {"audio", Behaviour::Skip, Tag::Other},
        {"canvas", Behaviour::Skip, Tag::Other},
        {"select", Behaviour::Skip, Tag::Other},
        {"button", Behaviour::Skip, Tag::Other},
        {"noscript", Behaviour::Skip, Tag::Other},
        {"option", Behaviour::Skip, Tag::Other},
        {"datalist", Behaviour::Skip, Tag::Other},
        {"map", Behaviour::Skip, Tag::Other},
    };
    if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0') {
        return {Behaviour::Block, Tag::Heading, quint8(name[1] - '0')};
    }
    for (const Entry &entry : entries) {
        if (std::strcmp(entry.name, name) == 0) {
            return {entry.behaviour, entry.tag, 0};
        }
    }
    return {};
}

bool closesParagraph(Tag tag)
{
    switch (tag) {
    case Tag::Other:
    case Tag::Document:
    case Tag::Body:
    case Tag::Tr:
    case Tag::Td:
    case Tag::Li:
    case Tag::Dt:
    case Tag::Dd:
    case Tag::FigCaption:
        return false;
    default:
        return true;
    }
}

NameReading readName(QStringView value)
{
    return MarkerNames::instance().read(value);
}

bool equalsAscii(QStringView a, const char *lowerName)
{
    const qsizetype n = qsizetype(std::strlen(lowerName));
    if (a.size() != n) {
        return false;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = a[i].unicode();
        if (c >= 0x80 || asciiLower(char(c)) != lowerName[i]) {
            return false;
        }
    }
    return true;
}

// Reads the attributes in [p, end) (after the tag name, to the '>' excluded).
Attributes readAttributes(const QChar *p, const QChar *end)
{
    Attributes attributes;
    const auto isSpace = [](char16_t c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
    };
    while (p < end) {
        while (p < end && isSpace(p->unicode())) {
            ++p;
        }
        const QChar *nameStart = p;
        while (p < end && !isSpace(p->unicode()) && *p != u'=') {
            ++p;
        }
        const QStringView name(nameStart, p - nameStart);
        if (name.isEmpty()) {
            ++p;
            continue;
        }
        while (p < end && (*p == u' ' || *p == u'\t' || *p == u'\n' || *p == u'\r')) {
            ++p;
        }
        QStringView value;
        bool hasValue = false;
        if (p < end && *p == u'=') {
            hasValue = true;
            ++p;
            while (p < end && (*p == u' ' || *p == u'\t' || *p == u'\n' || *p == u'\r')) {
                ++p;
            }
            if (p < end && (*p == u'"' || *p == u'\'')) {
                const QChar quote = *p++;
                const QChar *valueStart = p;
                while (p < end && *p != quote) {
                    ++p;
                }
                value = QStringView(valueStart, p - valueStart);
                if (p < end) {
                    ++p;
                }
            } else {
                const QChar *valueStart = p;
                while (p < end && !isSpace(p->unicode())) {
                    ++p;
                }
                value = QStringView(valueStart, p - valueStart);
            }
        }
        const auto set = [&](QStringView &field) {
            if (field.isNull()) {
                field = value.isNull() ? QStringView(u"") : value;
            }
        };
        switch (name.size()) {
        case 2:
            if (equalsAscii(name, "id")) {
                set(attributes.id);
            }
            break;
        case 4:
            if (equalsAscii(name, "role")) {
                set(attributes.role);
            } else if (equalsAscii(name, "href")) {
                attributes.href = hasValue && !value.trimmed().isEmpty();
            } else if (equalsAscii(name, "type")) {
                set(attributes.type);
            } else if (equalsAscii(name, "name")) {
                set(attributes.name);
            }
            break;
        case 5:
            if (equalsAscii(name, "class")) {
                set(attributes.cls);
            } else if (equalsAscii(name, "style")) {
                set(attributes.style);
            }
            break;
        case 6:
            attributes.hidden = attributes.hidden || equalsAscii(name, "hidden");
            break;
        case 7:
            if (equalsAscii(name, "content")) {
                set(attributes.content);
            }
            break;
        case 8:
            if (equalsAscii(name, "itemprop")) {
                set(attributes.itemprop);
            } else if (equalsAscii(name, "property")) {
                set(attributes.property);
            }
            break;
        case 11:
            if (equalsAscii(name, "aria-hidden")) {
                set(attributes.ariaHidden);
            }
            break;
        default:
            break;
        }
    }
    return attributes;
}

bool isHiddenByAttributes(const Attributes &attributes)
{
    if (attributes.hidden || equalsAscii(attributes.ariaHidden.trimmed(), "true")) {
        return true;
    }
    if (attributes.style.isEmpty()) {
        return false;
    }
    QString style = attributes.style.toString().toLower();
    style.remove(u' ');
    return style.contains(u"display:none") || style.contains(u"visibility:hidden");
}

// What the role attribute says (ARIA landmark roles).
Marker markerForRole(QStringView role, bool &articleBody)
{
    if (role.isEmpty()) {
        return Marker::None;
    }
    const QString r = role.trimmed().toString().toLower();
    if (r == u"main" || r == u"article") {
        articleBody = true;
        return Marker::None;
    }
    if (r == u"navigation" || r == u"menu" || r == u"menubar" || r == u"search" || r == u"banner" || r == u"tablist") {
        return Marker::Navigation;
    }
    if (r == u"complementary") {
        return Marker::Related;
    }
    if (r == u"contentinfo" || r == u"dialog" || r == u"alertdialog" || r == u"alert") {
        return Marker::Boilerplate;
    }
    return Marker::None;
}

Marker markerFor(Tag tag)
{
    switch (tag) {
    case Tag::Nav:
    case Tag::Menu:
        return Marker::Navigation;
    case Tag::Aside:
        return Marker::Related;
    case Tag::Footer:
    case Tag::Dialog:
        return Marker::Boilerplate;
    case Tag::FigCaption:
        return Marker::Caption;
    case Tag::Address:
        return Marker::Byline;
    default:
        return Marker::None;
    }
}

} // namespace QuoteReader::Html
