// The export writers shared by the CLI and the desktop app: thin writers over one quote selection.
#pragma once

#include "document.h"
#include "escape.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace QuoteReader {

enum class ExportFormat { Json, Csv, Markdown, Html, Text, Article }; // Article: the article's text, not its quotes

// The quotes a writer writes: indices into document->quotes, in the order they are written.
struct QuoteSelection {
    const Document *document = nullptr;
    QList<int> quotes;

    static QuoteSelection all(const Document &document);
};

class QuoteWriter
{
public:
    virtual ~QuoteWriter() = default;
    // Writes the selection to an open device; returns false (with the device's error) on failure.
    virtual bool write(const QuoteSelection &selection, QIODevice *device) const = 0;
};

// Variations a batch needs: one compact JSON document per line, one CSV with a file column and one header.
struct WriterOptions {
    bool compactJson = false;   // one line, no indentation (JSON Lines)
    bool csvHeader = true;      // write the header row
    bool csvFileColumn = false; // a leading "file" column holding the document's source path
    bool csvBom = true;         // a UTF-8 byte order mark first, so spreadsheets pick UTF-8
};

std::unique_ptr<QuoteWriter> makeWriter(ExportFormat format);
std::unique_ptr<QuoteWriter> makeWriter(ExportFormat format, const WriterOptions &options);
std::optional<ExportFormat> exportFormatFromName(QStringView name); // "json", "csv", "md", "html", "txt", "article"
QString fileSuffix(ExportFormat format);


// Writes atomically (AtomicFile): on failure `error` says why and whatever was at `path` is kept.
bool exportToFile(const QuoteSelection &selection, ExportFormat format, const QString &path, QString *error);

} // namespace QuoteReader
