// Reading an article file: size and sanity checks, encoding detection, HTML and Markdown to text.
#pragma once

#include "document.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace QuoteReader {

struct LoadOptions {
    QByteArray encoding;                   // forced encoding name (ICU/IANA), empty = detect
    qint64 maxBytes = 64LL * 1024 * 1024;  // larger files are refused
    qsizetype maxLineLength = 1024 * 1024; // a longer line of article text is refused (not an article)
};

// Structure the source format states outright: Markdown's '#' headings; on a web page, every line,
// as the article's title, headings and paragraphs or as the noise around it (htmlarticle.h).
struct LineHint {
    int line = 0; // 0-based line number in LoadedText::text
    BlockKind kind = BlockKind::Heading;
};

struct LoadedText {
    QString text; // decoded text, one paragraph or heading per line, '\n' line ends
    SourceInfo source;
    QList<LineHint> hints;
};

struct LoadResult {
    std::optional<LoadedText> loaded;
    QString error; // one sentence naming the file and the reason, set when `loaded` is empty

    bool ok() const { return loaded.has_value(); }
};

// Reads and decodes `path`. Never modifies the file.
LoadResult loadArticle(const QString &path, const LoadOptions &options = {});
// The same from bytes already in memory; `path` names the source in messages and picks the format by suffix.
LoadResult decodeArticle(const QByteArray &bytes, const QString &path, const LoadOptions &options = {});

SourceFormat formatForPath(const QString &path);

// "64 MB", "1.5 MB", "2000 bytes": a size as the loader's messages give it.
QString formatSize(qint64 bytes);

} // namespace QuoteReader
