// The whole pipeline on arbitrary bytes: decodeArticle() (encoding detection, HTML, Markdown) then
// processLoaded() (cleaner, structure, attribution, themes), then the JSON writer over the result.
// The first byte picks the format, so one corpus reaches all three readers.
#include "export.h"
#include "extractor.h"
#include "invariants.h"
#include "loader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace QuoteReader;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Lexicons are Qt resources; QCoreApplication is not needed for them, but a few Qt paths
    // (codecs, locale) behave as in the app only with one.
    static QCoreApplication app(*argc, *argv);
    // The loader's and engine's warnings would drown libFuzzer's output; qFatal still aborts.
    QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false\n*.warning=false\n*.critical=false"_qs);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    static const QString paths[] = {u"x.txt"_qs, u"x.html"_qs, u"x.md"_qs};
    const QString &path = paths[data[0] % 3];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const LoadResult load = decodeArticle(bytes, path);
    if (!load.ok()) {
        if (load.error.isEmpty() || !load.error.contains(path)) {
            std::fprintf(stderr, "refusal without a reason naming the file\n");
            __builtin_trap();
        }
        return 0;
    }
    for (const LineHint &hint : load.loaded->hints) {
        if (hint.line < 0 || hint.line > load.loaded->text.count(u'\n')) {
            std::fprintf(stderr, "line hint %d outside the text\n", hint.line);
            __builtin_trap();
        }
    }
    const ExtractResult result = processLoaded(*load.loaded);
    if (!result.ok()) {
        __builtin_trap(); // processLoaded never refuses without a progress callback
    }
    const QString broken = Invariants::checkDocument(*result.document);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "invariant: %s\n", qPrintable(broken));
        __builtin_trap();
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!makeWriter(ExportFormat::Json)->write(QuoteSelection::all(*result.document), &buffer)) {
        __builtin_trap();
    }
    return 0;
}
