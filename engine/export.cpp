// PLACEHOLDER: the writers land with the CLI.
#include "export.h"

namespace QuoteReader {

QuoteSelection QuoteSelection::all(const Document &document)
{
    QuoteSelection selection{&document, {}};
    for (int i = 0; i < document.quotes.size(); ++i) {
        selection.quotes.append(i);
    }
    return selection;
}

std::unique_ptr<QuoteWriter> makeWriter(ExportFormat)
{
    return nullptr;
}

std::optional<ExportFormat> exportFormatFromName(QStringView)
{
    return std::nullopt;
}

QString fileSuffix(ExportFormat)
{
    return {};
}

bool exportToFile(const QuoteSelection &, ExportFormat, const QString &, QString *)
{
    return false;
}

} // namespace QuoteReader
