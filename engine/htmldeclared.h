// The article body a page declares in its JSON-LD metadata ("articleBody"), as evidence to check
// the article finder's choice against: how much of it each line of the page holds.
#pragma once

#include "htmlpage.h"

namespace QuoteReader::Html {

struct DeclaredBody {
    qint64 shingles = 0; // runs of four words in the declared body
    QList<qint64> found; // prefix sums over the page's lines: their runs that the body holds
    QList<qint64> total; // prefix sums over the page's lines: all their runs

    bool isEmpty() const { return shingles == 0; }
    qint64 foundIn(int firstLine, int endLine) const { return found.at(endLine) - found.at(firstLine); }
    qint64 totalIn(int firstLine, int endLine) const { return total.at(endLine) - total.at(firstLine); }
};

// Empty when the page declares no body, or one too short to judge by (a summary).
DeclaredBody compareWithDeclaredBody(const Page &page);

} // namespace QuoteReader::Html
