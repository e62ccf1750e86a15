#include "readerview.h"

#include "palette.h"
#include "rulenames.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace QuoteReader {

Q_LOGGING_CATEGORY(lcReader, "quotereader.reader", QtWarningMsg)

namespace {
// Marks past this many would cost more to draw than they help: a word that common is not a search.
constexpr qsizetype kMaxFindHits = 20000;
constexpr int kMinZoom = -5;
constexpr int kMaxZoom = 12;
} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAcceptDrops(false); // dropped files go to the window, which opens them
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(kReaderDocumentMargin);
    m_baseFont = font();
    m_baseFont.setPointSizeF(m_baseFont.pointSizeF() * 1.25);
    setFont(m_baseFont);
    // Tab moves on to the next pane: nothing here can be typed into.
    setTabChangesFocus(true);
    setFocusPolicy(Qt::StrongFocus);
    // Over the preview while the article is read: the text is there, but not yet its quotes.
    m_loadingNote = new QLabel(viewport());
    m_loadingNote->setObjectName(u"loadingNote"_qs);
    m_loadingNote->setAutoFillBackground(true);
    m_loadingNote->setBackgroundRole(QPalette::ToolTipBase);
    m_loadingNote->setForegroundRole(QPalette::ToolTipText);
    m_loadingNote->setFrameShape(QFrame::StyledPanel);
    m_loadingNote->setMargin(8);
    m_loadingNote->setTextFormat(Qt::RichText);
    m_loadingNote->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_loadingNote->hide();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ReaderView::updateHighlights);
    connect(&m_preparing, &QFutureWatcher<ReaderDisplayPtr>::finished, this, [this] {
        ReaderDisplayPtr display = m_preparing.result();
        const bool sameText = m_document && display->document && display->document->sameTextAs(*m_document);
        if (!sameText || display->script != m_script || display->showRemoved != m_showRemoved
            || display->font != displayStyle().font) {
            rebuild(); // the settings changed while it was built
            return;
        }
        const int scrollLine = verticalScrollBar()->value();
        adopt(std::move(display));
        verticalScrollBar()->setValue(scrollLine);
        emit displayReady();
    });
}

ReaderView::~ReaderView()
{
    m_preparing.waitForFinished();
}

bool ReaderView::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

ReaderDisplay::Style ReaderView::displayStyle() const
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    // Headings in a deep blue: the CJK fallback font often has no bold face, so weight alone does not
    // show them; size and colour do.
    return {font(), text, isDark() ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1c, 0x4f, 0x8a),
            pal.color(QPalette::Disabled, QPalette::Text)};
}

void ReaderView::setDocument(ReaderDocumentPtr document, ReaderDisplayPtr display)
{
    m_document = std::move(document);
    if (!m_document || m_traditional.size() != m_document->document.text.size()) {
        m_traditional.clear();
    }
    m_folded.clear();
    m_current = -1;
    m_highlighted.fill(true, m_document ? m_document->document.quotes.size() : 0);
    if (display && display->text && display->document == m_document && display->script == m_script
        && display->showRemoved == m_showRemoved && display->font == displayStyle().font) {
        adopt(std::move(display));
    } else {
        rebuild();
    }
    findHitsAgain();
}

void ReaderView::replaceQuotes(ReaderDocumentPtr document)
{
    Q_ASSERT(document && m_document && document->sameTextAs(*m_document));
    m_document = std::move(document);
    m_highlighted.fill(true, m_document->document.quotes.size());
    if (m_current >= m_document->document.quotes.size()) {
        m_current = -1;
    }
    updateHighlights();
}

void ReaderView::showPreview(const QString &text)
{
    m_document.reset();
    m_traditional.clear();
    m_folded.clear();
    m_segments.clear();
    m_highlighted.clear();
    m_hits.clear();
    m_currentHit = -1;
    m_current = -1;
    replaceTextDocument(prepareDisplay(nullptr, m_script, m_showRemoved, displayStyle())->text.release());
    setPlainText(text);
    m_previewing = true;
    m_loadingNote->setVisible(!m_loadingNote->text().isEmpty());
    placeLoadingNote();
    m_pageDrawnPending = true;
    updateHighlights();
}

void ReaderView::setLoadingNote(const QString &note)
{
    m_loadingNote->setText(note);
    m_loadingNote->setVisible(m_previewing && !note.isEmpty());
    placeLoadingNote();
}

void ReaderView::placeLoadingNote()
{
    if (!m_loadingNote->isVisible()) {
        return;
    }
    m_loadingNote->adjustSize();
    const int margin = 12;
    m_loadingNote->move(std::max(0, viewport()->width() - m_loadingNote->width() - margin), margin);
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

void ReaderView::setZoom(int steps)
{
    steps = std::clamp(steps, kMinZoom, kMaxZoom);
    if (steps == m_zoom) {
        return;
    }
    m_zoom = steps;
    QFont zoomed = m_baseFont;
    zoomed.setPointSizeF(m_baseFont.pointSizeF() * std::pow(1.1, steps));
    setFont(zoomed);
    rebuild(); // headings are sized from the reading font
    emit zoomChanged(m_zoom);
}

void ReaderView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // A palette switched to dark (or back): headings and highlights take its colours.
    if (event->type() == QEvent::PaletteChange && m_document) {
        rebuild();
    }
}

void ReaderView::rebuild()
{
    // Small articles are rebuilt at once (tests and short texts see the change immediately); big ones
    // in the background, the old display staying until the new one is ready.
    constexpr qsizetype kBackgroundFrom = 256 * 1024;
    if (m_document && m_document->document.text.size() >= kBackgroundFrom) {
        if (!m_preparing.isRunning()) {
            m_preparing.setFuture(QtConcurrent::run(&ReaderView::prepareDisplay, m_document, m_script, m_showRemoved,
                                                    displayStyle(), m_traditional));
        } // else: its finished handler sees the settings changed and starts again
        return;
    }
    const int scrollLine = verticalScrollBar()->value();
    adopt(prepareDisplay(m_document, m_script, m_showRemoved, displayStyle(), m_traditional));
    verticalScrollBar()->setValue(scrollLine);
}

void ReaderView::adopt(ReaderDisplayPtr display)
{
    m_segments = std::move(display->segments);
    if (!display->traditional.isEmpty()) {
        m_traditional = std::move(display->traditional);
    }
    replaceTextDocument(display->text.release());
    m_previewing = false;
    m_loadingNote->hide();
    m_loadingNote->clear();
    m_pageDrawnPending = true;
    updateHighlights();
}

void ReaderView::replaceTextDocument(QTextDocument *text)
{
    // The first document belongs to QPlainTextEdit's control, which deletes it in setDocument();
    // ours are ours. Asked before, as the control's one is gone after.
    QTextDocument *old = document()->parent() == this ? document() : nullptr;
    setExtraSelections({}); // their cursors point into the old document, which may go now
    m_visibleHighlights.clear();
    text->setParent(this);
    QElapsedTimer timer;
    timer.start();
    QPlainTextEdit::setDocument(text);
    const qint64 setTime = timer.nsecsElapsed();
    // Deleted here, on the GUI thread: measured at 0.5 ms for a 12 MB article of 6,800 paragraphs
    // and 22-40 ms for one of 157,000 one-sentence lines (only the block list is freed; layouts exist
    // for the lines that were drawn), under the 50 ms a person notices, and less than setDocument()
    // itself takes; handing it to another thread would buy nothing. QT_LOGGING_RULES=
    // "quotereader.reader.debug=true" prints both times.
    int oldBlocks = 0;
    qint64 deleteTime = 0;
    if (old) {
        oldBlocks = old->blockCount();
        timer.restart();
        delete old;
        deleteTime = timer.nsecsElapsed();
    }
    qCDebug(lcReader) << "text document of" << text->blockCount() << "blocks set in" << setTime / 1000
                      << "us; old one of" << oldBlocks << "blocks deleted in" << deleteTime / 1000 << "us";
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
                                   [](qsizetype offset, const ReaderDisplay::Segment &s) {
                                       return offset < s.displayStart;
                                   });
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

    const bool dark = isDark();
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
        const int slot = m_document->colorSlot(it->speaker);
        QTextEdit::ExtraSelection selection;
        selection.cursor = select(toDisplay(it->range.start), toDisplay(it->range.end));
        QColor background = highlightColor(slot, dark);
        if (index == m_current) {
            // Set off from its neighbours, and further from the text's colour, never nearer to it.
            background = background.darker(dark ? 135 : 118);
            selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            selection.format.setUnderlineColor(cueColor(slot, dark));
        }
        selection.format.setBackground(background);
        selection.format.setToolTip(tooltipFor(index));
        selections.append(selection);
        if (!it->cueRange.isEmpty()) {
            QTextEdit::ExtraSelection cue;
            cue.cursor = select(toDisplay(it->cueRange.start), toDisplay(it->cueRange.end));
            cue.format.setForeground(cueColor(slot, dark));
            cue.format.setFontWeight(QFont::DemiBold);
            selections.append(cue);
        }
    }
    // The marks of a search, over the highlights: a colour no speaker has, outlined by the text colour.
    auto hit = std::lower_bound(m_hits.cbegin(), m_hits.cend(), docStart,
                                [](const TextRange &r, qsizetype o) { return r.end <= o; });
    for (; hit != m_hits.cend() && hit->start < docEnd; ++hit) {
        const bool current = hit - m_hits.cbegin() == m_currentHit;
        QTextEdit::ExtraSelection mark;
        mark.cursor = select(toDisplay(hit->start), toDisplay(hit->end));
        const QColor yellow = dark ? QColor(0x8a, 0x6d, 0x00) : QColor(0xff, 0xe0, 0x66);
        const QColor orange = dark ? QColor(0xb3, 0x4d, 0x00) : QColor(0xff, 0xa9, 0x4d);
        mark.format.setBackground(current ? orange : yellow);
        mark.format.setForeground(palette().color(QPalette::Text));
        selections.append(mark);
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
    if (q.rule == u"user") {
        html += u"<br><i>"_qs + tr("Added by you") + u"</i>"_qs;
    } else {
        if (!q.rule.isEmpty()) {
            html += u"<br>"_qs + RuleNames::foundBy(q.rule).toHtmlEscaped();
        }
        if (q.corrected) {
            html += u"<br><i>"_qs + tr("Corrected by you") + u"</i>"_qs;
        }
    }
    return html + u"</p>"_qs;
}

const Noise *ReaderView::garbledAt(qsizetype documentOffset) const
{
    if (!m_document || documentOffset < 0) {
        return nullptr;
    }
    // A linear look: only asked for on a tooltip, and hand-made documents need not be sorted.
    for (const Noise &n : m_document->document.noise) {
        if (n.kind == NoiseKind::Garbled && n.range.contains(documentOffset)) {
            return &n;
        }
    }
    return nullptr;
}

qsizetype ReaderView::displayOffsetOfGarbled(int noise) const
{
    if (!m_document || noise < 0 || noise >= m_document->document.noise.size()) {
        return -1;
    }
    const qsizetype start = m_document->document.noise.at(noise).range.start;
    const qsizetype shown = toDisplay(start);
    return toDocument(shown) == start ? shown : -1;
}

QString ReaderView::toolTipAtDisplayOffset(qsizetype offset) const
{
    const qsizetype documentOffset = toDocument(offset);
    const int quote = quoteAtDocumentOffset(documentOffset);
    QString tip = quote >= 0 ? tooltipFor(quote) : QString();
    if (const Noise *garbled = garbledAt(documentOffset)) {
        // Greyed in the text; without a word, grey inside a quote reads like a highlighting fault.
        QString note = tr("Text damaged by a wrong encoding in the source");
        if (!garbled->original.isEmpty()) {
            note += u"<br>"_qs + tr("Repaired; the file has: %1").arg(garbled->original.toHtmlEscaped());
        }
        tip += u"<p style='white-space:pre'><i>"_qs + note + u"</i></p>"_qs;
    }
    return tip;
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAtDisplayOffset(cursorForPosition(help->pos()).position());
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, viewport());
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

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    // Over a quote, the quote becomes the current one, so what the menu offers acts on it.
    const int quote = event->reason() == QContextMenuEvent::Mouse ? quoteAtPoint(event->pos()) : m_current;
    if (quote >= 0 && quote != m_current) {
        m_current = quote;
        updateHighlights();
        emit quoteActivated(quote);
    }
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    emit contextMenuAboutToShow(menu.get(), quote);
    menu->exec(event->globalPos());
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
    placeLoadingNote();
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
    // The scroll bar counts wrapped lines, not paragraphs: the block's first line goes to the top.
    verticalScrollBar()->setValue(block.firstLineNumber());
    updateHighlights();
}

void ReaderView::setCurrentQuote(int quote)
{
    if (quote != m_current) {
        m_current = quote;
        updateHighlights();
    }
}

TextRange ReaderView::selectedDocumentRange() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() || m_segments.isEmpty()) {
        return {};
    }
    // Ends inside text the display added (a blank line, a shown gloss) move to the article's text.
    qsizetype start = cursor.selectionStart();
    qsizetype end = cursor.selectionEnd();
    auto segment = std::upper_bound(m_segments.cbegin(), m_segments.cend(), start,
                                    [](qsizetype o, const ReaderDisplay::Segment &s) { return o < s.displayStart; });
    qsizetype from = toDocument(start);
    if (from < 0) {
        from = segment == m_segments.cend() ? -1 : segment->documentStart;
    }
    qsizetype to = toDocument(end - 1);
    if (to < 0) {
        auto before = std::upper_bound(m_segments.cbegin(), m_segments.cend(), end - 1,
                                       [](qsizetype o, const ReaderDisplay::Segment &s) { return o < s.displayStart; });
        to = before == m_segments.cbegin() ? -1 : (before - 1)->documentStart + (before - 1)->length - 1;
    }
    if (from < 0 || to < from) {
        return {};
    }
    return TextRange{from, to + 1};
}

int ReaderView::quoteAtPoint(const QPoint &viewportPoint) const
{
    return quoteAtDisplayOffset(cursorForPosition(viewportPoint).position());
}

void ReaderView::setFindWords(const QStringList &words)
{
    if (words == m_findWords) {
        return;
    }
    m_findWords = words;
    findHitsAgain();
}

void ReaderView::findHitsAgain()
{
    m_hits.clear();
    m_currentHit = -1;
    if (m_document && !m_findWords.isEmpty()) {
        const Document &doc = m_document->document;
        if (m_folded.size() != doc.text.size()) {
            // Folded one character at a time, so that offsets stay those of the document.
            const QString &simplified = m_document->simplified.size() == doc.text.size() ? m_document->simplified
                                                                                         : doc.text;
            m_folded = simplified;
            for (QChar &c : m_folded) {
                c = c.toCaseFolded();
            }
        }
        for (const QString &word : std::as_const(m_findWords)) {
            for (qsizetype at = m_folded.indexOf(word); at >= 0 && m_hits.size() < kMaxFindHits;
                 at = m_folded.indexOf(word, at + word.size())) {
                // Only where the reader shows it: not in hidden captions and boilerplate.
                if (toDocument(toDisplay(at)) == at) {
                    m_hits.append(TextRange{at, at + word.size()});
                }
            }
        }
        std::sort(m_hits.begin(), m_hits.end(),
                  [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    }
    updateHighlights();
    emit findStatusChanged(0, m_hits.size());
}

bool ReaderView::findNext(bool backwards)
{
    if (m_hits.isEmpty()) {
        return false;
    }
    const qsizetype cursorAt = toDocument(textCursor().position());
    qsizetype next = -1;
    if (m_currentHit >= 0) {
        next = (m_currentHit + (backwards ? -1 : 1) + m_hits.size()) % m_hits.size();
    } else {
        const qsizetype from = cursorAt < 0 ? 0 : cursorAt;
        auto it = std::lower_bound(m_hits.cbegin(), m_hits.cend(), from,
                                   [](const TextRange &r, qsizetype o) { return r.start < o; });
        next = backwards ? (it == m_hits.cbegin() ? m_hits.size() - 1 : (it - m_hits.cbegin()) - 1)
                         : (it == m_hits.cend() ? 0 : it - m_hits.cbegin());
    }
    m_currentHit = next;
    const TextRange &hit = m_hits.at(next);
    QTextCursor cursor(document());
    cursor.setPosition(int(toDisplay(hit.start)));
    setTextCursor(cursor);
    centerCursor();
    updateHighlights();
    emit findStatusChanged(m_currentHit + 1, m_hits.size());
    return true;
}

} // namespace QuoteReader
