#include "readerview.h"

#include "palette.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace QuoteReader {

namespace {

bool isNoiseBlock(BlockKind kind)
{
    return kind == BlockKind::Caption || kind == BlockKind::Byline || kind == BlockKind::Related
        || kind == BlockKind::Boilerplate;
}

struct Range {
    qsizetype start;
    qsizetype end;
};

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAcceptDrops(false); // dropped files go to the window, which opens them
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(18);
    QFont readingFont = font();
    readingFont.setPointSizeF(readingFont.pointSizeF() * 1.25);
    setFont(readingFont);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ReaderView::updateHighlights);
}

void ReaderView::setDocument(ReaderDocumentPtr document)
{
    m_document = std::move(document);
    m_traditional.clear();
    m_current = -1;
    m_highlighted.fill(true, m_document ? m_document->document.quotes.size() : 0);
    rebuild();
}

void ReaderView::setHighlightedQuotes(const QList<int> &quotes)
{
    m_highlighted.fill(false, m_document ? m_document->document.quotes.size() : 0);
    for (int quote : quotes) {
        if (quote >= 0 && quote < m_highlighted.size()) {
            m_highlighted[quote] = true;
        }
    }
    updateHighlights();
}

void ReaderView::setShowRemoved(bool show)
{
    if (show != m_showRemoved) {
        m_showRemoved = show;
        rebuild();
    }
}

void ReaderView::setScript(Script script)
{
    if (script != m_script) {
        m_script = script;
        rebuild();
    }
}

void ReaderView::rebuild()
{
    const int scrollLine = verticalScrollBar()->value();
    m_segments.clear();
    m_grey.clear();
    if (!m_document) {
        setPlainText({});
        updateHighlights();
        return;
    }
    const Document &doc = m_document->document;
    const QString *source = &doc.text;
    if (m_script == Script::Simplified && m_document->simplified.size() == doc.text.size()) {
        source = &m_document->simplified;
    } else if (m_script == Script::Traditional) {
        if (m_traditional.size() != doc.text.size()) {
            m_traditional = convertScript(doc.text, Script::Traditional);
        }
        source = &m_traditional;
    }

    // Noise: text outside the article (captions, teasers, boilerplate). Hidden, or shown greyed.
    QList<Range> noise;
    for (const Block &block : doc.blocks) {
        if (isNoiseBlock(block.kind)) {
            noise.append({block.range.start, block.range.end});
        }
    }
    for (const Noise &n : doc.noise) {
        if (n.kind != NoiseKind::Garbled) {
            noise.append({n.range.start, n.range.end});
        }
    }
    std::sort(noise.begin(), noise.end(), [](const Range &a, const Range &b) { return a.start < b.start; });

    QString shown;
    shown.reserve(source->size());
    const qsizetype length = source->size();
    auto emitPiece = [&](qsizetype from, qsizetype to) {
        from = std::clamp<qsizetype>(from, 0, length);
        to = std::clamp<qsizetype>(to, 0, length);
        if (to > from) {
            m_segments.append({from, shown.size(), to - from});
            shown += QStringView(*source).mid(from, to - from);
        }
    };

    qsizetype pos = 0;
    if (!m_showRemoved) {
        for (const Range &range : std::as_const(noise)) {
            if (range.end <= pos) {
                continue;
            }
            emitPiece(pos, range.start);
            // Take the line end with the hidden line, or the reader shows a gap.
            qsizetype end = range.end;
            if (end < length && source->at(end) == u'\n') {
                ++end;
            }
            pos = std::max(pos, end);
        }
        emitPiece(pos, length);
    } else {
        QList<RemovedSpan> removed = doc.removed;
        std::stable_sort(removed.begin(), removed.end(),
                         [](const RemovedSpan &a, const RemovedSpan &b) { return a.cleanOffset < b.cleanOffset; });
        for (const RemovedSpan &span : std::as_const(removed)) {
            const qsizetype at = std::clamp<qsizetype>(span.cleanOffset, pos, length);
            emitPiece(pos, at);
            pos = at;
            m_grey.append({shown.size(), shown.size() + span.text.size()});
            shown += span.text;
        }
        emitPiece(pos, length);
        for (const Range &range : std::as_const(noise)) {
            m_grey.append({toDisplay(range.start), toDisplay(range.end)});
        }
        std::sort(m_grey.begin(), m_grey.end(),
                  [](const DisplayRange &a, const DisplayRange &b) { return a.start < b.start; });
    }
    if (shown.endsWith(u'\n')) {
        shown.chop(1); // a trailing empty line is not part of the article
    }
    setPlainText(shown);
    m_pageDrawnPending = true;
    verticalScrollBar()->setValue(scrollLine);
    updateHighlights();
}

qsizetype ReaderView::toDisplay(qsizetype documentOffset) const
{
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), documentOffset,
                               [](qsizetype offset, const Segment &s) { return offset < s.documentStart; });
    if (it == m_segments.cbegin()) {
        return 0;
    }
    --it;
    return it->displayStart + std::min(documentOffset - it->documentStart, it->length);
}

qsizetype ReaderView::toDocument(qsizetype displayOffset) const
{
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), displayOffset,
                               [](qsizetype offset, const Segment &s) { return offset < s.displayStart; });
    if (it == m_segments.cbegin()) {
        return -1;
    }
    --it;
    if (displayOffset >= it->displayStart + it->length) {
        return -1;
    }
    return it->documentStart + (displayOffset - it->displayStart);
}

qsizetype ReaderView::displayOffsetOfQuote(int quote) const
{
    if (!m_document || quote < 0 || quote >= m_document->document.quotes.size()) {
        return -1;
    }
    const qsizetype start = m_document->document.quotes.at(quote).range.start;
    const qsizetype shown = toDisplay(start);
    return toDocument(shown) == start ? shown : -1;
}

int ReaderView::quoteAtDocumentOffset(qsizetype offset) const
{
    if (!m_document || offset < 0) {
        return -1;
    }
    const auto &quotes = m_document->document.quotes;
    // Quotes are sorted by start (the engine sorts them); a few may nest, so look back a little.
    auto it = std::upper_bound(quotes.cbegin(), quotes.cend(), offset,
                               [](qsizetype o, const Quote &q) { return o < q.range.start; });
    for (int steps = 0; it != quotes.cbegin() && steps < 8; ++steps) {
        --it;
        const int index = int(it - quotes.cbegin());
        if (it->range.contains(offset) && m_highlighted.value(index)) {
            return index;
        }
    }
    return -1;
}

int ReaderView::quoteAtDisplayOffset(qsizetype offset) const
{
    return quoteAtDocumentOffset(toDocument(offset));
}

void ReaderView::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    m_visibleHighlights.clear();
    if (!m_document || m_segments.isEmpty()) {
        setExtraSelections(selections);
        return;
    }
    const QTextBlock first = firstVisibleBlock();
    const qsizetype shownStart = first.isValid() ? first.position() : 0;
    QTextCursor lastCursor = cursorForPosition(QPoint(viewport()->width() - 1, viewport()->height() - 1));
    lastCursor.movePosition(QTextCursor::EndOfBlock);
    const qsizetype shownEnd = lastCursor.position() + 1;

    auto clampedDocument = [this](qsizetype shown) {
        auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), shown,
                                   [](qsizetype offset, const Segment &s) { return offset < s.displayStart; });
        if (it == m_segments.cbegin()) {
            return m_segments.first().documentStart;
        }
        --it;
        return it->documentStart + std::min(shown - it->displayStart, it->length);
    };
    const qsizetype docStart = clampedDocument(shownStart);
    const qsizetype docEnd = clampedDocument(shownEnd);

    auto select = [this](qsizetype from, qsizetype to) {
        QTextCursor cursor(document());
        cursor.setPosition(int(from));
        cursor.setPosition(int(to), QTextCursor::KeepAnchor);
        return cursor;
    };

    const auto &quotes = m_document->document.quotes;
    auto it = std::lower_bound(quotes.cbegin(), quotes.cend(), docStart,
                               [](const Quote &q, qsizetype o) { return q.range.start < o; });
    for (int steps = 0; it != quotes.cbegin() && steps < 8; ++steps) {
        if ((it - 1)->range.end <= docStart) {
            break;
        }
        --it;
    }
    for (; it != quotes.cend() && it->range.start < docEnd; ++it) {
        const int index = int(it - quotes.cbegin());
        if (!m_highlighted.value(index)) {
            continue;
        }
        m_visibleHighlights.append(index);
        QTextEdit::ExtraSelection selection;
        selection.cursor = select(toDisplay(it->range.start), toDisplay(it->range.end));
        QColor background = highlightColor(it->speaker);
        if (index == m_current) {
            background = background.darker(118);
            selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            selection.format.setUnderlineColor(speakerColor(it->speaker));
        }
        selection.format.setBackground(background);
        selection.format.setToolTip(tooltipFor(index));
        selections.append(selection);
        if (!it->cueRange.isEmpty()) {
            QTextEdit::ExtraSelection cue;
            cue.cursor = select(toDisplay(it->cueRange.start), toDisplay(it->cueRange.end));
            cue.format.setForeground(speakerColor(it->speaker).darker(130));
            cue.format.setFontWeight(QFont::DemiBold);
            selections.append(cue);
        }
    }
    // Headings stand out, so the reader can see the outline the Sections dock lists.
    const auto &blocks = m_document->document.blocks;
    auto block = std::lower_bound(blocks.cbegin(), blocks.cend(), docStart,
                                  [](const Block &b, qsizetype o) { return b.range.end < o; });
    for (; block != blocks.cend() && block->range.start < docEnd; ++block) {
        if (block->kind != BlockKind::Heading && block->kind != BlockKind::Title) {
            continue;
        }
        QTextEdit::ExtraSelection heading;
        heading.cursor = select(toDisplay(block->range.start), toDisplay(block->range.end));
        heading.format.setFontWeight(QFont::Bold);
        heading.format.setForeground(palette().color(QPalette::Text).lighter(block->kind == BlockKind::Title ? 100 : 130));
        selections.append(heading);
    }
    auto grey = std::lower_bound(m_grey.cbegin(), m_grey.cend(), shownStart,
                                 [](const DisplayRange &r, qsizetype o) { return r.end < o; });
    for (; grey != m_grey.cend() && grey->start < shownEnd; ++grey) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = select(grey->start, grey->end);
        selection.format.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        selections.append(selection);
    }
    setExtraSelections(selections);
}

QString ReaderView::tooltipFor(int quote) const
{
    const Document &doc = m_document->document;
    const Quote &q = doc.quotes.at(quote);
    const Speaker *speaker = doc.speakerOf(q);
    QString html = u"<p style='white-space:pre'><b>"_qs
        + (speaker ? speaker->name.toHtmlEscaped() : tr("Unknown speaker")) + u"</b>"_qs;
    if (speaker && !speaker->role.isEmpty()) {
        html += u" — "_qs + speaker->role.toHtmlEscaped();
    }
    html += u"<br>"_qs + (q.kind == QuoteKind::Direct ? tr("Direct quote") : tr("Indirect quote"));
    if (!q.cue.isEmpty()) {
        html += u"<br>"_qs + tr("Cue: %1").arg(q.cue.toHtmlEscaped());
    }
    if (!q.themes.isEmpty()) {
        html += u"<br>"_qs + tr("Themes: %1").arg(q.themes.join(u", ").toHtmlEscaped());
    }
    return html + u"</p>"_qs;
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int quote = quoteAtDisplayOffset(cursorForPosition(help->pos()).position());
        if (quote >= 0) {
            QToolTip::showText(help->globalPos(), tooltipFor(quote), viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_pageDrawnPending && !document()->isEmpty()) {
        m_pageDrawnPending = false;
        emit pageDrawn();
    }
}

void ReaderView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection()
        || (event->position().toPoint() - m_pressPos).manhattanLength() > 4) {
        return;
    }
    const int quote = quoteAtDisplayOffset(cursorForPosition(event->position().toPoint()).position());
    if (quote >= 0) {
        m_current = quote;
        updateHighlights();
        emit quoteActivated(quote);
    }
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateHighlights();
}

void ReaderView::scrollToQuote(int quote)
{
    const qsizetype offset = displayOffsetOfQuote(quote);
    if (offset < 0) {
        return;
    }
    m_current = quote;
    QTextCursor cursor(document());
    cursor.setPosition(int(offset));
    setTextCursor(cursor);
    centerCursor();
    updateHighlights();
}

void ReaderView::scrollToOffset(qsizetype documentOffset)
{
    const QTextBlock block = document()->findBlock(int(toDisplay(documentOffset)));
    if (!block.isValid()) {
        return;
    }
    QTextCursor cursor(block);
    setTextCursor(cursor);
    verticalScrollBar()->setValue(block.blockNumber());
    updateHighlights();
}

} // namespace QuoteReader
