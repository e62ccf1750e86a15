// The article as people read it: clean text, quotes highlighted in their speaker's colour, the hits of
// a search marked, the reading size zoomable.
#pragma once

#include "readerdisplay.h"

#include <QFutureWatcher>
#include <QList>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextBlock>

class QLabel;
class QMenu;
class QTextDocument;

namespace QuoteReader {

class ReaderView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    static ReaderDisplayPtr prepareDisplay(ReaderDocumentPtr document, Script script, bool showRemoved,
                                           const ReaderDisplay::Style &style, const QString &traditional = {})
    {
        return prepareReaderDisplay(std::move(document), script, showRemoved, style, traditional);
    }
    // The reading font (with the zoom) and the colours of the palette in use.
    ReaderDisplay::Style displayStyle() const;

    // Shows `document`; a `display` prepared for it with the current script and show-removed setting
    // is taken as it is, otherwise one is built (in the background for big documents).
    void setDocument(ReaderDocumentPtr document, ReaderDisplayPtr display = {});
    // The same article with other quotes (themes found again, corrections): keeps what is shown.
    void replaceQuotes(ReaderDocumentPtr document);
    // Text shown while the article is still being read: no quotes, nothing to click. A note over it
    // says so (setLoadingNote()) until a document is shown.
    void showPreview(const QString &text);
    bool isPreview() const { return m_previewing; }
    // The note over the preview: what the loading is doing now (rich text).
    void setLoadingNote(const QString &note);
    QLabel *loadingNote() const { return m_loadingNote; }
    // The quotes to highlight (those passing the filter), indexes into Document::quotes.
    void setHighlightedQuotes(const QList<int> &quotes);
    void setShowRemoved(bool show); // pinyin glosses and noise, greyed
    bool showRemoved() const { return m_showRemoved; }
    void setScript(Script script);
    Script script() const { return m_script; }
    // True while a display for a big document is being built in the background.
    bool isPreparing() const { return m_preparing.isRunning(); }

    // Reading size: steps of 10 % from the default size (0).
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

    void scrollToQuote(int quote);
    // Brings the text at a document offset (a section's heading) to the top of the view.
    void scrollToOffset(qsizetype documentOffset);
    int currentQuote() const { return m_current; }
    // The paragraph (text block) at the top of the view.
    QTextBlock topBlock() const { return firstVisibleBlock(); }
    // Marks a quote as the current one without moving the view.
    void setCurrentQuote(int quote);

    // The selected text as a range of the document (the shown text's blank lines and glosses left out);
    // empty when nothing is selected.
    TextRange selectedDocumentRange() const;
    // The quote under a point of the viewport, -1 for none.
    int quoteAtPoint(const QPoint &viewportPoint) const;

    // Find in the text: each of `words` (folded as foldForSearch(), so either script and any case) is
    // marked wherever it occurs in the shown text, and findNext() steps through the marks.
    void setFindWords(const QStringList &words);
    // Moves to the next (or previous) mark after the cursor, wrapping round; false when there is none.
    bool findNext(bool backwards = false);
    qsizetype findHitCount() const { return m_hits.size(); }
    // 1-based number of the mark last moved to, 0 before any.
    qsizetype currentFindHit() const { return m_currentHit + 1; }
    QList<TextRange> findHits() const { return m_hits; }

    // Quotes highlighted right now: the accepted ones in or near the viewport. Only those get
    // extra selections, so a 12 MB document costs no more than a short one.
    QList<int> visibleHighlights() const { return m_visibleHighlights; }
    // Where a quote starts in the shown text; -1 when hidden.
    qsizetype displayOffsetOfQuote(int quote) const;
    // Where a document offset is shown.
    qsizetype displayOffsetOf(qsizetype documentOffset) const { return toDisplay(documentOffset); }
    int quoteAtDisplayOffset(qsizetype offset) const;
    // Where a garbled span (text damaged by a wrong encoding) starts in the shown text; -1 when hidden.
    qsizetype displayOffsetOfGarbled(int noise) const;
    // The tooltip at a place in the shown text: the quote there, and a note when the text is damaged.
    QString toolTipAtDisplayOffset(qsizetype offset) const;

signals:
    void quoteActivated(int quote);
    // The context menu is about to open over `quote` (-1 for none): add actions to `menu`.
    void contextMenuAboutToShow(QMenu *menu, int quote);
    // After the first paint showing text set since the last setDocument()/showPreview(): what a
    // person sees as "the page is there". Used to time opening big files.
    void pageDrawn();
    // A display built in the background is shown (after setScript()/setShowRemoved() on a big document).
    void displayReady();
    void zoomChanged(int steps);
    // The find marks changed or the one moved to: `current` is 1-based, 0 before any.
    void findStatusChanged(qsizetype current, qsizetype count);

protected:
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void adopt(ReaderDisplayPtr display);
    void replaceTextDocument(QTextDocument *text);
    void updateHighlights();
    void findHitsAgain();
    bool isDark() const;
    qsizetype toDisplay(qsizetype documentOffset) const { return displayOffset(m_segments, documentOffset); }
    qsizetype toDocument(qsizetype shown) const { return documentOffset(m_segments, shown); }
    int quoteAtDocumentOffset(qsizetype offset) const;
    QString tooltipFor(int quote) const;
    const Noise *garbledAt(qsizetype documentOffset) const;
    void placeLoadingNote();

    ReaderDocumentPtr m_document;
    QString m_traditional; // computed by an earlier display of the same document
    QString m_folded;      // the document's text as searches compare it (same length), made on the first find
    QList<ReaderDisplay::Segment> m_segments;
    QList<bool> m_highlighted; // by quote index
    QList<int> m_visibleHighlights;
    QStringList m_findWords;
    QList<TextRange> m_hits; // in document offsets, in order
    qsizetype m_currentHit = -1;
    bool m_showRemoved = false;
    Script m_script = Script::AsWritten;
    QFont m_baseFont;
    int m_zoom = 0;
    int m_current = -1;
    QPoint m_pressPos;
    bool m_pageDrawnPending = false;
    bool m_previewing = false;
    QLabel *m_loadingNote = nullptr;
    QFutureWatcher<ReaderDisplayPtr> m_preparing;
};

} // namespace QuoteReader
