// Finding the article on a web page, the way the best extractors do (readability.js's scoring,
// trafilatura's trust in what the markup names): paragraphs score the elements above them by their
// length and commas, an element's score is cut by the share of its text that is links and moved by
// what its class and id say; the best element and its siblings of the same kind are the article;
// inside it, what is named or shaped like furniture (menus, teasers, share bars, captions, link
// lists) is taken out again. Nothing is thrown away: every line is kept with the kind of noise it is.
#include "htmlarticle.h"

#include "htmldeclared.h"
#include "htmlmarkers.h"
#include "htmlpage.h"
#include "markup.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <array>

namespace QuoteReader {

namespace {

// QT_LOGGING_RULES="quotereader.article.debug=true" shows the candidates and the choice.
Q_LOGGING_CATEGORY(lcArticle, "quotereader.article", QtWarningMsg)

using namespace Html;

// Readability.js gives up on a candidate with less article text than this and tries again with
// fewer of its rules.
constexpr qint64 kMinimumArticleChars = 500;

struct Attempt {
    bool stripUnlikely = true;   // paragraphs inside elements named like furniture do not score
    bool weightClasses = true;   // class and id names move scores
    bool cleanConditionally = true; // link-heavy, form-heavy blocks inside the article are taken out
};

bool isNoiseMarker(Marker marker)
{
    return marker != Marker::None;
}

BlockKind kindFor(Marker marker)
{
    switch (marker) {
    case Marker::Navigation:
        return BlockKind::Navigation;
    case Marker::Related:
        return BlockKind::Related;
    case Marker::Comments:
        return BlockKind::Comments;
    case Marker::Caption:
        return BlockKind::Caption;
    case Marker::Byline:
        return BlockKind::Byline;
    case Marker::None:
    case Marker::Share:
    case Marker::Boilerplate:
    case Marker::Hidden:
        break;
    }
    return BlockKind::Boilerplate;
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

int commasIn(QStringView text)
{
    int commas = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        commas += u == u',' || u == u'，' || u == u'、' || u == 0x060C || u == 0xFE50;
    }
    return commas;
}

// Words of a title, lower-case, for comparing a heading with the page's <title>.
QSet<QString> titleWords(QStringView text)
{
    QSet<QString> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text[i].isLetterOrNumber();
        if (letter && start < 0) {
            start = i;
        } else if (!letter && start >= 0) {
            words.insert(text.mid(start, i - start).toString().toLower());
            start = -1;
        }
        // Chinese and Japanese titles have no spaces: every character is a word.
        if (letter && text[i].unicode() >= 0x2E80) {
            words.insert(text.mid(i, 1).toString());
            start = -1;
        }
    }
    return words;
}

// The share of a heading's words found in the title (0 when either is empty).
double titleMatch(const QSet<QString> &heading, const QSet<QString> &title)
{
    if (heading.isEmpty() || title.isEmpty()) {
        return 0.0;
    }
    qsizetype found = 0;
    for (const QString &word : heading) {
        found += title.contains(word);
    }
    return double(found) / double(heading.size());
}

// The page's <title> without the site's name ("Headline | The Times", "Site - Headline").
QString titleWithoutSite(const QString &title)
{
    static const QStringView separators[] = {u" | ", u" - ", u" – ", u" — ", u" :: ", u" » ", u" · "};
    for (const QStringView separator : separators) {
        if (!title.contains(separator)) {
            continue;
        }
        QString longest;
        for (const QStringView part : QStringView(title).split(separator)) {
            if (part.trimmed().size() > longest.size()) {
                longest = part.trimmed().toString();
            }
        }
        return longest;
    }
    return title.trimmed();
}

class ArticleFinder
{
public:
    explicit ArticleFinder(Page &page)
        : m_page(page)
    {
    }

    MarkupText run();

private:
    qint64 sum(const QList<qint64> &prefix, const Element &e) const { return prefix.at(e.endLine) - prefix.at(e.firstLine); }
    qint64 chars(int e) const { return sum(m_chars, m_page.elements.at(e)); }
    double linkDensity(int e) const
    {
        const qint64 total = chars(e);
        return total > 0 ? double(sum(m_links, m_page.elements.at(e))) / double(total) : 0.0;
    }
    // The points of all the paragraphs inside, however deep, cut by the share of links.
    double content(int e) const
    {
        const Element &element = m_page.elements.at(e);
        return (m_points.at(element.endLine) - m_points.at(element.firstLine)) * (1.0 - linkDensity(e));
    }
    int headingLevelOf(int line) const;

    void prepare();
    QList<int> chooseArticle(const Attempt &attempt, QList<bool> &looseLines);
    void score(const Attempt &attempt);
    void initialise(int e, const Attempt &attempt);
    bool pruneConditionally(int e, const Attempt &attempt) const;
    void markArticle(const QList<int> &roots, const QList<bool> &looseLines, const Attempt &attempt);
    void markOutside();
    void dropEmptyHeadings();
    void checkAgainstDeclared(const Attempt &attempt);
    int findTitle(QString &synthetic) const;

    Page &m_page;
    QList<qint64> m_chars;      // prefix sums over lines
    QList<qint64> m_links;
    QList<qint64> m_commas;
    QList<qint64> m_paragraphs; // lines standing in a <p>
    QList<qint64> m_items;      // lines standing in a <li>
    QList<double> m_paragraphPoints; // per line: the points of the paragraph starting there
    QList<double> m_points;     // their prefix sums
    QList<int> m_images;        // per element, in its whole subtree
    QList<int> m_inputs;
    QList<Marker> m_inherited;  // per element: its own marker or the nearest one above it
    QList<double> m_score;      // per element, readability's content score
    QList<bool> m_initialised;
    QList<int> m_candidates;
    QList<BlockKind> m_kind;    // per line
    QList<bool> m_inArticle;    // per line
};

int ArticleFinder::headingLevelOf(int line) const
{
    int e = m_page.lines.at(line).element;
    for (int up = 0; up < 3 && e > 0; ++up, e = m_page.elements.at(e).parent) {
        if (m_page.elements.at(e).tag == Tag::Heading) {
            return m_page.elements.at(e).headingLevel;
        }
    }
    return 0;
}

void ArticleFinder::prepare()
{
    const qsizetype lines = m_page.lines.size();
    for (QList<qint64> *prefix : {&m_chars, &m_links, &m_commas, &m_paragraphs, &m_items}) {
        prefix->resize(lines + 1);
        (*prefix)[0] = 0;
    }
    for (qsizetype i = 0; i < lines; ++i) {
        const Line &line = m_page.lines.at(i);
        const Tag owner = m_page.elements.at(line.element).tag;
        m_chars[i + 1] = m_chars[i] + line.chars;
        m_links[i + 1] = m_links[i] + line.linkChars;
        m_commas[i + 1] = m_commas[i] + commasIn(m_page.lineText(int(i)));
        m_paragraphs[i + 1] = m_paragraphs[i] + (owner == Tag::P);
        m_items[i + 1] = m_items[i] + (owner == Tag::Li);
    }
    const qsizetype elements = m_page.elements.size();
    m_images.resize(elements);
    m_inputs.resize(elements);
    m_inherited.resize(elements);
    for (qsizetype e = 0; e < elements; ++e) {
        const Element &element = m_page.elements.at(e);
        m_images[e] = element.images;
        m_inputs[e] = element.inputs;
        const Marker above = element.parent >= 0 ? m_inherited.at(element.parent) : Marker::None;
        m_inherited[e] = element.marker != Marker::None ? element.marker : above;
    }
    for (qsizetype e = elements - 1; e > 0; --e) {
        const int parent = m_page.elements.at(e).parent;
        m_images[parent] += m_images.at(e);
        m_inputs[parent] += m_inputs.at(e);
    }
    m_kind.fill(BlockKind::Boilerplate, lines);
    m_inArticle.fill(false, lines);
}

void ArticleFinder::initialise(int e, const Attempt &attempt)
{
    const Element &element = m_page.elements.at(e);
    double score = 0.0;
    switch (element.tag) {
    case Tag::Div:
    case Tag::Article:
    case Tag::Main:
        score = 5.0;
        break;
    case Tag::Pre:
    case Tag::Td:
    case Tag::Blockquote:
        score = 3.0;
        break;
    case Tag::Address:
    case Tag::Ol:
    case Tag::Ul:
    case Tag::Dl:
    case Tag::Dd:
    case Tag::Dt:
    case Tag::Li:
    case Tag::Form:
        score = -3.0;
        break;
    case Tag::Heading:
        score = -5.0;
        break;
    default:
        break;
    }
    if (attempt.weightClasses) {
        score += 25.0 * element.classWeight + (element.articleBody ? 25.0 : 0.0);
    }
    m_score[e] = score;
    m_initialised[e] = true;
    m_candidates.append(e);
}

void ArticleFinder::score(const Attempt &attempt)
{
    m_score.fill(0.0, m_page.elements.size());
    m_initialised.fill(false, m_page.elements.size());
    m_candidates.clear();
    const qsizetype lines = m_page.lines.size();
    m_paragraphPoints.fill(0.0, lines);
    qsizetype i = 0;
    while (i < lines) {
        // Consecutive lines of one element are one paragraph (<p>a<br>b</p>).
        const int owner = m_page.lines.at(i).element;
        qsizetype end = i + 1;
        while (end < lines && m_page.lines.at(end).element == owner) {
            ++end;
        }
        const qint64 length = m_chars.at(end) - m_chars.at(i);
        const qint64 commas = m_commas.at(end) - m_commas.at(i);
        const qsizetype start = i;
        i = end;
        const Element &element = m_page.elements.at(owner);
        if (length < 25 || (attempt.stripUnlikely && isNoiseMarker(m_inherited.at(owner)))) {
            continue;
        }
        if (element.tag == Tag::Li || element.tag == Tag::Dt || element.tag == Tag::Dd || element.tag == Tag::FigCaption ||
            element.tag == Tag::Address || (element.tag == Tag::Heading && element.headingLevel == 1)) {
            continue; // list items and captions do not make an article
        }
        const double points = 1.0 + double(commas) + double(std::min<qint64>(length / 100, 3));
        m_paragraphPoints[start] = points;
        // A <div> of text alone is a paragraph too (readability.js turns it into a <p>).
        const bool paragraph = holdsParagraphs(element.tag) || element.endElement == owner + 1;
        int e = paragraph ? element.parent : owner;
        for (int level = 0; level < 5 && e > 0; ++level, e = m_page.elements.at(e).parent) {
            if (!m_initialised.at(e)) {
                initialise(e, attempt);
            }
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            m_score[e] += points / divider;
        }
    }
    for (const int e : std::as_const(m_candidates)) {
        m_score[e] *= 1.0 - linkDensity(e);
    }
    m_points.resize(lines + 1);
    m_points[0] = 0.0;
    for (qsizetype l = 0; l < lines; ++l) {
        m_points[l + 1] = m_points[l] + m_paragraphPoints.at(l);
    }
}

QList<int> ArticleFinder::chooseArticle(const Attempt &attempt, QList<bool> &looseLines)
{
    score(attempt);
    looseLines.fill(false, m_page.lines.size());
    const auto &elements = m_page.elements;
    int body = 0;
    for (int e = 1; e < elements.size(); ++e) {
        if (elements.at(e).tag == Tag::Body) {
            body = e;
            break;
        }
    }
    if (m_candidates.isEmpty()) {
        return {body};
    }
    QList<int> top = m_candidates;
    std::sort(top.begin(), top.end(), [this](int a, int b) { return m_score.at(a) > m_score.at(b) || (m_score.at(a) == m_score.at(b) && a < b); });
    top.resize(std::min<qsizetype>(top.size(), 5));
    int best = top.first();
    const double bestScore = m_score.at(best);
    if (lcArticle().isDebugEnabled()) {
        for (const int e : std::as_const(top)) {
            qCDebug(lcArticle) << "candidate" << e << "tag" << int(m_page.elements.at(e).tag) << "score" << m_score.at(e)
                               << "lines" << m_page.elements.at(e).firstLine << m_page.elements.at(e).endLine
                               << m_page.lineText(m_page.elements.at(e).firstLine).left(60);
        }
    }

    // Where several of the best candidates sit in one ancestor, the article is that ancestor
    // (an article split into blocks by inline ads).
    QList<int> alternatives;
    for (qsizetype k = 1; k < top.size(); ++k) {
        if (m_score.at(top.at(k)) / bestScore >= 0.75) {
            alternatives.append(top.at(k));
        }
    }
    if (alternatives.size() >= 3) {
        for (int parent = elements.at(best).parent; parent > 0 && parent != body; parent = elements.at(parent).parent) {
            int inside = 0;
            for (const int alternative : std::as_const(alternatives)) {
                inside += m_page.isInside(alternative, parent);
            }
            if (inside >= 3) {
                best = parent;
                break;
            }
        }
    }
    // Climb while the parents' scores say more of the article lies beside the best element.
    {
        double lastScore = m_score.at(best);
        const double threshold = lastScore / 3.0;
        for (int parent = elements.at(best).parent; parent > 0 && parent != body; parent = elements.at(parent).parent) {
            if (!m_initialised.at(parent)) {
                continue;
            }
            const double parentScore = m_score.at(parent);
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                best = parent;
                break;
            }
            lastScore = parentScore;
        }
    }
    // An only child stands for its parent.
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

    // Siblings of the same kind, or paragraphs good enough on their own, join the article.
    QList<int> roots;
    const int parent = elements.at(best).parent;
    if (parent < 0) {
        return {best};
    }
    const double bestFinal = m_initialised.at(best) ? m_score.at(best) : bestScore;
    const double threshold = std::max(10.0, bestFinal * 0.2);
    const auto paragraphJoins = [this](qint64 length, double density, QStringView text) {
        if (length > 80 && density < 0.25) {
            return true;
        }
        if (length > 0 && length <= 80 && density == 0.0) {
            const QStringView trimmed = text.trimmed();
            return trimmed.endsWith(u'.') || trimmed.contains(u". ");
        }
        return false;
    };
    const auto siblingJoins = [&](int c) {
        if (c == best) {
            return true;
        }
        const Element &sibling = elements.at(c);
        double bonus = 0.0;
        if (attempt.weightClasses && sibling.classHash != 0 && sibling.classHash == elements.at(best).classHash) {
            bonus = bestFinal * 0.2;
        }
        if (m_initialised.at(c) && m_score.at(c) + bonus >= threshold) {
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
        return paragraphJoins(chars(c), linkDensity(c), text);
    };
    int pendingHeading = -1; // a heading between siblings joins with the sibling after it
    qCDebug(lcArticle) << "best" << best << "score" << bestFinal << "parent" << parent << "threshold" << threshold;
    for (int c = parent + 1; c < elements.at(parent).endElement; c = elements.at(c).endElement) {
        const bool joins = siblingJoins(c);
        qCDebug(lcArticle) << "  sibling" << c << "score" << (m_initialised.at(c) ? m_score.at(c) : -1.0) << "joins" << joins
                           << "lines" << elements.at(c).firstLine << elements.at(c).endLine;
        if (joins && pendingHeading >= 0) {
            roots.append(pendingHeading);
        }
        if (joins) {
            roots.append(c);
        }
        pendingHeading = !joins && elements.at(c).tag == Tag::Heading ? c : -1;
    }
    for (int l = elements.at(parent).firstLine; l < elements.at(parent).endLine; ++l) {
        const Line &line = m_page.lines.at(l);
        if (line.element == parent) {
            const double density = line.chars > 0 ? double(line.linkChars) / line.chars : 0.0;
            looseLines[l] = paragraphJoins(line.chars, density, m_page.lineText(l));
        }
    }
    return roots;
}

// Readability.js's "clean conditionally": a block inside the article with few commas that is mostly
// links, pictures or form fields is furniture.
bool ArticleFinder::pruneConditionally(int e, const Attempt &attempt) const
{
    const Element &element = m_page.elements.at(e);
    switch (element.tag) {
    case Tag::Ul:
    case Tag::Ol:
    case Tag::Dl:
    case Tag::Table:
    case Tag::Div:
    case Tag::Section:
    case Tag::Form:
    case Tag::Fieldset:
    case Tag::Aside:
    case Tag::Other:
    case Tag::Details:
    case Tag::Header:
    case Tag::Footer:
        break;
    default:
        return false;
    }
    const double weight = attempt.weightClasses ? 25.0 * element.classWeight : 0.0;
    const double contentScore = m_initialised.at(e) ? m_score.at(e) : 0.0;
    if (weight + contentScore < 0) {
        return true;
    }
    const qint64 length = chars(e);
    const double density = linkDensity(e);
    const bool list = element.tag == Tag::Ul || element.tag == Tag::Ol;
    if (list) {
        // Lists that are mostly links are related links; any other list in the article is its text.
        return density > 0.5;
    }
    if (sum(m_commas, element) >= 10) {
        return false;
    }
    const qint64 paragraphs = sum(m_paragraphs, element);
    const qint64 items = sum(m_items, element) - 100;
    const int images = m_images.at(e);
    const int inputs = m_inputs.at(e);
    bool inFigure = false;
    for (int a = element.parent; a > 0 && !inFigure; a = m_page.elements.at(a).parent) {
        inFigure = m_page.elements.at(a).tag == Tag::Figure;
    }
    return (images > 1 && double(paragraphs) / images < 0.5 && !inFigure) || items > paragraphs ||
           inputs > paragraphs / 3 || (length < 25 && (images == 0 || images > 2) && !inFigure) ||
           (weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5);
}

void ArticleFinder::markArticle(const QList<int> &roots, const QList<bool> &looseLines, const Attempt &attempt)
{
    const auto &elements = m_page.elements;
    const auto markLines = [this](const Element &element, BlockKind kind) {
        for (int l = element.firstLine; l < element.endLine; ++l) {
            m_kind[l] = kind;
            m_inArticle[l] = false;
        }
    };
    for (const int root : roots) {
        const Element &rootElement = elements.at(root);
        const qint64 rootChars = std::max<qint64>(1, chars(root));
        for (int l = rootElement.firstLine; l < rootElement.endLine; ++l) {
            m_inArticle[l] = true;
            m_kind[l] = BlockKind::Paragraph;
        }
        int e = root + 1;
        while (e < rootElement.endElement) {
            const Element &element = elements.at(e);
            // A block named like furniture is furniture, unless a class or id says so of one that
            // holds most of the article (a wrapper with a misleading name).
            const bool byTag = element.marker == markerFor(element.tag);
            const bool named = element.marker != Marker::None && (byTag || chars(e) * 10 < rootChars * 6);
            if (named) {
                markLines(element, kindFor(element.marker));
                e = element.endElement;
                continue;
            }
            if (element.tag == Tag::Figure || element.tag == Tag::FigCaption) {
                if (element.tag == Tag::FigCaption || sum(m_paragraphs, element) < 3) {
                    markLines(element, BlockKind::Caption);
                    e = element.endElement;
                    continue;
                }
            }
            if (attempt.cleanConditionally && element.endLine > element.firstLine && !element.embedded &&
                pruneConditionally(e, attempt)) {
                markLines(element, linkDensity(e) > 0.5 ? BlockKind::Related : BlockKind::Boilerplate);
                e = element.endElement;
                continue;
            }
            ++e;
        }
    }
    for (int l = 0; l < looseLines.size(); ++l) {
        if (looseLines.at(l)) {
            m_inArticle[l] = true;
            m_kind[l] = BlockKind::Paragraph;
        }
    }
    // Inside the article: headings stay headings; a short line that is all link is a teaser
    // ("Read more: …") or a picture's address.
    for (int l = 0; l < m_page.lines.size(); ++l) {
        if (!m_inArticle.at(l)) {
            continue;
        }
        const Line &line = m_page.lines.at(l);
        if (headingLevelOf(l) > 0) {
            m_kind[l] = BlockKind::Heading;
        } else if (line.chars < 120 && line.linkChars * 10 >= line.chars * 8) {
            m_kind[l] = BlockKind::Related;
            m_inArticle[l] = false;
        }
    }
}

void ArticleFinder::markOutside()
{
    qsizetype firstArticle = m_page.lines.size();
    for (qsizetype l = 0; l < m_page.lines.size(); ++l) {
        if (m_inArticle.at(l)) {
            firstArticle = l;
            break;
        }
    }
    for (qsizetype l = 0; l < m_page.lines.size(); ++l) {
        if (m_inArticle.at(l) || m_kind.at(l) != BlockKind::Boilerplate) {
            continue;
        }
        const Line &line = m_page.lines.at(l);
        const Marker marker = m_inherited.at(line.element);
        if (marker != Marker::None) {
            m_kind[l] = kindFor(marker);
        } else if (line.linkChars * 2 > line.chars) {
            m_kind[l] = l < firstArticle ? BlockKind::Navigation : BlockKind::Related;
        }
    }
}

// Where the page declares its article's body (JSON-LD articleBody) and the article found holds little
// of it, the element that best holds the declared body is the article instead. The declared body is
// evidence, not the article: it may be cut short, or differ in its details from what the page shows.
void ArticleFinder::checkAgainstDeclared(const Attempt &attempt)
{
    const DeclaredBody declared = compareWithDeclaredBody(m_page);
    if (declared.isEmpty()) {
        return;
    }
    qint64 found = 0;
    qint64 total = 0;
    for (int l = 0; l < m_page.lines.size(); ++l) {
        if (m_inArticle.at(l)) {
            found += declared.foundIn(l, l + 1);
            total += declared.totalIn(l, l + 1);
        }
    }
    const double recall = double(found) / double(declared.shingles);
    qCDebug(lcArticle) << "declared body: recall" << recall << "of" << declared.shingles;
    if (recall >= 0.5) {
        return;
    }
    const auto f1 = [&declared](qint64 inside, qint64 all) { return 2.0 * double(inside) / double(all + declared.shingles); };
    int best = -1;
    double bestF1 = f1(found, total) + 0.1;
    for (int e = 1; e < m_page.elements.size(); ++e) {
        const Element &element = m_page.elements.at(e);
        const qint64 inside = declared.foundIn(element.firstLine, element.endLine);
        if (double(inside) < 0.7 * double(declared.shingles)) {
            continue;
        }
        const double value = f1(inside, declared.totalIn(element.firstLine, element.endLine));
        if (value > bestF1) {
            bestF1 = value;
            best = e;
        }
    }
    if (best < 0) {
        return;
    }
    qCDebug(lcArticle) << "declared body: the article is element" << best << "F1" << bestF1;
    m_kind.fill(BlockKind::Boilerplate);
    m_inArticle.fill(false);
    markArticle({best}, QList<bool>(m_page.lines.size(), false), attempt);
}

// A heading with no article text after it ("Related stories", "Comments") goes with the noise it heads.
void ArticleFinder::dropEmptyHeadings()
{
    for (qsizetype l = m_page.lines.size() - 1; l >= 0; --l) {
        if (!m_inArticle.at(l) || m_kind.at(l) != BlockKind::Heading) {
            continue;
        }
        qsizetype next = l + 1;
        while (next < m_page.lines.size() && !m_inArticle.at(next) && m_kind.at(next) != BlockKind::Related &&
               m_kind.at(next) != BlockKind::Comments && m_kind.at(next) != BlockKind::Navigation) {
            ++next;
        }
        const bool textFollows = next < m_page.lines.size() && m_inArticle.at(next);
        if (!textFollows) {
            m_inArticle[l] = false;
            m_kind[l] = next < m_page.lines.size() ? m_kind.at(next) : BlockKind::Boilerplate;
        }
    }
}

// The headline: the <h1> nearest before (or opening) the article that matches the page's title, or
// another heading that does; -1 when the page has none, and `synthetic` is the title to show.
int ArticleFinder::findTitle(QString &synthetic) const
{
    qsizetype firstArticle = -1;
    for (qsizetype l = 0; l < m_page.lines.size(); ++l) {
        if (m_inArticle.at(l) && m_kind.at(l) == BlockKind::Paragraph) {
            firstArticle = l;
            break;
        }
    }
    const QString titles = m_page.metaTitle + u' ' + m_page.title;
    const QSet<QString> pageTitle = titleWords(titles);
    int best = -1;
    double bestValue = 0.0;
    for (qsizetype l = 0; l < m_page.lines.size(); ++l) {
        const int level = headingLevelOf(int(l));
        if (level == 0 || level > 3) {
            continue;
        }
        const double match = titleMatch(titleWords(m_page.lineText(int(l))), pageTitle);
        const bool before = firstArticle < 0 || l < firstArticle;
        // An <h1> before the article is the headline even when the page's title says little; any
        // other heading must match the title.
        double value = match;
        if (level == 1) {
            value += before ? 1.0 : 0.25;
        } else if (!before || match < 0.6) {
            continue;
        }
        if (before && firstArticle >= 0) {
            value += 0.5 / (1.0 + double(firstArticle - l) / 20.0); // nearer the article is likelier
        }
        if (value > bestValue) {
            bestValue = value;
            best = int(l);
        }
    }
    if (best < 0) {
        synthetic = m_page.metaTitle.isEmpty() ? titleWithoutSite(m_page.title) : m_page.metaTitle.trimmed();
    }
    return best;
}

MarkupText ArticleFinder::run()
{
    prepare();
    const Attempt attempts[] = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    QList<int> roots;
    QList<bool> looseLines;
    qint64 bestLength = -1;
    QList<BlockKind> bestKinds;
    QList<bool> bestInArticle;
    for (const Attempt &attempt : attempts) {
        m_kind.fill(BlockKind::Boilerplate);
        m_inArticle.fill(false);
        roots = chooseArticle(attempt, looseLines);
        markArticle(roots, looseLines, attempt);
        qint64 length = 0;
        for (qsizetype l = 0; l < m_page.lines.size(); ++l) {
            length += m_inArticle.at(l) ? m_page.lines.at(l).chars : 0;
        }
        if (length > bestLength) {
            bestLength = length;
            bestKinds = m_kind;
            bestInArticle = m_inArticle;
        }
        if (length >= kMinimumArticleChars) {
            break;
        }
    }
    m_kind = bestKinds;
    m_inArticle = bestInArticle;
    checkAgainstDeclared(attempts[0]);
    markOutside();
    dropEmptyHeadings();

    QString synthetic;
    const int titleLine = findTitle(synthetic);
    if (titleLine >= 0) {
        m_kind[titleLine] = BlockKind::Title;
        m_inArticle[titleLine] = true;
    }

    MarkupText out;
    out.text.reserve(m_page.text.size() + synthetic.size() + 1);
    int shift = 0;
    if (!synthetic.isEmpty()) {
        out.text += synthetic;
        out.text += u'\n';
        out.hints.append({0, BlockKind::Title});
        shift = 1;
    }
    for (qsizetype l = 0; l < m_page.lines.size(); ++l) {
        out.text += m_page.lineText(int(l));
        out.text += u'\n';
        out.hints.append({int(l) + shift, m_inArticle.at(l) || isNoise(m_kind.at(l)) ? m_kind.at(l) : BlockKind::Boilerplate});
    }
    if (out.text.endsWith(u'\n')) {
        out.text.chop(1);
    }
    return out;
}

} // namespace

MarkupText htmlArticle(QStringView html)
{
    Page page = parsePage(html);
    return ArticleFinder(page).run();
}

} // namespace QuoteReader
