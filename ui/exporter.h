// Getting quotes out of the window: the export dialog and its formats, the clipboard, print and PDF.
// Every way out writes the quotes as the user corrected them, and files are written atomically.
#pragma once

#include "export.h"

#include <QObject>
#include <QString>

class QWidget;

namespace QuoteReader {

class MainWindow;

class Exporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Exporter)

public:
    explicit Exporter(MainWindow *window);

    // The folder a save dialog opens in: the last one written to successfully, else the documents
    // folder. Never a resource path (":/…", the bundled sample) nor one a write failed in.
    static QString startFolder();
    // Remembers the folder of a file just written.
    static void rememberFolder(const QString &writtenFile);

    void exportDialog();
    // Writes the window's quotes to export (MainWindow::quotesToExport()) to `path`; on failure shows
    // (and returns) the error naming the file and the reason.
    bool exportQuotes(const QString &path, ExportFormat format, QString *error = nullptr);
    // The quotes to export, on the clipboard as rich and plain text.
    void copyQuotes();

    void printArticle();
    void printQuotes();
    void articlePdfDialog();
    void quotesPdfDialog();
    // The article with its highlighted quotes, or the quotes to export, as a PDF at `path`.
    bool exportArticlePdf(const QString &path, QString *error = nullptr);
    bool exportQuotesPdf(const QString &path, QString *error = nullptr);

private:
    QuoteSelection selection() const;
    void pdfDialog(const QString &title, const QString &suffix, bool (Exporter::*write)(const QString &, QString *));
    QString suggestedPath(const QString &suffix) const;
    bool finish(bool ok, const QString &path, const QString &error, QString *errorOut);

    MainWindow *m_window;
};

} // namespace QuoteReader
