// The article as people read it: clean text, quotes highlighted in their speaker's colour.
#pragma once

#include "readerdocument.h"
#include "textfold.h"

#include <QList>
#include <QPlainTextEdit>

namespace QuoteReader {

class ReaderView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(QWidget *parent = nullptr);

    void setDocument(ReaderDocumentPtr document);
    // The quotes to highlight (those passing the filter), indexes into Document::quotes.
    void setHighlightedQuotes(const QList<int> &quotes);
    void setShowRemoved(bool show); // pinyin glosses and noise, greyed
    bool showRemoved() const { return m_showRemoved; }
    void setScript(Script script);
    Script script() const { return m_script; }

    void scrollToQuote(int quote);
    void scrollToOffset(qsizetype documentOffset);
    int currentQuote() const { return m_current; }

    // Quotes highlighted right now: the accepted ones in or near the viewport. Only those get
    // extra selections, so a 12 MB document costs no more than a short one.
    QList<int> visibleHighlights() const { return m_visibleHighlights; }
    // Where a quote starts in the shown text; -1 when hidden.
    qsizetype displayOffsetOfQuote(int quote) const;
    int quoteAtDisplayOffset(qsizetype offset) const;

signals:
    void quoteActivated(int quote);
    // After the first paint showing text set since the last setDocument()/showPreview(): what a
    // person sees as "the page is there". Used to time opening big files.
    void pageDrawn();

protected:
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Segment {
        qsizetype documentStart = 0; // a piece of Document::text shown at displayStart
        qsizetype displayStart = 0;
        qsizetype length = 0;
    };
    struct DisplayRange {
        qsizetype start = 0;
        qsizetype end = 0;
    };

    void rebuild();
    void updateHighlights();
    qsizetype toDisplay(qsizetype documentOffset) const;
    qsizetype toDocument(qsizetype displayOffset) const; // -1 inside inserted text
    int quoteAtDocumentOffset(qsizetype offset) const;
    QString tooltipFor(int quote) const;

    ReaderDocumentPtr m_document;
    QString m_traditional; // cached on first use of the Traditional display
    QList<Segment> m_segments;
    QList<DisplayRange> m_grey; // shown-but-removed text and noise, in display offsets
    QList<bool> m_highlighted;  // by quote index
    QList<int> m_visibleHighlights;
    bool m_showRemoved = false;
    Script m_script = Script::AsWritten;
    int m_current = -1;
    QPoint m_pressPos;
    bool m_pageDrawnPending = false;
};

} // namespace QuoteReader
