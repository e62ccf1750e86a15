#include "readerview.h"

#include "palette.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace QuoteReader {

Q_LOGGING_CATEGORY(lcReader, "quotereader.reader", QtWarningMsg)

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

constexpr int kDocumentMargin = 18;

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAcceptDrops(false); // dropped files go to the window, which opens them
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(kDocumentMargin);
    QFont readingFont = font();
    readingFont.setPointSizeF(readingFont.pointSizeF() * 1.25);
    setFont(readingFont);
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
        const bool sameText = m_document && display->document
            && display->document->document.text.isSharedWith(m_document->document.text);
        if (!sameText || display->script != m_script || display->showRemoved != m_showRemoved) {
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

ReaderDisplay::Style ReaderView::displayStyle() const
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    // Headings in a deep blue: the CJK fallback font often has no bold face, so weight alone does not
    // show them; size and colour do.
    return {font(), text, dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1c, 0x4f, 0x8a),
            pal.color(QPalette::Disabled, QPalette::Text)};
}

ReaderDisplayPtr ReaderView::prepareDisplay(ReaderDocumentPtr document, Script script, bool showRemoved,
                                            const ReaderDisplay::Style &style, const QString &traditional)
{
    auto display = std::make_shared<ReaderDisplay>();
    display->document = document;
    display->script = script;
    display->showRemoved = showRemoved;
    auto text = std::make_unique<QTextDocument>();
    text->setUndoRedoEnabled(false);
    text->setDocumentLayout(new QPlainTextDocumentLayout(text.get()));
    text->setDefaultFont(style.font);
    text->setDocumentMargin(kDocumentMargin);
    if (!document) {
        text->moveToThread(QCoreApplication::instance()->thread());
        display->text = std::move(text);
        return display;
    }

    const Document &doc = document->document;
    const QString *source = &doc.text;
    if (script == Script::Simplified && document->simplified.size() == doc.text.size()) {
        source = &document->simplified;
    } else if (script == Script::Traditional) {
        if (document->traditional.size() == doc.text.size()) {
            source = &document->traditional;
        } else if (traditional.size() == doc.text.size()) {
            source = &traditional;
        } else {
            display->traditional = convertScript(doc.text, Script::Traditional);
            source = &display->traditional;
        }
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

    // A blank line goes before every heading and paragraph (QPlainTextEdit has no paragraph spacing,
    // and dense Chinese text without it reads as one wall): inserted text, outside every segment, so
    // document offsets skip it.
    QList<qsizetype> headingStarts;
    for (const Block &block : doc.blocks) {
        if (!isNoiseBlock(block.kind) && block.range.start > 0) {
            headingStarts.append(block.range.start);
        }
    }

    QList<ReaderDisplay::Segment> &segments = display->segments;
    QList<Range> grey; // in display offsets
    QString shown;
    shown.reserve(source->size() + headingStarts.size());
    const qsizetype length = source->size();
    auto nextHeading = headingStarts.cbegin();
    auto emitPiece = [&](qsizetype from, qsizetype to) {
        from = std::clamp<qsizetype>(from, 0, length);
        to = std::clamp<qsizetype>(to, 0, length);
        while (nextHeading != headingStarts.cend() && *nextHeading < from) {
            ++nextHeading;
        }
        while (to > from) {
            if (nextHeading != headingStarts.cend() && *nextHeading == from) {
                if (shown.endsWith(u'\n') && !shown.endsWith(u"\n\n")) {
                    shown += u'\n';
                }
                ++nextHeading;
            }
            const qsizetype pieceEnd =
                nextHeading != headingStarts.cend() && *nextHeading < to ? *nextHeading : to;
            segments.append({from, shown.size(), pieceEnd - from});
            shown += QStringView(*source).mid(from, pieceEnd - from);
            from = pieceEnd;
        }
    };
    auto displayOf = [&segments](qsizetype offset) {
        auto it = std::upper_bound(segments.cbegin(), segments.cend(), offset,
                                   [](qsizetype o, const ReaderDisplay::Segment &s) { return o < s.documentStart; });
        if (it == segments.cbegin()) {
            return qsizetype(0);
        }
        --it;
        return it->displayStart + std::min(offset - it->documentStart, it->length);
    };

    qsizetype pos = 0;
    if (!showRemoved) {
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
            grey.append({shown.size(), shown.size() + span.text.size()});
            shown += span.text;
        }
        emitPiece(pos, length);
        for (const Range &range : std::as_const(noise)) {
            grey.append({displayOf(range.start), displayOf(range.end)});
        }
    }
    // Garbled text stays in place (it may stand inside a quote, and hiding it would silently drop
    // words), but always greyed so the reader sees it is damaged.
    for (const Noise &n : doc.noise) {
        if (n.kind == NoiseKind::Garbled) {
            grey.append({displayOf(n.range.start), displayOf(n.range.end)});
        }
    }
    if (shown.endsWith(u'\n')) {
        shown.chop(1); // a trailing empty line is not part of the article
    }
    text->setPlainText(shown);

    // Formats written into the document once, here, rather than as extra selections on every scroll.
    QTextCursor cursor(text.get());
    auto format = [&cursor, &shown](qsizetype from, qsizetype to, const QTextCharFormat &f) {
        from = std::clamp<qsizetype>(from, 0, shown.size());
        to = std::clamp<qsizetype>(to, 0, shown.size());
        if (to > from) {
            cursor.setPosition(int(from));
            cursor.setPosition(int(to), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(f);
        }
    };
    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(style.font.pointSizeF() * 1.5);
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setForeground(style.titleColor);
    QTextCharFormat headingFormat;
    headingFormat.setFontPointSize(style.font.pointSizeF() * 1.25);
    headingFormat.setFontWeight(QFont::Bold);
    headingFormat.setForeground(style.headingColor);
    for (const Block &block : doc.blocks) {
        if (block.kind == BlockKind::Title || block.kind == BlockKind::Heading) {
            const qsizetype start = displayOf(block.range.start);
            // A hidden heading maps to where the text goes on: format only what is really shown.
            if (start < shown.size() && displayOf(block.range.end) > start) {
                format(start, displayOf(block.range.end), block.kind == BlockKind::Title ? titleFormat : headingFormat);
            }
        }
    }
    QTextCharFormat greyFormat;
    greyFormat.setForeground(style.greyColor);
    for (const Range &range : std::as_const(grey)) {
        format(range.start, range.end, greyFormat);
    }
    // Handed to the GUI thread, which shows it; QPlainTextEdit may only touch it there.
    text->moveToThread(QCoreApplication::instance()->thread());
    display->text = std::move(text);
    return display;
}

void ReaderView::setDocument(ReaderDocumentPtr document, ReaderDisplayPtr display)
{
    m_document = std::move(document);
    if (!m_document || m_traditional.size() != m_document->document.text.size()) {
        m_traditional.clear();
    }
    m_current = -1;
    m_highlighted.fill(true, m_document ? m_document->document.quotes.size() : 0);
    if (display && display->text && display->document == m_document && display->script == m_script
        && display->showRemoved == m_showRemoved) {
        adopt(std::move(display));
    } else {
        rebuild();
    }
}

void ReaderView::replaceThemes(ReaderDocumentPtr document)
{
    Q_ASSERT(document && m_document && document->document.text.isSharedWith(m_document->document.text));
    m_document = std::move(document);
    m_highlighted.fill(true, m_document->document.quotes.size());
    updateHighlights();
}

void ReaderView::showPreview(const QString &text)
{
    m_document.reset();
    m_traditional.clear();
    m_segments.clear();
    m_highlighted.clear();
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

qsizetype ReaderView::toDisplay(qsizetype documentOffset) const
{
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), documentOffset,
                               [](qsizetype offset, const ReaderDisplay::Segment &s) { return offset < s.documentStart; });
    if (it == m_segments.cbegin()) {
        return 0;
    }
    --it;
    return it->displayStart + std::min(documentOffset - it->documentStart, it->length);
}

qsizetype ReaderView::toDocument(qsizetype displayOffset) const
{
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), displayOffset,
                               [](qsizetype offset, const ReaderDisplay::Segment &s) { return offset < s.displayStart; });
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
                                   [](qsizetype offset, const ReaderDisplay::Segment &s) { return offset < s.displayStart; });
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
    verticalScrollBar()->setValue(block.blockNumber());
    updateHighlights();
}

} // namespace QuoteReader
