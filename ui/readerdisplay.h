// What the reader shows of an article: the text with its headings and greyed noise, and the map between
// shown and document offsets. Built without a widget, off the GUI thread for big articles, and used
// for printing too.
#pragma once

#include "readerdocument.h"
#include "textfold.h"

#include <QColor>
#include <QFont>
#include <QList>

#include <memory>

class QTextDocument;

namespace QuoteReader {

// Around the text, in pixels: room to breathe at the window's edges.
constexpr int kReaderDocumentMargin = 18;

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
        QFont font;          // the reading font
        QColor titleColor;   // the headline
        QColor headingColor; // section headings
        QColor greyColor;    // removed text and noise, when shown
    };

    ReaderDocumentPtr document;
    Script script = Script::AsWritten;
    QFont font; // the reading font it was built with
    bool showRemoved = false;
    QList<Segment> segments;
    QString traditional;                 // the Traditional text when this display had to compute it (kept for the next)
    std::unique_ptr<QTextDocument> text; // no parent; belongs to the GUI thread when handed over
};
using ReaderDisplayPtr = std::shared_ptr<ReaderDisplay>;

// Builds what the reader shows; thread-safe, no widget involved. `traditional`: the document's
// Traditional text if already known (saves the conversion), else "".
ReaderDisplayPtr prepareReaderDisplay(ReaderDocumentPtr document, Script script, bool showRemoved,
                                      const ReaderDisplay::Style &style, const QString &traditional = {});

// Shown offset <-> document offset through the segments of a display.
qsizetype displayOffset(const QList<ReaderDisplay::Segment> &segments, qsizetype documentOffset);
// -1 inside text the display inserted (blank lines, shown glosses).
qsizetype documentOffset(const QList<ReaderDisplay::Segment> &segments, qsizetype displayOffset);

} // namespace QuoteReader
