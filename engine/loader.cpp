// Reading an article file: size and sanity checks, then the encoding (encoding.h) and, for HTML
// and Markdown, the article text out of the markup (markup.h).
#include "loader.h"

#include "encoding.h"
#include "log.h"
#include "markup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#endif

namespace QuoteReader {

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;

// Messages for people, translated in the desktop reader (the context names them for lupdate).
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(QuoteReader::Loader)
};

QString failure(const QString &path, const QString &reason)
{
    return path + u": " + reason;
}

// "the file is 70 MB, larger than the limit of 64 MB.": in bytes when the rounded sizes would read the same.
QString tooLarge(qint64 size, qint64 limit)
{
    QString shown = formatSize(size);
    QString shownLimit = formatSize(limit);
    if (shown == shownLimit) {
        shown = Messages::tr("%1 bytes").arg(size);
        shownLimit = Messages::tr("%1 bytes").arg(limit);
    }
    return Messages::tr("the file is %1, larger than the limit of %2.").arg(shown, shownLimit);
}

// Why a path that QFileInfo cannot see is not there: a folder on the way may refuse to be searched.
QString missingReason(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) == 0) {
        return Messages::tr("the file is a symbolic link to something that does not exist.");
    }
    if (errno == EACCES) {
        return Messages::tr("the file cannot be reached: a folder on its path cannot be searched (permission denied).");
    }
    if (errno == ELOOP) {
        return Messages::tr("the file cannot be reached: its path holds a loop of symbolic links.");
    }
#endif
    return Messages::tr("the file does not exist.");
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

// The 1-based number and length of the first line longer than `limit`, or {0, 0}. Lines of plain text
// and Markdown are the file's own; lines of converted markup are its paragraphs and headings.
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

QString formatSize(qint64 bytes)
{
    if (bytes < kMegabyte) {
        return Messages::tr("%1 bytes").arg(bytes);
    }
    const double mb = double(bytes) / double(kMegabyte);
    QString number = QString::number(mb, 'f', mb >= 100 ? 0 : 1);
    if (number.endsWith(u".0")) {
        number.chop(2);
    }
    return Messages::tr("%1 MB").arg(number);
}

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
        return refuse(path, missingReason(path));
    }
    if (info.isDir()) {
        return refuse(path, Messages::tr("this is a folder, not a file."));
    }
    if (!info.isFile()) {
        // Devices and pipes can be endless; an article is a regular file.
        return refuse(path, Messages::tr("this is not a regular file."));
    }
    if (info.size() > options.maxBytes) {
        return refuse(path, tooLarge(info.size(), options.maxBytes));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError || !info.isReadable()) {
            return refuse(path, Messages::tr("the file cannot be read (permission denied)."));
        }
        return refuse(path, Messages::tr("the file cannot be read (%1).").arg(file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return refuse(path, Messages::tr("the file cannot be read (%1).").arg(file.errorString()));
    }
    return decodeArticle(bytes, path, options);
}

LoadResult decodeArticle(const QByteArray &bytes, const QString &path, const LoadOptions &options)
{
    if (bytes.size() > options.maxBytes) {
        return refuse(path, tooLarge(bytes.size(), options.maxBytes));
    }
    if (bytes.isEmpty()) {
        return refuse(path, Messages::tr("the file is empty."));
    }
    const SourceFormat format = formatForPath(path);

    LoadedText loaded;
    loaded.source.path = path;
    loaded.source.bytes = bytes.size();
    loaded.source.format = format;

    QString text;
    if (!options.encoding.isEmpty()) {
        const QString encodingName = QString::fromUtf8(options.encoding);
        ForcedDecoding decoded = decodeAs(bytes, options.encoding);
        if (!decoded.known) {
            return refuse(path, Messages::tr("“%1” is not an encoding this program knows.").arg(encodingName));
        }
        loaded.source.encoding = decoded.encoding;
        loaded.source.encodingDetected = false;
        if (decoded.errorOffset >= 0) {
            return refuse(path,
                          Messages::tr(
                              "the bytes are not valid %1 at byte offset %2 (the encoding was given, not detected).")
                              .arg(encodingName)
                              .arg(decoded.errorOffset));
        }
        text = std::move(decoded.text);
    } else {
        Detection detection = detectAndDecode(bytes, format);
        if (!detection.error.isEmpty()) {
            return refuse(path, detection.error);
        }
        if (!detection.warning.isEmpty()) {
            loaded.source.warnings.append(detection.warning);
        }
        if (detection.truncated) {
            loaded.source.warnings.append(
                Messages::tr("the file ends inside a character; the partial character was dropped."));
        }
        for (const QString &warning : std::as_const(loaded.source.warnings)) {
            qCInfo(lcLoader).noquote() << failure(path, warning);
        }
        loaded.source.encoding = detection.encoding;
        text = std::move(detection.text);
    }

    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    normaliseLineEnds(text);
    if (onlyWhiteSpace(text)) {
        return refuse(path, Messages::tr("the file is empty (it holds only white space)."));
    }

    // The file's own lines are checked before any markup is read: a refusal then names a line the user
    // can find, and a 50 MB line of Markdown is refused at once instead of being parsed first. An HTML
    // page may well be one long line (minified): only its paragraphs are held to the limit.
    if (format != SourceFormat::Html) {
        const auto [longLine, longLength] = firstLongLine(text, options.maxLineLength);
        if (longLine > 0) {
            return refuse(path,
                          Messages::tr("line %1 is %2 characters long, over the limit of %3 characters per line, so "
                                       "this is not article text.")
                              .arg(longLine)
                              .arg(longLength)
                              .arg(options.maxLineLength));
        }
    }

    if (format == SourceFormat::PlainText) {
        loaded.text = std::move(text);
        return {std::move(loaded), {}};
    }
    const bool html = format == SourceFormat::Html;
    MarkupText lines = html ? htmlToText(text) : markdownToText(text);
    // A page of menus and links only has lines, but none of them an article's.
    const bool article = !html || std::any_of(lines.hints.cbegin(), lines.hints.cend(), [](const LineHint &hint) {
        return !isNoise(hint.kind);
    });
    if (lines.text.isEmpty() || !article) {
        return refuse(path, html ? Messages::tr("the page holds no article text (no headings or paragraphs).")
                                 : Messages::tr("the file holds no article text, only Markdown markup."));
    }
    loaded.text = std::move(lines.text);
    loaded.hints = std::move(lines.hints);

    // Markup joins lines into paragraphs (and a page's paragraph may be any length).
    const auto [longParagraph, longLength] = firstLongLine(loaded.text, options.maxLineLength);
    if (longParagraph > 0) {
        return refuse(path,
                      Messages::tr("paragraph %1 of its text is %2 characters long, over the limit of %3 characters "
                                   "per paragraph, so this is not article text.")
                          .arg(longParagraph)
                          .arg(longLength)
                          .arg(options.maxLineLength));
    }
    return {std::move(loaded), {}};
}

} // namespace QuoteReader
