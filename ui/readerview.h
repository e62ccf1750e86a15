// The article as people read it: clean text, quotes highlighted in their speaker's colour.
#pragma once

#include "readerdocument.h"
#include "textfold.h"

#include <QColor>
#include <QFont>
#include <QFutureWatcher>
#include <QList>
#include <QPlainTextEdit>

#include <memory>

class QLabel;
class QTextDocument;

namespace QuoteReader {

// What the reader shows of one document with one script and show-removed setting: the text with
// its heading and grey formats already applied, and the map between shown and document offsets.
// Built by ReaderView::prepareDisplay(), which needs no widget and runs off the GUI thread: for a
// 12 MB article, building the QTextDocument alone takes longer than a frame many times over.
struct ReaderDisplay {
    struct Segment {
        qsizetype documentStart = 0; // a piece of Document::text shown at displayStart
        qsizetype displayStart = 0;
        qsizetype length = 0;
    };
    struct Style {
        QFont font;           // the reading font
        QColor titleColor;    // the headline
        QColor headingColor;  // section headings
        QColor greyColor;     // removed text and noise, when shown
    };

    ReaderDocumentPtr document;
    Script script = Script::AsWritten;
    bool showRemoved = false;
    QList<Segment> segments;
    QString traditional; // the Traditional text when this display had to compute it (kept for the next)
    std::unique_ptr<QTextDocument> text; // no parent; belongs to the GUI thread when handed over
};
using ReaderDisplayPtr = std::shared_ptr<ReaderDisplay>;

class ReaderView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    // Builds what setDocument() shows; thread-safe, no widget involved. `traditional`: the document's
    // Traditional text if already known (saves the conversion), else "".
    static ReaderDisplayPtr prepareDisplay(ReaderDocumentPtr document, Script script, bool showRemoved,
                                           const ReaderDisplay::Style &style, const QString &traditional = {});
    ReaderDisplay::Style displayStyle() const;

    // Shows `document`; a `display` prepared for it with the current script and show-removed setting
    // is taken as it is, otherwise one is built (in the background for big documents).
    void setDocument(ReaderDocumentPtr document, ReaderDisplayPtr display = {});
    // The same article with its themes found again (same text, blocks and noise): keeps what is shown.
    void replaceThemes(ReaderDocumentPtr document);
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

    void scrollToQuote(int quote);
    void scrollToOffset(qsizetype documentOffset);
    int currentQuote() const { return m_current; }

    // Quotes highlighted right now: the accepted ones in or near the viewport. Only those get
    // extra selections, so a 12 MB document costs no more than a short one.
    QList<int> visibleHighlights() const { return m_visibleHighlights; }
    // Where a quote starts in the shown text; -1 when hidden.
    qsizetype displayOffsetOfQuote(int quote) const;
    int quoteAtDisplayOffset(qsizetype offset) const;
    // Where a garbled span (text damaged by a wrong encoding) starts in the shown text; -1 when hidden.
    qsizetype displayOffsetOfGarbled(int noise) const;
    // The tooltip at a place in the shown text: the quote there, and a note when the text is damaged.
    QString toolTipAtDisplayOffset(qsizetype offset) const;

signals:
    void quoteActivated(int quote);
    // After the first paint showing text set since the last setDocument()/showPreview(): what a
    // person sees as "the page is there". Used to time opening big files.
    void pageDrawn();
    // A display built in the background is shown (after setScript()/setShowRemoved() on a big document).
    void displayReady();

protected:
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void adopt(ReaderDisplayPtr display);
    void replaceTextDocument(QTextDocument *text);
    void updateHighlights();
    qsizetype toDisplay(qsizetype documentOffset) const;
    qsizetype toDocument(qsizetype displayOffset) const; // -1 inside inserted text
    int quoteAtDocumentOffset(qsizetype offset) const;
    QString tooltipFor(int quote) const;
    const Noise *garbledAt(qsizetype documentOffset) const;
    void placeLoadingNote();

    ReaderDocumentPtr m_document;
    QString m_traditional; // computed by an earlier display of the same document
    QList<ReaderDisplay::Segment> m_segments;
    QList<bool> m_highlighted;  // by quote index
    QList<int> m_visibleHighlights;
    bool m_showRemoved = false;
    Script m_script = Script::AsWritten;
    int m_current = -1;
    QPoint m_pressPos;
    bool m_pageDrawnPending = false;
    bool m_previewing = false;
    QLabel *m_loadingNote = nullptr;
    QFutureWatcher<ReaderDisplayPtr> m_preparing;
};

} // namespace QuoteReader
