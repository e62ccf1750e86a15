// What a web page's markup says about an element: its tag, and the words of its class and id
// names (resources/lexicon/structure/html-markers.txt), its role and its hidden state.
#pragma once

#include "htmlpage.h"

#include <QStringView>

namespace QuoteReader::Html {

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
