#include "printing.h"

#include "atomicfile.h"
#include "palette.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

namespace QuoteReader {

std::unique_ptr<QTextDocument> printableArticle(const ReaderDocumentPtr &document, const QList<int> &highlighted,
                                                Script script, bool showRemoved, const QFont &font)
{
    // Paper is white whatever the screen's palette: black text, light highlights.
    const ReaderDisplay::Style style{font, Qt::black, QColor(0x1c, 0x4f, 0x8a), QColor(0x86, 0x8e, 0x96)};
    ReaderDisplayPtr display = prepareReaderDisplay(document, script, showRemoved, style);
    // The display's document is laid out for a screen (plain text layout); a copy takes a paged one.
    std::unique_ptr<QTextDocument> paper(display->text->clone());
    paper->setDefaultFont(font);
    if (!document) {
        return paper;
    }
    const Document &doc = document->document;
    QTextCursor cursor(paper.get());
    const auto format = [&](const TextRange &range, const QTextCharFormat &f) {
        const qsizetype from = displayOffset(display->segments, range.start);
        const qsizetype to = displayOffset(display->segments, range.end);
        if (to > from) {
            cursor.setPosition(int(from));
            cursor.setPosition(int(to), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(f);
        }
    };
    for (const int index : highlighted) {
        if (index < 0 || index >= doc.quotes.size()) {
            continue;
        }
        const Quote &quote = doc.quotes.at(index);
        const int slot = document->colorSlot(quote.speaker);
        QTextCharFormat background;
        background.setBackground(highlightColor(slot, false));
        format(quote.range, background);
        if (!quote.cueRange.isEmpty()) {
            QTextCharFormat cue;
            cue.setForeground(cueColor(slot, false));
            cue.setFontWeight(QFont::DemiBold);
            format(quote.cueRange, cue);
        }
    }
    return paper;
}

std::unique_ptr<QTextDocument> printableQuotes(const QuoteSelection &selection, const QFont &font)
{
    auto paper = std::make_unique<QTextDocument>();
    paper->setDefaultFont(font);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const std::unique_ptr<QuoteWriter> writer = makeWriter(ExportFormat::Html);
        writer && writer->write(selection, &buffer)) {
        paper->setHtml(QString::fromUtf8(buffer.data()));
    }
    return paper;
}

void printDocument(QTextDocument &document, QPagedPaintDevice *device)
{
    device->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    document.print(device);
}

bool writePdf(QTextDocument &document, const QString &path, const QString &title, QString *error)
{
    return writeFileAtomically(
        path,
        [&](QIODevice *out) {
            QPdfWriter pdf(out);
            pdf.setTitle(title);
            pdf.setCreator(QStringLiteral("QuoteReader"));
            pdf.setPageSize(QPageSize(QPageSize::A4));
            printDocument(document, &pdf);
            return true;
        },
        error);
}

} // namespace QuoteReader
