// What a web page's markup says about an element: its tag, and the words of its class and id
// names (resources/lexicon/structure/html-markers.txt), its role and its hidden state.
#pragma once

#include "htmlpage.h"

#include <QStringView>

namespace QuoteReader::Html {

// What a tag does to the text around it.
enum class Behaviour : quint8 {
    Inline,    // no line break: a, span, b, em…
    Block,     // a line break before and after, and an element of the tree
    Void,      // no content, no line break: img, input, meta
    LineBreak, // br, and hr (also void)
    Skip,      // dropped with all it holds: graphics, embedded documents, buttons, scripts' fallbacks
    Raw,       // raw text to the closing tag: script, style, textarea
    Title,
};

struct TagInfo {
    Behaviour behaviour = Behaviour::Inline;
    Tag tag = Tag::Other;
    quint8 level = 0;
};

// What the tag named `name` (lower-case ASCII) is and does.
TagInfo classify(const char *name);
// Whether opening `tag` ends an open <p> (HTML's "closes a p element" list, as far as text goes).
bool closesParagraph(Tag tag);

// The attributes the article finder reads, as views into the page.
struct Attributes {
    QStringView cls, id, role, itemprop, style, ariaHidden, type, property, name, content;
    bool hidden = false;
    bool href = false;
};

// Reads the attributes in [p, end): after the tag's name, up to its '>'.
Attributes readAttributes(const QChar *p, const QChar *end);

// What one class or id value says.
struct NameReading {
    Marker marker = Marker::None;
    int rank = 0;           // how particular the marker is: the highest wins where names disagree
    bool content = false;   // a content-like word (article-body, entry-content, story)
    bool embed = false;     // an embedded post the article quotes (twitter-tweet, social-media-embed)
    bool furniture = false; // a word of page furniture, of any kind
};
NameReading readName(QStringView value);

bool isHiddenByAttributes(const Attributes &attributes);
// What an ARIA role says; role="main" and role="article" set `articleBody`.
Marker markerForRole(QStringView role, bool &articleBody);
// What the tag alone says (<nav>, <aside>, <footer>, <figcaption>…).
Marker markerFor(Tag tag);

// `a` equals the lower-case ASCII `lowerName`, ignoring ASCII case.
bool equalsAscii(QStringView a, const char *lowerName);

} // namespace QuoteReader::Html
