#include "exporter.h"

#include "mainwindow.h"
#include "printing.h"
#include "quotefilterproxy.h"
#include "readerview.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextDocument>

namespace QuoteReader {

namespace {

constexpr auto kFolderKey = "paths/export";

struct FormatEntry {
    ExportFormat format;
    const char *filter;
};

// The order the export dialog lists them in; Markdown first because it pastes well into notes.
constexpr FormatEntry kFormats[] = {
    {ExportFormat::Markdown, QT_TRANSLATE_NOOP("QuoteReader::Exporter", "Markdown (*.md)")},
    {ExportFormat::Csv, QT_TRANSLATE_NOOP("QuoteReader::Exporter", "CSV for spreadsheets (*.csv)")},
    {ExportFormat::Json, QT_TRANSLATE_NOOP("QuoteReader::Exporter", "JSON (*.json)")},
    {ExportFormat::Html, QT_TRANSLATE_NOOP("QuoteReader::Exporter", "HTML (*.html)")},
    {ExportFormat::Text, QT_TRANSLATE_NOOP("QuoteReader::Exporter", "Plain text (*.txt)")},
};

} // namespace

Exporter::Exporter(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

QString Exporter::startFolder()
{
    const QString remembered = QSettings().value(QLatin1StringView(kFolderKey)).toString();
    if (!remembered.isEmpty() && !remembered.startsWith(u':') && QFileInfo(remembered).isDir()) {
        return remembered;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void Exporter::rememberFolder(const QString &writtenFile)
{
    const QString folder = QFileInfo(writtenFile).absolutePath();
    if (!folder.startsWith(u':')) {
        QSettings().setValue(QLatin1StringView(kFolderKey), folder);
    }
}

QuoteSelection Exporter::selection() const
{
    const ReaderDocumentPtr document = m_window->currentDocument();
    return QuoteSelection{document ? &document->document : nullptr, m_window->quotesToExport()};
}

QString Exporter::suggestedPath(const QString &suffix) const
{
    // The article's name, in the folder the user last wrote to: a bundled or vanished article's
    // folder is no place to write.
    const QString base = QFileInfo(m_window->currentPath()).completeBaseName();
    return startFolder() + u'/' + (base.isEmpty() ? tr("quotes") : base) + suffix;
}

bool Exporter::finish(bool ok, const QString &path, const QString &error, QString *errorOut)
{
    if (!ok) {
        m_window->showError(tr("Export Failed"), error);
        if (errorOut) {
            *errorOut = error;
        }
        return false;
    }
    rememberFolder(path);
    m_window->statusBar()->showMessage(tr("Exported to “%1”.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool Exporter::exportQuotes(const QString &path, ExportFormat format, QString *error)
{
    QString message;
    bool ok = false;
    const QuoteSelection quotes = selection();
    if (!quotes.document) {
        message = tr("Cannot export to “%1”: no article is open.").arg(path);
    } else {
        ok = exportToFile(quotes, format, path, &message);
        if (!ok && message.isEmpty()) {
            message = tr("Cannot export to “%1”: the writer reported no reason.").arg(path);
        }
    }
    return finish(ok, path, message, error);
}

void Exporter::exportDialog()
{
    if (!m_window->currentDocument()) {
        return;
    }
    QStringList filters;
    for (const FormatEntry &entry : kFormats) {
        filters.append(tr(entry.filter));
    }
    QString selectedFilter = filters.first();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Quotes"), suggestedPath(u"-quotes.md"_qs),
                                                filters.join(u";;"), &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    ExportFormat format = kFormats[std::max<qsizetype>(0, filters.indexOf(selectedFilter))].format;
    // The suffix the user typed wins over the filter left selected.
    if (const auto bySuffix = exportFormatFromName(QFileInfo(path).suffix().toLower())) {
        format = *bySuffix;
    } else if (QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + fileSuffix(format);
    }
    exportQuotes(path, format);
}

void Exporter::copyQuotes()
{
    const QuoteSelection quotes = selection();
    if (!quotes.document) {
        return;
    }
    auto render = [&quotes](ExportFormat format) -> std::optional<QByteArray> {
        const std::unique_ptr<QuoteWriter> writer = makeWriter(format);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!writer || !writer->write(quotes, &buffer)) {
            return std::nullopt;
        }
        return buffer.data();
    };
    const auto html = render(ExportFormat::Html);
    const auto text = render(ExportFormat::Text);
    if (!html && !text) {
        m_window->statusBar()->showMessage(tr("Could not copy: the writers are not available."), 5000);
        return;
    }
    auto *mime = new QMimeData;
    if (html) {
        mime->setHtml(QString::fromUtf8(*html));
    }
    if (text) {
        mime->setText(QString::fromUtf8(*text));
    }
    QGuiApplication::clipboard()->setMimeData(mime);
    m_window->statusBar()->showMessage(tr("Copied %n quote(s).", nullptr, int(quotes.quotes.size())), 4000);
}

void Exporter::printArticle()
{
    ReaderView *reader = m_window->reader();
    if (!m_window->currentDocument()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QFileInfo(m_window->currentPath()).fileName());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Article"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const std::unique_ptr<QTextDocument> paper = printableArticle(m_window->currentDocument(),
                                                                  m_window->quoteProxy()->acceptedQuotes(),
                                                                  reader->script(), reader->showRemoved(),
                                                                  reader->font());
    printDocument(*paper, &printer);
}

void Exporter::printQuotes()
{
    const QuoteSelection quotes = selection();
    if (!quotes.document) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QFileInfo(m_window->currentPath()).fileName());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Quotes"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const std::unique_ptr<QTextDocument> paper = printableQuotes(quotes, m_window->font());
    printDocument(*paper, &printer);
}

bool Exporter::exportArticlePdf(const QString &path, QString *error)
{
    const ReaderDocumentPtr document = m_window->currentDocument();
    if (!document) {
        return finish(false, path, tr("Cannot export to “%1”: no article is open.").arg(path), error);
    }
    ReaderView *reader = m_window->reader();
    // The quotes the reader highlights now: those passing the filter.
    const std::unique_ptr<QTextDocument> paper = printableArticle(document, m_window->quoteProxy()->acceptedQuotes(),
                                                                  reader->script(), reader->showRemoved(),
                                                                  reader->font());
    QString message;
    const bool ok = writePdf(*paper, path, document->document.title, &message);
    return finish(ok, path, message, error);
}

bool Exporter::exportQuotesPdf(const QString &path, QString *error)
{
    const QuoteSelection quotes = selection();
    if (!quotes.document) {
        return finish(false, path, tr("Cannot export to “%1”: no article is open.").arg(path), error);
    }
    const std::unique_ptr<QTextDocument> paper = printableQuotes(quotes, m_window->font());
    QString message;
    const bool ok = writePdf(*paper, path, quotes.document->title, &message);
    return finish(ok, path, message, error);
}

void Exporter::articlePdfDialog()
{
    pdfDialog(tr("Export Article as PDF"), u".pdf"_qs, &Exporter::exportArticlePdf);
}

void Exporter::quotesPdfDialog()
{
    pdfDialog(tr("Export Quotes as PDF"), u"-quotes.pdf"_qs, &Exporter::exportQuotesPdf);
}

void Exporter::pdfDialog(const QString &title, const QString &suffix,
                         bool (Exporter::*write)(const QString &, QString *))
{
    if (!m_window->currentDocument()) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(m_window, title, suggestedPath(suffix), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".pdf"_qs;
    }
    (this->*write)(path, nullptr);
}

} // namespace QuoteReader
