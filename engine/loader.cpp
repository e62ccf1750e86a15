// Reading an article file: size and sanity checks, then the encoding (encoding.h) and, for HTML
// and Markdown, the article text out of the markup (markup.h).
#include "loader.h"

#include "encoding.h"
#include "log.h"
#include "markup.h"

#include <QFile>
#include <QFileInfo>

namespace QuoteReader {

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;

QString formatSize(qint64 bytes)
{
    if (bytes < kMegabyte) {
        return QString::number(bytes) + u" bytes";
    }
    const double mb = double(bytes) / double(kMegabyte);
    QString number = QString::number(mb, 'f', mb >= 100 ? 0 : 1);
    if (number.endsWith(u".0")) {
        number.chop(2);
    }
    return number + u" MB";
}

QString failure(const QString &path, const QString &reason)
{
    return path + u": " + reason;
}

LoadResult refuse(const QString &path, const QString &reason)
{
    LoadResult result;
    result.error = failure(path, reason);
    qCDebug(lcLoader) << result.error;
    return result;
}

// ---------------------------------------------------------------------------------------------
// Plain text

// '\r\n' and lone '\r' become '\n', in place.
void normaliseLineEnds(QString &text)
{
    const qsizetype firstCr = text.indexOf(u'\r');
    if (firstCr < 0) {
        return;
    }
    QChar *d = text.data();
    const qsizetype n = text.size();
    qsizetype w = firstCr;
    for (qsizetype r = firstCr; r < n; ++r) {
        const QChar c = d[r];
        if (c == u'\r') {
            d[w++] = u'\n';
            if (r + 1 < n && d[r + 1] == u'\n') {
                ++r;
            }
        } else {
            d[w++] = c;
        }
    }
    text.truncate(w);
}

bool onlyWhiteSpace(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF)) {
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

// The 1-based number and length of the first line longer than `limit`, or {0, 0}.
std::pair<qsizetype, qsizetype> firstLongLine(const QString &text, qsizetype limit)
{
    if (text.size() <= limit) {
        return {0, 0};
    }
    qsizetype line = 1;
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start <= n) {
        qsizetype eol = text.indexOf(u'\n', start);
        if (eol < 0) {
            eol = n;
        }
        if (eol - start > limit) {
            return {line, eol - start};
        }
        start = eol + 1;
        ++line;
    }
    return {0, 0};
}

} // namespace

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
    const QFileInfo info(path);
    if (!info.exists()) {
        return refuse(path, u"the file does not exist."_qs);
    }
    if (info.isDir()) {
        return refuse(path, u"this is a folder, not a file."_qs);
    }
    if (!info.isFile()) {
        // Devices and pipes can be endless; an article is a regular file.
        return refuse(path, u"this is not a regular file."_qs);
    }
    if (info.size() > options.maxBytes) {
        return refuse(path, u"the file is "_qs + formatSize(info.size()) + u", larger than the limit of "
                                + formatSize(options.maxBytes) + u".");
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError || !info.isReadable()) {
            return refuse(path, u"the file cannot be read (permission denied)."_qs);
        }
        return refuse(path, u"the file cannot be read ("_qs + file.errorString() + u").");
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return refuse(path, u"the file cannot be read ("_qs + file.errorString() + u").");
    }
    return decodeArticle(bytes, path, options);
}

LoadResult decodeArticle(const QByteArray &bytes, const QString &path, const LoadOptions &options)
{
    if (bytes.size() > options.maxBytes) {
        return refuse(path, u"the file is "_qs + formatSize(bytes.size()) + u", larger than the limit of "
                                + formatSize(options.maxBytes) + u".");
    }
    if (bytes.isEmpty()) {
        return refuse(path, u"the file is empty."_qs);
    }
    const SourceFormat format = formatForPath(path);

    LoadedText loaded;
    loaded.source.path = path;
    loaded.source.bytes = bytes.size();
    loaded.source.format = format;

    QString text;
    if (!options.encoding.isEmpty()) {
        const QString encodingName = QString::fromLatin1(options.encoding);
        ForcedDecoding decoded = decodeAs(bytes, options.encoding);
        if (!decoded.known) {
            return refuse(path, u"\u201C"_qs + encodingName + u"\u201D is not an encoding this program knows.");
        }
        loaded.source.encoding = decoded.encoding;
        loaded.source.encodingDetected = false;
        if (decoded.errorOffset >= 0) {
            return refuse(path, u"the bytes are not valid "_qs + encodingName + u" at byte offset "
                                    + QString::number(decoded.errorOffset)
                                    + u" (the encoding was given, not detected).");
        }
        text = std::move(decoded.text);
    } else {
        Detection detection = detectAndDecode(bytes, format);
        if (!detection.error.isEmpty()) {
            return refuse(path, detection.error);
        }
        if (detection.truncated) {
            qCWarning(lcLoader).noquote()
                << path + u": the file ends inside a character; the partial character was dropped.";
        }
        loaded.source.encoding = detection.encoding;
        text = std::move(detection.text);
    }

    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    normaliseLineEnds(text);
    if (onlyWhiteSpace(text)) {
        return refuse(path, u"the file is empty (it holds only white space)."_qs);
    }

    if (format == SourceFormat::PlainText) {
        loaded.text = std::move(text);
    } else {
        const bool html = format == SourceFormat::Html;
        MarkupText lines = html ? htmlToText(text) : markdownToText(text);
        if (lines.text.isEmpty()) {
            return refuse(path, html ? u"the page holds no article text (no headings or paragraphs)."_qs
                                     : u"the file holds no article text, only Markdown markup."_qs);
        }
        loaded.text = std::move(lines.text);
        loaded.hints = std::move(lines.hints);
    }

    const auto [longLine, longLength] = firstLongLine(loaded.text, options.maxLineLength);
    if (longLine > 0) {
        return refuse(path, u"line "_qs + QString::number(longLine) + u" is " + QString::number(longLength)
                                + u" characters long, over the limit of " + QString::number(options.maxLineLength)
                                + u" characters per line, so this is not article text.");
    }
    return {std::move(loaded), {}};
}

} // namespace QuoteReader
