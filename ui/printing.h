// Paper and PDF: the article with its highlighted quotes, and the list of quotes, as text documents
// that QPrinter or QPdfWriter lay out in pages.
#pragma once

#include "export.h"
#include "readerdisplay.h"

#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace QuoteReader {

// The article as the reader shows it (script, removed text), the quotes in `highlighted` in their
// speakers' colours for a white page, cues in the speaker's colour.
std::unique_ptr<QTextDocument> printableArticle(const ReaderDocumentPtr &document, const QList<int> &highlighted,
                                                Script script, bool showRemoved, const QFont &font);
// The quotes of a selection, grouped by speaker as the HTML export writes them.
std::unique_ptr<QTextDocument> printableQuotes(const QuoteSelection &selection, const QFont &font);

// Lays `document` out on the pages of `device` (A4 margins of 15 mm).
void printDocument(QTextDocument &document, QPagedPaintDevice *device);
// A PDF of `document` at `path`, written atomically; on failure `error` names the file and the reason.
bool writePdf(QTextDocument &document, const QString &path, const QString &title, QString *error);

} // namespace QuoteReader
