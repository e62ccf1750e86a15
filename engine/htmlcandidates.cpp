#include "htmlcandidates.h"

#include "log.h"

#include <algorithm>

namespace QuoteReader::Html {

namespace {

int commasOf(QStringView text)
{
    int commas = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        commas += u == u',' || u == u'，' || u == u'、' || u == 0x060C || u == 0xFE50;
    }
    return commas;
}

// Elements whose own lines are paragraphs (they score their parent); text standing directly in a
// container (a <div> of text and <br>s) is a paragraph of that container.
bool holdsParagraphs(Tag tag)
{
    switch (tag) {
    case Tag::P:
    case Tag::Pre:
    case Tag::Td:
    case Tag::Heading:
    case Tag::Li:
    case Tag::Dt:
    case Tag::Dd:
    case Tag::FigCaption:
    case Tag::Address:
        return true;
    default:
        return false;
    }
}

// Readability.js's starting score of an element, by its tag.
double tagScore(Tag tag)
{
    switch (tag) {
    case Tag::Div:
    case Tag::Article:
    case Tag::Main:
        return 5.0;
    case Tag::Pre:
    case Tag::Td:
    case Tag::Blockquote:
        return 3.0;
    case Tag::Address:
    case Tag::Ol:
    case Tag::Ul:
    case Tag::Dl:
    case Tag::Dd:
    case Tag::Dt:
    case Tag::Li:
    case Tag::Form:
        return -3.0;
    case Tag::Heading:
        return -5.0;
    default:
        return 0.0;
    }
}

// A short paragraph beside the article joins it when it reads as a sentence and holds no link.
bool paragraphJoins(qint64 length, double linkDensity, QStringView text)
{
    if (length > 80 && linkDensity < 0.25) {
        return true;
    }
    if (length > 0 && length <= 80 && linkDensity == 0.0) {
        const QStringView trimmed = text.trimmed();
        return trimmed.endsWith(u'.') || trimmed.contains(u". ");
    }
    return false;
}

} // namespace

int headingLevel(const Page &page, int line)
{
    int e = page.lines.at(line).element;
    for (int up = 0; up < 3 && e > 0; ++up, e = page.elements.at(e).parent) {
        if (page.elements.at(e).tag == Tag::Heading) {
            return page.elements.at(e).headingLevel;
        }
    }
    return 0;
}

PageStats::PageStats(const Page &page)
    : m_page(page)
{
    const qsizetype lines = page.lines.size();
    for (QList<qint64> *prefix : {&m_chars, &m_links, &m_commas, &m_paragraphs, &m_items}) {
        prefix->resize(lines + 1);
        (*prefix)[0] = 0;
    }
    for (qsizetype i = 0; i < lines; ++i) {
        const Line &line = page.lines.at(i);
        const Tag owner = page.elements.at(line.element).tag;
        m_chars[i + 1] = m_chars[i] + line.chars;
        m_links[i + 1] = m_links[i] + line.linkChars;
        m_commas[i + 1] = m_commas[i] + commasOf(page.lineText(i));
        m_paragraphs[i + 1] = m_paragraphs[i] + (owner == Tag::P);
        m_items[i + 1] = m_items[i] + (owner == Tag::Li);
    }
    const qsizetype elements = page.elements.size();
    m_images.resize(elements);
    m_inputs.resize(elements);
    m_inherited.resize(elements);
    m_inheritedNames.resize(elements);
    for (qsizetype e = 0; e < elements; ++e) {
        const Element &element = page.elements.at(e);
        m_images[e] = element.images;
        m_inputs[e] = element.inputs;
        const Marker above = element.parent >= 0 ? m_inherited.at(element.parent) : Marker::None;
        m_inherited[e] = element.marker != Marker::None ? element.marker : above;
        const Marker namedAbove = element.parent >= 0 ? m_inheritedNames.at(element.parent) : Marker::None;
        m_inheritedNames[e] = element.named != Marker::None ? element.named : namedAbove;
    }
    // Children come after their parent: one backward pass sums every subtree.
    for (qsizetype e = elements - 1; e > 0; --e) {
        const int parent = page.elements.at(e).parent;
        m_images[parent] += m_images.at(e);
        m_inputs[parent] += m_inputs.at(e);
    }
}

Candidates::Candidates(const Page &page, const PageStats &stats)
    : m_page(page)
    , m_stats(stats)
{
}

double Candidates::content(int e) const
{
    const Element &element = m_page.elements.at(e);
    return (m_points.at(element.endLine) - m_points.at(element.firstLine)) * (1.0 - m_stats.linkDensity(e));
}

void Candidates::initialise(int e, const Attempt &attempt)
{
    const Element &element = m_page.elements.at(e);
    double score = tagScore(element.tag);
    if (attempt.weightClasses) {
        score += 25.0 * element.classWeight + (element.articleBody ? 25.0 : 0.0);
    }
    m_score[e] = score;
    m_scored[e] = true;
    m_candidates.append(e);
}

void Candidates::scoreParagraphs(const Attempt &attempt)
{
    m_score.fill(0.0, m_page.elements.size());
    m_scored.fill(false, m_page.elements.size());
    m_candidates.clear();
    const int lines = int(m_page.lines.size());
    QList<double> points(lines, 0.0);
    int i = 0;
    while (i < lines) {
        // Consecutive lines of one element are one paragraph (<p>a<br>b</p>).
        const int owner = m_page.lines.at(i).element;
        int end = i + 1;
        while (end < lines && m_page.lines.at(end).element == owner) {
            ++end;
        }
        const qint64 length = m_stats.charsIn(i, end);
        const qint64 commas = m_stats.commasIn(i, end);
        const int start = i;
        i = end;
        const Element &element = m_page.elements.at(owner);
        if (length < 25 || (attempt.stripUnlikely && m_stats.inherited(owner) != Marker::None)) {
            continue;
        }
        if (element.tag == Tag::Li || element.tag == Tag::Dt || element.tag == Tag::Dd || element.tag == Tag::FigCaption
            || element.tag == Tag::Address || (element.tag == Tag::Heading && element.headingLevel == 1)) {
            continue; // list items, captions and the headline do not make an article
        }
        points[start] = 1.0 + double(commas) + double(std::min<qint64>(length / 100, 3));
        // A <div> of text alone is a paragraph too (readability.js turns it into a <p>).
        const bool paragraph = holdsParagraphs(element.tag) || element.endElement == owner + 1;
        int e = paragraph ? element.parent : owner;
        for (int level = 0; level < 5 && e > 0; ++level, e = m_page.elements.at(e).parent) {
            if (!m_scored.at(e)) {
                initialise(e, attempt);
            }
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            m_score[e] += points.at(start) / divider;
        }
    }
    m_topScore = 0.0;
    for (const int e : std::as_const(m_candidates)) {
        m_score[e] *= 1.0 - m_stats.linkDensity(e);
        m_topScore = std::max(m_topScore, m_score.at(e));
    }
    m_points.resize(lines + 1);
    m_points[0] = 0.0;
    for (int l = 0; l < lines; ++l) {
        m_points[l + 1] = m_points.at(l) + points.at(l);
    }
}

// The best candidate, or the ancestor that several nearly as good ones share (an article cut into
// blocks by inline ads).
int Candidates::best(int body) const
{
    QList<int> top = m_candidates;
    const auto higher = [this](int a, int b) {
        return m_score.at(a) > m_score.at(b) || (m_score.at(a) == m_score.at(b) && a < b);
    };
    const qsizetype keep = std::min<qsizetype>(top.size(), 5);
    std::partial_sort(top.begin(), top.begin() + keep, top.end(), higher);
    top.resize(keep);
    if (lcArticle().isDebugEnabled()) {
        for (const int e : std::as_const(top)) {
            const Element &element = m_page.elements.at(e);
            qCDebug(lcArticle) << "candidate" << e << "score" << m_score.at(e) << "lines" << element.firstLine
                               << element.endLine << m_page.lineText(element.firstLine).left(60);
        }
    }
    const int first = top.first();
    QList<int> alternatives;
    for (qsizetype k = 1; k < top.size(); ++k) {
        if (m_score.at(top.at(k)) >= 0.75 * m_score.at(first)) {
            alternatives.append(top.at(k));
        }
    }
    if (alternatives.size() >= 3) {
        for (int parent = m_page.elements.at(first).parent; parent > 0 && parent != body;
             parent = m_page.elements.at(parent).parent) {
            const auto inside = std::count_if(alternatives.cbegin(), alternatives.cend(),
                                              [&](int alternative) { return m_page.isInside(alternative, parent); });
            if (inside >= 3) {
                return parent;
            }
        }
    }
    return first;
}

// Up the tree while the parents' scores say more of the article lies beside the best element, and
// from an only child to its parent.
int Candidates::climb(int best, int body) const
{
    const auto &elements = m_page.elements;
    double lastScore = m_score.at(best);
    const double threshold = lastScore / 3.0;
    for (int parent = elements.at(best).parent; parent > 0 && parent != body; parent = elements.at(parent).parent) {
        if (!m_scored.at(parent)) {
            continue;
        }
        if (m_score.at(parent) < threshold) {
            break;
        }
        if (m_score.at(parent) > lastScore) {
            best = parent;
            break;
        }
        lastScore = m_score.at(parent);
    }
    for (int parent = elements.at(best).parent; parent > 0 && parent != body; parent = elements.at(parent).parent) {
        int children = 0;
        for (int c = parent + 1; c < elements.at(parent).endElement; c = elements.at(c).endElement) {
            ++children;
        }
        bool looseText = false;
        for (int l = elements.at(parent).firstLine; l < elements.at(parent).endLine && !looseText; ++l) {
            looseText = m_page.lines.at(l).element == parent;
        }
        if (children != 1 || looseText) {
            break;
        }
        best = parent;
    }
    return best;
}

// Siblings of the same kind, or paragraphs good enough on their own, join the article.
Choice Candidates::joinSiblings(int best, const Attempt &attempt) const
{
    const auto &elements = m_page.elements;
    Choice choice;
    choice.looseLines.fill(false, m_page.lines.size());
    const int parent = elements.at(best).parent;
    if (parent < 0) {
        choice.roots = {best};
        return choice;
    }
    const double bestScore = m_scored.at(best) ? m_score.at(best) : m_topScore;
    const double threshold = std::max(10.0, bestScore * 0.2);
    const auto joins = [&](int c) {
        if (c == best) {
            return true;
        }
        const Element &sibling = elements.at(c);
        const bool sameKind = sibling.classHash != 0 && sibling.classHash == elements.at(best).classHash;
        const double bonus = attempt.weightClasses && sameKind ? bestScore * 0.2 : 0.0;
        if (m_scored.at(c) && m_score.at(c) + bonus >= threshold) {
            return true;
        }
        // Readability.js credits paragraphs only five levels up: a sibling whose paragraphs stand
        // deeper still joins when they weigh enough beside the best element's.
        const bool furniture = attempt.stripUnlikely && sibling.marker != Marker::None;
        if (!furniture && content(c) >= std::max(8.0, 0.25 * content(best))) {
            return true;
        }
        if (sibling.tag != Tag::P || sibling.endLine == sibling.firstLine) {
            return false;
        }
        QString text;
        for (int l = sibling.firstLine; l < sibling.endLine; ++l) {
            text += m_page.lineText(l);
            text += u' ';
        }
        return paragraphJoins(m_stats.chars(c), m_stats.linkDensity(c), text);
    };
    qCDebug(lcArticle) << "best" << best << "score" << bestScore << "parent" << parent << "threshold" << threshold;
    int pendingHeading = -1; // a heading between siblings joins with the sibling after it
    for (int c = parent + 1; c < elements.at(parent).endElement; c = elements.at(c).endElement) {
        const bool join = joins(c);
        qCDebug(lcArticle) << "  sibling" << c << "score" << (m_scored.at(c) ? m_score.at(c) : -1.0) << "joins" << join
                           << "lines" << elements.at(c).firstLine << elements.at(c).endLine;
        if (join && pendingHeading >= 0) {
            choice.roots.append(pendingHeading);
        }
        if (join) {
            choice.roots.append(c);
        }
        pendingHeading = !join && elements.at(c).tag == Tag::Heading ? c : -1;
    }
    for (int l = elements.at(parent).firstLine; l < elements.at(parent).endLine; ++l) {
        const Line &line = m_page.lines.at(l);
        if (line.element == parent) {
            const double density = line.chars > 0 ? double(line.linkChars) / line.chars : 0.0;
            choice.looseLines[l] = paragraphJoins(line.chars, density, m_page.lineText(l));
        }
    }
    return choice;
}

Choice Candidates::choose(const Attempt &attempt)
{
    scoreParagraphs(attempt);
    int body = 0;
    for (int e = 1; e < m_page.elements.size(); ++e) {
        if (m_page.elements.at(e).tag == Tag::Body) {
            body = e;
            break;
        }
    }
    if (m_candidates.isEmpty()) {
        Choice choice;
        choice.roots = {body};
        choice.looseLines.fill(false, m_page.lines.size());
        return choice;
    }
    return joinSiblings(climb(best(body), body), attempt);
}

} // namespace QuoteReader::Html
