// PLACEHOLDER: UTF-8 only until the real loader lands.
#include "loader.h"

#include <QFile>
#include <QFileInfo>

namespace QuoteReader {

SourceFormat formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm") {
        return SourceFormat::Html;
    }
    if (suffix == u"md" || suffix == u"markdown") {
        return SourceFormat::Markdown;
    }
    return SourceFormat::PlainText;
}

LoadResult loadArticle(const QString &path, const LoadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, path + u": " + file.errorString()};
    }
    return decodeArticle(file.readAll(), path, options);
}

LoadResult decodeArticle(const QByteArray &bytes, const QString &path, const LoadOptions &)
{
    LoadedText loaded;
    loaded.text = QString::fromUtf8(bytes);
    loaded.text.replace(u"\r\n"_qs, u"\n"_qs);
    loaded.source.path = path;
    loaded.source.encoding = QStringLiteral("UTF-8");
    loaded.source.bytes = bytes.size();
    loaded.source.format = formatForPath(path);
    return {std::move(loaded), {}};
}

} // namespace QuoteReader
