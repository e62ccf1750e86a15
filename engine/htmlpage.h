// A saved web page read into its lines of text and the tree of block elements around them, with
// what the markup says about each element (tag, class, id, role, itemprop, hidden), so that the
// article can be told from the menus, teasers and comments around it (htmlarticle.h). Nothing is
// fetched: an address in the page only ever counts as a link.
#pragma once

#include <QList>
#include <QString>

namespace QuoteReader::Html {

// What an element's tag, role, class or id say it holds.
enum class Marker : quint8 {
    None,
    Navigation,  // menus, breadcrumbs, site headers, tag lists, pagination
    Related,     // other articles: teasers, "more from", trending, recommended, sidebars
    Comments,    // readers' comments and the form to write one
    Share,       // share and follow buttons, social widgets
    Caption,     // figures, galleries, photo credits
    Byline,      // author, date and other metadata of the article
    Boilerplate, // footers, newsletters, ads, cookie notices, pop-ups
    Hidden,      // hidden from every reader (hidden, aria-hidden, display:none)
};

enum class Tag : quint8 {
    Document, // the root: the page itself
    Other,    // an element that breaks lines but carries no meaning of its own
    Body,
    P,
    Div,
    Section,
    Article,
    Main,
    Header,
    Footer,
    Nav,
    Aside,
    Menu,
    Form,
    Fieldset,
    Figure,
    FigCaption,
    Blockquote,
    Pre,
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Table,
    Tr,
    Td,
    Heading,
    Address,
    Dialog,
    Details,
};

struct Element {
    int parent = -1;
    int endElement = 0; // the element's descendants are the elements (this, endElement)
    int firstLine = 0;  // the element's lines are [firstLine, endLine)
    int endLine = 0;
    Tag tag = Tag::Other;
    quint8 headingLevel = 0;      // 1..6 for <h1>..<h6>
    Marker marker = Marker::None; // what the tag, role, hidden state or names say, names only without a content word
    Marker named = Marker::None; // the same, names counted even beside a content word ("entry-meta", "article-sidebar")
    qint8 classWeight = 0;       // content-like names +1, furniture-like names -1, for the class and the id each
    bool articleBody = false;    // itemprop="articleBody", role="main"/"article": the page names its article
    bool embedded = false;       // a post from elsewhere the article quotes (a tweet): its text, links and all
    quint16 images = 0;          // <img> standing directly inside (not in child elements)
    quint16 inputs = 0;          // form fields standing directly inside
    quint32 classHash = 0;       // of the class attribute, to tell siblings of one kind (0: none)
};

struct Line {
    qsizetype start = 0; // in Page::text, [start, end)
    qsizetype end = 0;
    int element = 0;     // the innermost element the line stands in (0: the page)
    int chars = 0;       // characters other than white space
    int linkChars = 0;   // of those, inside a link
    int markedChars = 0; // of those, inside an inline element named like furniture (<span class="byline">, <time>)
    Marker marker = Marker::None; // what that element is named
};

struct Page {
    QString text; // the lines, each ended by '\n'
    QList<Line> lines;
    QList<Element> elements; // elements[0] is the page; an element comes before its descendants
    QString title;           // the <title>
    QString metaTitle;       // og:title or twitter:title
    QString jsonLdBody;      // the longest JSON-LD articleBody, "" if none

    QStringView lineText(qsizetype line) const
    {
        const Line &l = lines.at(line);
        return QStringView(text).mid(l.start, l.end - l.start);
    }
    bool isInside(int element, int ancestor) const
    {
        return element >= ancestor && element < elements.at(ancestor).endElement;
    }
};

Page parsePage(QStringView html);

} // namespace QuoteReader::Html
