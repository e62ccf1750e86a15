// Finding the article on a web page, the way the best extractors do (readability.js's scoring,
// trafilatura's trust in what the markup names): paragraphs score the elements above them by their
// length and commas, an element's score is cut by the share of its text that is links and moved by
// what its class and id say; the best element and its siblings of the same kind are the article;
// inside it, what is named or shaped like furniture (menus, teasers, share bars, captions, link
// lists) is taken out again. Nothing is thrown away: every line is kept with the kind of noise it is.
#include "htmlarticle.h"

#include "htmlcandidates.h"
#include "htmldeclared.h"
#include "htmlmarkers.h"
#include "htmlpage.h"
#include "log.h"
#include "markup.h"

#include <QSet>

#include <algorithm>

namespace QuoteReader {

namespace {

using namespace Html;

// Readability.js gives up on a candidate with less article text than this and tries again with
// fewer of its rules.
constexpr qint64 kMinimumArticleChars = 500;

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
    explicit ArticleFinder(const Page &page)
        : m_page(page)
        , m_stats(page)
        , m_candidates(page, m_stats)
    {
        m_kind.fill(BlockKind::Boilerplate, page.lines.size());
        m_inArticle.fill(false, page.lines.size());
    }

    MarkupText run();

private:
    bool pruneConditionally(int e, const Attempt &attempt) const;
    void markArticle(const Choice &choice, const Attempt &attempt);
    void markOutside();
    void dropEmptyHeadings();
    void checkAgainstDeclared(const Attempt &attempt);
    int findTitle(QString &synthetic) const;

    const Page &m_page;
    const PageStats m_stats;
    Candidates m_candidates;
    QList<BlockKind> m_kind; // per line
    QList<bool> m_inArticle; // per line
};

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
    const double contentScore = m_candidates.isScored(e) ? m_candidates.score(e) : 0.0;
    if (weight + contentScore < 0) {
        return true;
    }
    const qint64 length = m_stats.chars(e);
    const double density = m_stats.linkDensity(e);
    const bool list = element.tag == Tag::Ul || element.tag == Tag::Ol;
    if (list) {
        // Lists that are mostly links are related links; any other list in the article is its text.
        return density > 0.5;
    }
    if (m_stats.commas(e) >= 10) {
        return false;
    }
    const qint64 paragraphs = m_stats.paragraphs(e);
    const qint64 items = m_stats.items(e) - 100;
    const int images = m_stats.images(e);
    const int inputs = m_stats.inputs(e);
    bool inFigure = false;
    for (int a = element.parent; a > 0 && !inFigure; a = m_page.elements.at(a).parent) {
        inFigure = m_page.elements.at(a).tag == Tag::Figure;
    }
    return (images > 1 && double(paragraphs) / images < 0.5 && !inFigure) || items > paragraphs
           || inputs > paragraphs / 3 || (length < 25 && (images == 0 || images > 2) && !inFigure)
           || (weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5);
}

void ArticleFinder::markArticle(const Choice &choice, const Attempt &attempt)
{
    const auto &elements = m_page.elements;
    const auto markLines = [this](const Element &element, BlockKind kind) {
        for (int l = element.firstLine; l < element.endLine; ++l) {
            m_kind[l] = kind;
            m_inArticle[l] = false;
        }
    };
    for (const int root : choice.roots) {
        const Element &rootElement = elements.at(root);
        const qint64 rootChars = std::max<qint64>(1, m_stats.chars(root));
        for (int l = rootElement.firstLine; l < rootElement.endLine; ++l) {
            m_inArticle[l] = true;
            m_kind[l] = BlockKind::Paragraph;
        }
        int e = root + 1;
        while (e < rootElement.endElement) {
            const Element &element = elements.at(e);
            // A block named like furniture is furniture, unless a class or id says so of one that
            // holds most of the article (a wrapper with a misleading name).
            const bool byTag = element.named == markerFor(element.tag);
            const bool named = element.named != Marker::None && (byTag || m_stats.chars(e) * 10 < rootChars * 6);
            if (named) {
                markLines(element, kindFor(element.named));
                e = element.endElement;
                continue;
            }
            if (element.tag == Tag::Figure || element.tag == Tag::FigCaption) {
                if (element.tag == Tag::FigCaption || m_stats.paragraphs(e) < 3) {
                    markLines(element, BlockKind::Caption);
                    e = element.endElement;
                    continue;
                }
            }
            if (attempt.cleanConditionally && element.endLine > element.firstLine && !element.embedded
                && pruneConditionally(e, attempt)) {
                markLines(element, m_stats.linkDensity(e) > 0.5 ? BlockKind::Related : BlockKind::Boilerplate);
                e = element.endElement;
                continue;
            }
            ++e;
        }
    }
    for (int l = 0; l < choice.looseLines.size(); ++l) {
        if (choice.looseLines.at(l)) {
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
        if (line.marker != Marker::None && line.markedChars * 10 >= line.chars * 8) {
            m_kind[l] = kindFor(line.marker);
            m_inArticle[l] = false;
        } else if (headingLevel(m_page, l) > 0) {
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
        const Marker marker = line.marker != Marker::None && line.markedChars * 10 >= line.chars * 8
                                  ? line.marker
                                  : m_stats.inheritedName(line.element);
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
    const auto f1 = [&declared](qint64 inside, qint64 all) {
        return 2.0 * double(inside) / double(all + declared.shingles);
    };
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
    markArticle(Choice{{best}, QList<bool>(m_page.lines.size(), false)}, attempt);
}

// A heading with no article text after it ("Related stories", "Comments") goes with the noise it heads.
void ArticleFinder::dropEmptyHeadings()
{
    for (qsizetype l = m_page.lines.size() - 1; l >= 0; --l) {
        if (!m_inArticle.at(l) || m_kind.at(l) != BlockKind::Heading) {
            continue;
        }
        qsizetype next = l + 1;
        while (next < m_page.lines.size() && !m_inArticle.at(next) && m_kind.at(next) != BlockKind::Related
               && m_kind.at(next) != BlockKind::Comments && m_kind.at(next) != BlockKind::Navigation) {
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
    qsizetype firstArticle = m_page.lines.size();
    for (qsizetype l = 0; l < m_page.lines.size(); ++l) {
        if (m_inArticle.at(l) && m_kind.at(l) == BlockKind::Paragraph) {
            firstArticle = l;
            break;
        }
    }
    const QString pageTitle = m_page.metaTitle.isEmpty() ? titleWithoutSite(m_page.title) : m_page.metaTitle.trimmed();
    const QString titles = m_page.metaTitle + u' ' + m_page.title;
    const QSet<QString> titleSet = titleWords(titles);
    const QSet<QString> shortTitle = titleWords(pageTitle);
    int best = -1;
    double bestValue = 0.0;
    for (qsizetype l = 0; l < m_page.lines.size(); ++l) {
        const int level = headingLevel(m_page, int(l));
        const bool before = l <= firstArticle; // the article's first line may be its headline
        if ((level == 0 && !before) || level > 3) {
            continue;
        }
        const QSet<QString> words = titleWords(m_page.lineText(int(l)));
        const double match = titleMatch(words, titleSet);
        // An <h1> is the headline unless the page's title says otherwise; another heading, or a line
        // of text in place of one (<span class="storyhead">), must match the title, and a line of text
        // all of it.
        double value = match;
        if (level == 1) {
            value += 0.5;
        } else if (level == 0 ? match < 0.8 || titleMatch(shortTitle, words) < 0.8 : !before || match < 0.6) {
            continue;
        }
        if (before && firstArticle < m_page.lines.size()) {
            value += 0.5 / (1.0 + double(firstArticle - l) / 20.0); // nearer the article is likelier
        }
        if (value > bestValue) {
            bestValue = value;
            best = int(l);
        }
    }
    if (best < 0) {
        synthetic = pageTitle;
    }
    return best;
}

MarkupText ArticleFinder::run()
{
    const Attempt attempts[] = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    qint64 bestLength = -1;
    QList<BlockKind> bestKinds;
    QList<bool> bestInArticle;
    for (const Attempt &attempt : attempts) {
        m_kind.fill(BlockKind::Boilerplate);
        m_inArticle.fill(false);
        markArticle(m_candidates.choose(attempt), attempt);
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
        out.hints.append(
            {int(l) + shift, m_inArticle.at(l) || isNoise(m_kind.at(l)) ? m_kind.at(l) : BlockKind::Boilerplate});
    }
    if (out.text.endsWith(u'\n')) {
        out.text.chop(1);
    }
    return out;
}

} // namespace

MarkupText htmlArticle(QStringView html)
{
    const Page page = parsePage(html);
    return ArticleFinder(page).run();
}

} // namespace QuoteReader
