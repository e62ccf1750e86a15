// The loader: encodings detected and decoded, bad input refused with a clear sentence, HTML and
// Markdown turned into one block per line with structure hints.
//
// The encoded fixtures under tests/data/loader/encoded/ are generated from the UTF-8 texts in
// tests/data/loader/src/ by `python3 tests/data/loader/make_fixtures.py` (a dev tool; the test only
// reads the committed files). The HTML/Markdown golden files under tests/data/loader/expected/ are
// rewritten by running this test with QUOTEREADER_UPDATE_GOLDEN=1 when a change is intended.
#include "loader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace QuoteReader;

namespace {

QString dataDir()
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/loader/");
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// One line per output line, prefixed with its hint, so a golden diff shows text and structure together.
QString render(const LoadedText &loaded)
{
    const QStringList lines = loaded.text.split(u'\n');
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString prefix = u"            | "_qs;
        for (const LineHint &hint : loaded.hints) {
            if (hint.line == i) {
                prefix = hint.kind == BlockKind::Paragraph ? prefix : toString(hint.kind).leftJustified(11) + u" | ";
            }
        }
        out += prefix + lines.at(i) + u'\n';
    }
    return out;
}

} // namespace

class TestLoader final : public QObject
{
    Q_OBJECT

private slots:
    void detectsAndDecodesEncoding_data();
    void detectsAndDecodesEncoding();
    void truncatedUtf8_dropsPartialCharacter();
    void forcedEncodingWins_data();
    void forcedEncodingWins();
    void unknownForcedEncoding_isRefused();
    void invalidBytesForForcedEncoding_areRefused_data();
    void invalidBytesForForcedEncoding_areRefused();
    void badContent_isRefused_data();
    void badContent_isRefused();
    void missingFile_isRefused();
    void directory_isRefused();
    void unreadableFile_isRefused();
    void tooLargeFile_isRefusedWithSizeAndLimit();
    void fiftyMegabyteSingleLine_isRefusedNamingLineLimit();
    void lineLimit_appliesToConvertedText();
    void longMarkdownLine_isRefusedNamingTheFilesLineAtOnce();
    void oneByteOverTheLimit_isRefusedInBytes();
    void brokenSymbolicLink_isNamedAsSuch();
    void utf8WithAFewBadBytes_isReadAsUtf8WithAWarning();
    void utf8ThatBreaksOff_warnsWhichEncodingWasChosenAndWhy();
    void truncatedUtf8_warns();
    void lineEnds_normalisedAndNothingElseChanged();
    void formatForPath_picksBySuffix_data();
    void formatForPath_picksBySuffix();
    void convertsMarkup_data();
    void convertsMarkup();
    void htmlDeclaredCharset_isHonoured_data();
    void htmlDeclaredCharset_isHonoured();
    void htmlDeclaredCharset_winsOverGuessing();
    void hostileMarkup_staysLinear_data();
    void hostileMarkup_staysLinear();
};

void TestLoader::detectsAndDecodesEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("utf8 without BOM") << u"hans-utf8.txt"_qs << u"zh-hans.txt"_qs << u"UTF-8"_qs;
    QTest::newRow("utf8 with BOM") << u"hans-utf8-bom.txt"_qs << u"zh-hans.txt"_qs << u"UTF-8"_qs;
    QTest::newRow("utf16le with BOM") << u"hant-utf16le-bom.txt"_qs << u"zh-hant.txt"_qs << u"UTF-16LE"_qs;
    QTest::newRow("utf16be with BOM") << u"hans-utf16be-bom.txt"_qs << u"zh-hans.txt"_qs << u"UTF-16BE"_qs;
    QTest::newRow("utf16le without BOM, Traditional") << u"hant-utf16le.txt"_qs << u"zh-hant.txt"_qs << u"UTF-16LE"_qs;
    QTest::newRow("utf16le without BOM, Simplified") << u"hans-utf16le.txt"_qs << u"zh-hans.txt"_qs << u"UTF-16LE"_qs;
    QTest::newRow("utf16be without BOM") << u"hans-utf16be.txt"_qs << u"zh-hans.txt"_qs << u"UTF-16BE"_qs;
    QTest::newRow("utf16le without BOM, English") << u"en-utf16le.txt"_qs << u"en.txt"_qs << u"UTF-16LE"_qs;
    QTest::newRow("utf32le with BOM") << u"hant-utf32le-bom.txt"_qs << u"zh-hant.txt"_qs << u"UTF-32LE"_qs;
    QTest::newRow("utf32be with BOM") << u"hans-utf32be-bom.txt"_qs << u"zh-hans.txt"_qs << u"UTF-32BE"_qs;
    QTest::newRow("gb18030, Simplified") << u"hans-gb18030.txt"_qs << u"zh-hans.txt"_qs << u"GB18030"_qs;
    QTest::newRow("gb18030, Traditional") << u"hant-gb18030.txt"_qs << u"zh-hant.txt"_qs << u"GB18030"_qs;
    QTest::newRow("big5") << u"hant-big5.txt"_qs << u"zh-hant.txt"_qs << u"Big5"_qs;
    QTest::newRow("gb18030, one short line") << u"short-hans-gb18030.txt"_qs << u"short-hans.txt"_qs << u"GB18030"_qs;
    QTest::newRow("big5, one short line") << u"short-hant-big5.txt"_qs << u"short-hant.txt"_qs << u"Big5"_qs;
    QTest::newRow("big5 with CRLF") << u"hant-big5-crlf.txt"_qs << u"zh-hant.txt"_qs << u"Big5"_qs;
}

void TestLoader::detectsAndDecodesEncoding()
{
    QFETCH(QString, file);
    QFETCH(QString, source);
    QFETCH(QString, encoding);

    const QString path = dataDir() + u"encoded/" + file;
    const LoadResult result = loadArticle(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.loaded->source.encoding, encoding);
    QVERIFY(result.loaded->source.encodingDetected);
    QCOMPARE(result.loaded->source.bytes, QFileInfo(path).size());
    QCOMPARE(result.loaded->source.path, path);
    QCOMPARE(int(result.loaded->source.format), int(SourceFormat::PlainText));
    QCOMPARE(result.loaded->text, readUtf8(dataDir() + u"src/" + source));
}

void TestLoader::truncatedUtf8_dropsPartialCharacter()
{
    // A download cut inside the last character still reads as the article: only that character goes.
    const LoadResult result = loadArticle(dataDir() + u"encoded/hans-utf8-truncated.txt");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.loaded->source.encoding, u"UTF-8"_qs);
    QString expected = readUtf8(dataDir() + u"src/zh-hans.txt");
    expected.chop(2); // the final newline and the character that was cut
    QCOMPARE(result.loaded->text, expected);
}

void TestLoader::forcedEncodingWins_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("forced");
    QTest::addColumn<QString>("reported");

    QTest::newRow("latin1 over utf8") << u"hans-utf8.txt"_qs << QByteArray("latin1") << u"ISO-8859-1"_qs;
    QTest::newRow("big5 by name") << u"hant-big5.txt"_qs << QByteArray("big5") << u"Big5"_qs;
    QTest::newRow("gb18030 over big5 bytes") << u"hant-big5.txt"_qs << QByteArray("gb18030") << u"GB18030"_qs;
    QTest::newRow("utf-16le") << u"hant-utf16le.txt"_qs << QByteArray("utf-16le") << u"UTF-16LE"_qs;
    QTest::newRow("windows-1252") << u"en-utf16le.txt"_qs << QByteArray("cp1252") << u"windows-1252"_qs;
    QTest::newRow("koi8-r over utf8") << u"hans-utf8.txt"_qs << QByteArray("koi8-r") << u"KOI8-R"_qs;
}

void TestLoader::forcedEncodingWins()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, forced);
    QFETCH(QString, reported);

    const QString path = dataDir() + u"encoded/" + file;
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();

    LoadOptions options;
    options.encoding = forced;
    const LoadResult result = loadArticle(path, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.loaded->source.encoding, reported);
    QVERIFY(!result.loaded->source.encodingDetected);
    if (forced == "latin1") {
        QCOMPARE(result.loaded->text, QString::fromLatin1(bytes));
    }
    const LoadResult detected = loadArticle(path);
    QVERIFY(detected.ok());
    // Forcing the detected encoding gives the same text; forcing another gives other text.
    QCOMPARE(result.loaded->text == detected.loaded->text, detected.loaded->source.encoding == reported);
}

void TestLoader::unknownForcedEncoding_isRefused()
{
    LoadOptions options;
    options.encoding = "klingon-8";
    const QString path = dataDir() + u"encoded/hans-utf8.txt";
    const LoadResult result = loadArticle(path, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(path + u": "), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"klingon-8"), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"not an encoding"), qPrintable(result.error));
}

void TestLoader::invalidBytesForForcedEncoding_areRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("forced");
    QTest::addColumn<QString>("offset");

    QTest::newRow("0xFF in gb18030") << QByteArray("abc\xFF"
                                                   "def")
                                     << QByteArray("gb18030") << u"byte offset 3"_qs;
    QTest::newRow("bad trail byte in big5") << QByteArray("ab\xA1"
                                                          "0cd")
                                            << QByteArray("big5") << u"byte offset 2"_qs;
    QTest::newRow("latin1 in utf-8") << QByteArray("caf\xE9 noir") << QByteArray("utf-8") << u"byte offset 3"_qs;
    QTest::newRow("cut gb18030 pair") << QByteArray("ok\xB0") << QByteArray("gb18030") << u"byte offset 2"_qs;
    QTest::newRow("lone surrogate in utf-16le") << QByteArray("a\0\0\xD8"
                                                              "b\0",
                                                              6)
                                                << QByteArray("utf-16le") << u"byte offset 2"_qs;
}

void TestLoader::invalidBytesForForcedEncoding_areRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, forced);
    QFETCH(QString, offset);

    LoadOptions options;
    options.encoding = forced;
    const QString path = u"notes/forced.txt"_qs;
    const LoadResult result = decodeArticle(bytes, path, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(path + u": "), qPrintable(result.error));
    QVERIFY2(result.error.contains(QString::fromLatin1(forced)), qPrintable(result.error));
    QVERIFY2(result.error.contains(offset), qPrintable(result.error));
}

void TestLoader::badContent_isRefused_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << u"article.txt"_qs << QByteArray() << u"the file is empty"_qs;
    QTest::newRow("only white space") << u"blank.txt"_qs << QByteArray(" \n\t\r\n  \n") << u"only white space"_qs;
    QTest::newRow("only a BOM") << u"bom.txt"_qs << QByteArray("\xEF\xBB\xBF\n") << u"only white space"_qs;
    QTest::newRow("NUL bytes") << u"report.bin"_qs << QByteArray("PK\x03\x04 header\x01\x02\0\0\0\x05rest", 22)
                               << u"binary file, not text (NUL bytes at offset 13)"_qs;
    QByteArray strayNul = QByteArray("An ordinary line of English text that goes on for a while.\n").repeated(40);
    strayNul[700] = '\0';
    strayNul[701] = '\n';
    QTest::newRow("text with a stray NUL")
        << u"notes.txt"_qs << strayNul << u"binary file, not text (NUL bytes at offset 700)"_qs;
    QByteArray controls;
    for (int i = 0; i < 64; ++i) {
        controls += "ab\x01\x02\x03\x04\x05\x06";
    }
    QTest::newRow("control characters") << u"dump.txt"_qs << controls
                                        << u"binary file, not text (384 control characters"_qs;
    QTest::newRow("html without text")
        << u"empty.html"_qs << QByteArray("<html><head><script>x()</script></head><body><nav>menu</nav></body></html>")
        << u"no article text"_qs;
    QTest::newRow("markdown without text") << u"rules.md"_qs << QByteArray("---\n\n***\n") << u"no article text"_qs;
}

void TestLoader::badContent_isRefused()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QVERIFY(writeFile(path, bytes));
    const LoadResult result = loadArticle(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(path + u": "), qPrintable(result.error));
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QVERIFY2(result.error.endsWith(u'.'), qPrintable(result.error));
}

void TestLoader::missingFile_isRefused()
{
    const QString path = u"no/such/article.txt"_qs;
    const LoadResult result = loadArticle(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, u"no/such/article.txt: the file does not exist."_qs);
}

void TestLoader::directory_isRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const LoadResult result = loadArticle(dir.path());
    QVERIFY(!result.ok());
    QCOMPARE(result.error, QString(dir.path() + u": this is a folder, not a file."));
}

void TestLoader::unreadableFile_isRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"secret.txt"_qs);
    QVERIFY(writeFile(path, "text\n"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly)) {
        QSKIP("running with privileges that read any file (root): permissions cannot be tested here");
    }
    const LoadResult result = loadArticle(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, QString(path + u": the file cannot be read (permission denied)."));
}

void TestLoader::tooLargeFile_isRefusedWithSizeAndLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"big.txt"_qs);
    QVERIFY(writeFile(path, QByteArray(3 * 1024 * 1024 / 2, 'x')));
    LoadOptions options;
    options.maxBytes = 1024 * 1024;
    const LoadResult result = loadArticle(path, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, QString(path + u": the file is 1.5 MB, larger than the limit of 1 MB."));

    // The same limit holds for bytes handed over in memory.
    const LoadResult inMemory = decodeArticle(QByteArray(2000, 'x'), u"pasted.txt"_qs, {{}, 1000, 1024});
    QVERIFY(!inMemory.ok());
    QCOMPARE(inMemory.error, u"pasted.txt: the file is 2000 bytes, larger than the limit of 1000 bytes."_qs);
}

void TestLoader::fiftyMegabyteSingleLine_isRefusedNamingLineLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"one-line.txt"_qs);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray chunk(1024 * 1024, 'a');
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(file.write(chunk), chunk.size());
        }
        QVERIFY(file.write("\nsecond line\n") > 0);
    }
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = loadArticle(path);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(path + u": line 1 is 52428800 characters long"), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"limit of 1048576 characters per line"), qPrintable(result.error));
    qInfo("50 MB single line refused in %lld ms", elapsed);
}

void TestLoader::lineLimit_appliesToConvertedText()
{
    // Short source lines that the HTML converter joins into one paragraph longer than the limit.
    QByteArray html = "<h1>Short title</h1>\n<p>";
    for (int i = 0; i < 40; ++i) {
        html += "word word\n";
    }
    html += "</p>\n";
    LoadOptions options;
    options.maxLineLength = 200;
    const LoadResult result = decodeArticle(html, u"long.html"_qs, options);
    QVERIFY(!result.ok());
    // Not "line 2": the page's second line is 11 characters long. What is too long is a paragraph.
    QCOMPARE(result.error, u"long.html: paragraph 2 of its text is 399 characters long, over the limit of 200 "
                           "characters per paragraph, so this is not article text."_qs);
}

void TestLoader::longMarkdownLine_isRefusedNamingTheFilesLineAtOnce()
{
    // The line is the file's third: the refusal names it, which it can only do when the file's own lines
    // are checked before the Markdown is parsed (parsing 50 MB of one line first took 22 s). Behaviour
    // only: how long the refusal takes is the benchmark's business.
    QByteArray markdown = "# A title\n\n";
    markdown += QByteArray(50 * 1024 * 1024, 'a');
    markdown += "\n\nA short paragraph.\n";
    const LoadResult result = decodeArticle(markdown, u"notes.md"_qs);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, u"notes.md: line 3 is 52428800 characters long, over the limit of 1048576 characters "
                           "per line, so this is not article text."_qs);
}

void TestLoader::oneByteOverTheLimit_isRefusedInBytes()
{
    // "64 MB, larger than the limit of 64 MB" says nothing: sizes that round alike are given in bytes.
    const LoadResult result = decodeArticle(QByteArray(1024 * 1024 + 1, 'x'), u"cut.txt"_qs, {{}, 1024 * 1024, 1024});
    QVERIFY(!result.ok());
    QCOMPARE(result.error, u"cut.txt: the file is 1048577 bytes, larger than the limit of 1048576 bytes."_qs);
}

void TestLoader::brokenSymbolicLink_isNamedAsSuch()
{
#ifndef Q_OS_UNIX
    QSKIP("symbolic links");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"moved.txt"_qs);
    QVERIFY(QFile::link(dir.filePath(u"gone.txt"_qs), path));
    const LoadResult result = loadArticle(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, QString(path + u": the file is a symbolic link to something that does not exist."));
#endif
}

void TestLoader::utf8WithAFewBadBytes_isReadAsUtf8WithAWarning()
{
    // A UTF-8 article with one Latin-1 byte pasted into it: read as Windows-1252 it would garble every
    // Chinese character to keep one "é".
    const QByteArray head = u"陳美玲表示：「天氣幫了大忙，雨水來得剛好。」\n"_qs.toUtf8();
    const QByteArray bytes = head + "Caf\xE9 au lait.\n" + head;
    const LoadResult result = decodeArticle(bytes, u"pasted.txt"_qs);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.loaded->source.encoding, u"UTF-8"_qs);
    QCOMPARE(result.loaded->text, QString::fromUtf8(head) + u"Caf\uFFFD au lait.\n" + QString::fromUtf8(head));
    QCOMPARE(result.loaded->source.warnings,
             QStringList{u"1 byte is not valid UTF-8 (at byte offset %1); the rest of the file is, so "
                         "it was read as UTF-8 with \uFFFD in its place."_qs.arg(head.size() + 3)});
}

void TestLoader::utf8ThatBreaksOff_warnsWhichEncodingWasChosenAndWhy()
{
    // UTF-8 for a while, then Latin-1 throughout: another encoding wins, and the reader is told.
    const QByteArray head = "\xE2\x80\x9CQuoted,\xE2\x80\x9D she said \xE2\x80\x94 \xE2\x80\x9Cyes.\xE2\x80\x9D\n";
    QByteArray tail;
    for (int i = 0; i < 20; ++i) {
        tail += "Le caf\xE9 \xE0 c\xF4t\xE9 de l'\xE9glise est ferm\xE9.\n";
    }
    const LoadResult result = decodeArticle(head + tail, u"mixed.txt"_qs);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString encoding = result.loaded->source.encoding;
    QVERIFY2(encoding != u"UTF-8", qPrintable(encoding));
    QCOMPARE(result.loaded->source.warnings,
             QStringList{
                 u"the file reads as UTF-8 up to byte offset %1 but not after it, so it was read "
                 "as %2, the encoding that best fits all of it; choose another encoding if the text looks wrong."_qs
                     .arg(head.size() + 6)
                     .arg(encoding)});
}

void TestLoader::truncatedUtf8_warns()
{
    const QString path = dataDir() + u"encoded/hans-utf8-truncated.txt";
    const LoadResult result = loadArticle(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.loaded->source.warnings,
             QStringList{u"the file ends inside a character; the partial character was dropped."_qs});
    // A file that is whole has nothing to warn about.
    const LoadResult whole = loadArticle(dataDir() + u"encoded/hans-utf8.txt");
    QVERIFY(whole.ok());
    QVERIFY(whole.loaded->source.warnings.isEmpty());
}

void TestLoader::lineEnds_normalisedAndNothingElseChanged()
{
    const QByteArray bytes("\xEF\xBB\xBF  indented\t\ttabs  \r\nmac\rline\r\r\nunix\n\n\n\xE3\x80\x80\xE3\x80\x80"
                           "full-width indent\r");
    const LoadResult result = decodeArticle(bytes, u"mixed.txt"_qs);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.loaded->text, u"  indented\t\ttabs  \nmac\nline\n\nunix\n\n\n\u3000\u3000full-width indent\n"_qs);
    QVERIFY(result.loaded->hints.isEmpty());
}

void TestLoader::formatForPath_picksBySuffix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::newRow("txt") << u"a/b.txt"_qs << int(SourceFormat::PlainText);
    QTest::newRow("HTML upper case") << u"page.HTML"_qs << int(SourceFormat::Html);
    QTest::newRow("htm") << u"page.htm"_qs << int(SourceFormat::Html);
    QTest::newRow("md") << u"notes.md"_qs << int(SourceFormat::Markdown);
    QTest::newRow("markdown") << u"notes.markdown"_qs << int(SourceFormat::Markdown);
    QTest::newRow("no suffix") << u"README"_qs << int(SourceFormat::PlainText);
}

void TestLoader::formatForPath_picksBySuffix()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    QCOMPARE(int(formatForPath(path)), format);
}

void TestLoader::convertsMarkup_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("html article") << u"html/article.html"_qs;
    QTest::newRow("html title differs from h1") << u"html/title-only.html"_qs;
    QTest::newRow("html malformed") << u"html/malformed.html"_qs;
    QTest::newRow("html unterminated comment") << u"html/comment-unterminated.html"_qs;
    QTest::newRow("markdown article") << u"markdown/article.md"_qs;
    QTest::newRow("markdown setext title after front matter") << u"markdown/setext-title.md"_qs;
    QTest::newRow("markdown unclosed rule at the top is not front matter") << u"markdown/leading-rule.md"_qs;
}

void TestLoader::convertsMarkup()
{
    QFETCH(QString, file);
    const LoadResult result = loadArticle(dataDir() + file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString actual = render(*result.loaded);

    const QString goldenPath = dataDir() + u"expected/" + QFileInfo(file).fileName() + u".txt";
    if (qEnvironmentVariableIsSet("QUOTEREADER_UPDATE_GOLDEN")) {
        QDir().mkpath(dataDir() + u"expected");
        QVERIFY(writeFile(goldenPath, actual.toUtf8()));
    }
    const QString expected = readUtf8(goldenPath);
    if (actual != expected) {
        // Line by line, so the failure shows where the output went wrong.
        const QStringList a = actual.split(u'\n');
        const QStringList e = expected.split(u'\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            const QString al = a.value(i, u"<missing>"_qs);
            const QString el = e.value(i, u"<missing>"_qs);
            if (al != el) {
                qWarning("line %lld:\n  expected: %s\n  actual:   %s", qlonglong(i + 1), qPrintable(el),
                         qPrintable(al));
            }
        }
    }
    QCOMPARE(actual, expected);
}

void TestLoader::htmlDeclaredCharset_isHonoured_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("dropped");
    QTest::newRow("meta charset big5") << u"page-big5.html"_qs << u"Big5"_qs << u"山區小學的圖書館終於落成"_qs
                                       << u"首頁"_qs;
    QTest::newRow("http-equiv gb2312") << u"page-gb.html"_qs << u"GB18030"_qs << u"城市公园今年春天重新开放"_qs
                                       << u"<"_qs;
}

void TestLoader::htmlDeclaredCharset_isHonoured()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, title);
    QFETCH(QString, dropped);

    const LoadResult result = loadArticle(dataDir() + u"encoded/" + file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const LoadedText &loaded = *result.loaded;
    QCOMPARE(loaded.source.encoding, encoding);
    QCOMPARE(int(loaded.source.format), int(SourceFormat::Html));
    // The headline is decoded; the menu is kept, as navigation, outside the article.
    const QStringList lines = loaded.text.split(u'\n');
    const auto titleHint = std::find_if(loaded.hints.cbegin(), loaded.hints.cend(),
                                        [](const LineHint &hint) { return hint.kind == BlockKind::Title; });
    QVERIFY(titleHint != loaded.hints.cend());
    QCOMPARE(lines.at(titleHint->line), title);
    for (const LineHint &hint : loaded.hints) {
        if (!isNoise(hint.kind)) {
            QVERIFY2(!lines.at(hint.line).contains(dropped), qPrintable(lines.at(hint.line)));
        }
    }
    QVERIFY2(!loaded.text.contains(u"font-family"), qPrintable(loaded.text));
}

void TestLoader::htmlDeclaredCharset_winsOverGuessing()
{
    // 0xE9 is "é" in Latin-1, which a detector would guess, but "ι" in the Greek charset the page declares.
    const QByteArray page("<html><head><meta http-equiv='content-type' content='text/html;charset=ISO-8859-7'>"
                          "</head><body><p>caf\xE9</p></body></html>");
    const LoadResult declared = decodeArticle(page, u"greek.html"_qs);
    QVERIFY2(declared.ok(), qPrintable(declared.error));
    QCOMPARE(declared.loaded->source.encoding, u"ISO-8859-7"_qs);
    QCOMPARE(declared.loaded->text, u"caf\u03B9"_qs);

    // Valid UTF-8 is read as UTF-8 whatever the page claims.
    const QByteArray utf8Page("<meta charset=big5><p>caf\xC3\xA9</p>");
    const LoadResult utf8 = decodeArticle(utf8Page, u"claims-big5.html"_qs);
    QVERIFY2(utf8.ok(), qPrintable(utf8.error));
    QCOMPARE(utf8.loaded->source.encoding, u"UTF-8"_qs);
    QCOMPARE(utf8.loaded->text, u"caf\u00E9"_qs);
}

void TestLoader::hostileMarkup_staysLinear_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");

    const int n = 200000;
    QTest::newRow("html: many '<' and unclosed quotes")
        << u"hostile.html"_qs << (QByteArray("<p>x</p>") + QByteArray("<a href=\"x>").repeated(n));
    QTest::newRow("html: many unterminated entities") << u"amp.html"_qs << QByteArray("<p>&#x1&ampx&").repeated(n);
    QTest::newRow("html: many open script tags")
        << u"script.html"_qs << (QByteArray("<p>t</p>") + QByteArray("<script>").repeated(n));
    QTest::newRow("markdown: unmatched brackets") << u"brackets.md"_qs << (QByteArray("[a](").repeated(n) + "\n");
    QTest::newRow("markdown: unmatched backticks") << u"ticks.md"_qs << (QByteArray("`a ``b ").repeated(n) + "\n");
}

void TestLoader::hostileMarkup_staysLinear()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);

    LoadOptions options;
    options.maxLineLength = 64 * 1024 * 1024;
    // Behaviour only: these ~2 MB inputs load as text. How their time scales is measured by the
    // benchmark (bench/, "hostile markup"), where it is a ratio within one run, not a wall-clock limit.
    const LoadResult result = decodeArticle(bytes, fileName, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.loaded->text.isEmpty());
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
