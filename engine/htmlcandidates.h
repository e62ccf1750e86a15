// Choosing the element of a web page that holds its article, by readability.js's scoring: every
// paragraph scores the elements above it by its length and commas, an element's score is cut by the
// share of its text that is links and moved by what its tag, class and id say; the best element
// (or the ancestor several good ones share) and its siblings of the same kind are the article.
#pragma once

#include "htmlpage.h"

namespace QuoteReader::Html {

// Sums over a page's lines and elements that elements are weighed by.
class PageStats final
{
public:
    explicit PageStats(const Page &page);

    qint64 chars(int e) const { return sum(m_chars, e); }
    qint64 commas(int e) const { return sum(m_commas, e); }
    qint64 paragraphs(int e) const { return sum(m_paragraphs, e); } // lines standing in a <p>
    qint64 items(int e) const { return sum(m_items, e); }           // lines standing in a <li>
    double linkDensity(int e) const
    {
        const qint64 total = chars(e);
        return total > 0 ? double(sum(m_links, e)) / double(total) : 0.0;
    }
    qint64 charsIn(int firstLine, int endLine) const { return m_chars.at(endLine) - m_chars.at(firstLine); }
    qint64 commasIn(int firstLine, int endLine) const { return m_commas.at(endLine) - m_commas.at(firstLine); }
    int images(int e) const { return m_images.at(e); } // in the whole subtree
    int inputs(int e) const { return m_inputs.at(e); }
    // The element's own marker, or the nearest one above it.
    Marker inherited(int e) const { return m_inherited.at(e); }
    // The same for the furniture its names mention even beside a content word (Element::named).
    Marker inheritedName(int e) const { return m_inheritedNames.at(e); }

private:
    qint64 sum(const QList<qint64> &prefix, int e) const
    {
        const Element &element = m_page.elements.at(e);
        return prefix.at(element.endLine) - prefix.at(element.firstLine);
    }

    const Page &m_page;
    QList<qint64> m_chars; // prefix sums over lines
    QList<qint64> m_links;
    QList<qint64> m_commas;
    QList<qint64> m_paragraphs;
    QList<qint64> m_items;
    QList<int> m_images;
    QList<int> m_inputs;
    QList<Marker> m_inherited;
    QList<Marker> m_inheritedNames;
};

// Readability.js retries with fewer of its rules when the article it finds is too short.
struct Attempt {
    bool stripUnlikely = true;      // paragraphs inside elements named like furniture do not score
    bool weightClasses = true;      // class and id names move scores
    bool cleanConditionally = true; // link-heavy, form-heavy blocks inside the article are taken out
};

struct Choice {
    QList<int> roots;       // the article's elements, in page order
    QList<bool> looseLines; // per line: text standing directly beside them that joins the article
};

class Candidates final
{
public:
    Candidates(const Page &page, const PageStats &stats);

    Choice choose(const Attempt &attempt);
    bool isScored(int e) const { return m_scored.at(e); }
    double score(int e) const { return m_score.at(e); }

private:
    void scoreParagraphs(const Attempt &attempt);
    void initialise(int e, const Attempt &attempt);
    int best(int body) const;
    int climb(int best, int body) const;
    Choice joinSiblings(int best, const Attempt &attempt) const;
    // The points of all the paragraphs inside, however deep, cut by the share of links.
    double content(int e) const;

    const Page &m_page;
    const PageStats &m_stats;
    QList<double> m_score; // per element
    QList<bool> m_scored;
    QList<int> m_candidates;
    double m_topScore = 0.0;
    QList<double> m_points; // prefix sums over lines of the points of the paragraphs starting there
};

// The heading level (1..6) of the heading a line stands in, 0 if none.
int headingLevel(const Page &page, int line);

} // namespace QuoteReader::Html
