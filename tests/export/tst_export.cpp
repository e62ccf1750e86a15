// The export writers, tested on a document built by hand so that they are checked independently of how
// well the extraction does: one golden file per format, CSV quoting, and atomic writes.
#include "export.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "smalldisk.h"

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#endif

using namespace QuoteReader;

namespace {

TextRange rangeOf(const QString &text, const QString &needle, qsizetype from = 0)
{
    const qsizetype start = text.indexOf(needle, from);
    Q_ASSERT(start >= 0);
    return {start, start + needle.size()};
}

// A short Traditional Chinese article of our own: two speakers, one unattributed quote, two themes
// (one found, one the user's), a caption and a garbled span. Section 2's title carries '&' so that
// the HTML and Markdown escaping shows in the golden files, and one quote an ASCII comma for CSV.
Document teaDocument()
{
    Document doc;
    doc.source.path = u"articles/茶鄉報導.txt"_qs;
    doc.source.encoding = u"Big5"_qs;
    doc.source.bytes = 612;
    doc.language = u"zh-Hant"_qs;
    doc.title = u"山城茶農迎來豐收年"_qs;

    const QStringList lines = {
        u"山城茶農迎來豐收年"_qs,
        u"今年春茶產量比去年增加兩成，茶農合作社理事長陳美玲表示：「天氣幫了大忙，雨水來得剛好，茶園一片翠綠。」"_qs,
        u"她也指出，年輕人回鄉投入製茶，讓老茶園重新有了生氣。"_qs,
        u"(資料圖)"_qs,
        u"市場 & 價格"_qs,
        u"茶商王志強認為，價格會維持穩定,但外銷仍要看匯率。"_qs,
        u"「今年的茶湯特別甘甜，回甘很久。」"_qs,
        u"浠婂勾鏄ヨ尪"_qs,
    };
    doc.text = lines.join(u'\n');
    const QString &t = doc.text;

    const BlockKind kinds[] = {BlockKind::Title,   BlockKind::Paragraph, BlockKind::Paragraph, BlockKind::Caption,
                               BlockKind::Heading, BlockKind::Paragraph, BlockKind::Paragraph, BlockKind::Boilerplate};
    const int sections[] = {-1, 0, 0, -1, 1, 1, 1, -1};
    const int paragraphs[] = {-1, 0, 1, -1, -1, 2, 3, -1};
    qsizetype offset = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        doc.blocks.append(Block{kinds[i], {offset, offset + lines.at(i).size()}, sections[i], paragraphs[i]});
        offset += lines.at(i).size() + 1;
    }

    doc.sections.append(Section{QString(), -1, 2, {doc.blocks.at(1).range.start, doc.blocks.at(2).range.end}});
    doc.sections.append(Section{u"市場 & 價格"_qs, 4, 2, {doc.blocks.at(4).range.start, doc.blocks.at(6).range.end}});

    doc.speakers.append(Speaker{u"陳美玲"_qs, u"茶農合作社理事長"_qs, {u"她"_qs}, false, 2});
    doc.speakers.append(Speaker{u"王志強"_qs, u"茶商"_qs, {u"王"_qs}, false, 1});

    Quote q0;
    q0.speaker = 0;
    q0.kind = QuoteKind::Direct;
    q0.cue = u"表示"_qs;
    q0.range = rangeOf(t, u"天氣幫了大忙，雨水來得剛好，茶園一片翠綠。"_qs);
    q0.cueRange = rangeOf(t, u"表示"_qs);
    q0.section = 0;
    q0.paragraph = 0;
    q0.themes = {u"茶"_qs};

    Quote q1;
    q1.speaker = 0;
    q1.kind = QuoteKind::Indirect;
    q1.cue = u"指出"_qs;
    q1.range = rangeOf(t, u"年輕人回鄉投入製茶，讓老茶園重新有了生氣。"_qs);
    q1.cueRange = rangeOf(t, u"指出"_qs);
    q1.section = 0;
    q1.paragraph = 1;
    q1.themes = {u"茶"_qs};

    Quote q2;
    q2.speaker = 1;
    q2.kind = QuoteKind::Indirect;
    q2.cue = u"認為"_qs;
    q2.range = rangeOf(t, u"價格會維持穩定,但外銷仍要看匯率。"_qs);
    q2.cueRange = rangeOf(t, u"認為"_qs);
    q2.section = 1;
    q2.paragraph = 2;
    q2.themes = {u"價格"_qs};

    Quote q3;
    q3.speaker = -1;
    q3.kind = QuoteKind::Direct;
    q3.range = rangeOf(t, u"今年的茶湯特別甘甜，回甘很久。"_qs);
    q3.section = 1;
    q3.paragraph = 3;
    q3.themes = {u"茶"_qs};

    doc.quotes = {q0, q1, q2, q3};
    doc.themes.append(Theme{u"價格"_qs, {u"價格"_qs, u"匯率"_qs}, true, 1});
    doc.themes.append(Theme{u"茶"_qs, {u"茶"_qs, u"茶園"_qs, u"茶湯"_qs}, false, 3});

    doc.noise.append(Noise{NoiseKind::Caption, doc.blocks.at(3).range, {}});
    doc.noise.append(Noise{NoiseKind::Garbled, doc.blocks.at(7).range, {}});
    return doc;
}

// The tea article's quotes many times over: an export far larger than any write buffer.
Document longDocument()
{
    Document doc = teaDocument();
    const QList<Quote> quotes = doc.quotes;
    for (int i = 0; i < 400; ++i) {
        doc.quotes += quotes;
    }
    return doc;
}

// The tea article with terminal control sequences planted wherever an article, a file name or a theme
// file can put text: a title-setting OSC with BEL, a screen clear (CSI), a C1 CSI, DEL, a carriage return.
Document hostileDocument()
{
    Document doc = teaDocument();
    const QString osc = u"\x1b]0;pwned\x07"_qs;
    const QString clear = u"\x1b[2J\x1b[H"_qs;
    const QString c1 = QString(QChar(0x9B)) + u"31m"_qs;
    doc.source.path = u"articles/茶鄉\x1b[31m報導\r.txt"_qs;
    doc.title = osc + doc.title + u"·"_qs; // U+00B7 is C2 B7 in UTF-8, next to the C1 range: kept as it is
    doc.speakers[0].name += clear;
    doc.speakers[0].role = c1 + doc.speakers[0].role + QChar(0x7F);
    doc.quotes[0].cue += osc;
    doc.quotes[0].themes = {u"茶"_qs + clear};
    doc.sections[1].title += c1;
    // In the text itself, so that offsets stay right: replace characters of a quote, keeping its length.
    const qsizetype at = doc.quotes.at(2).range.start;
    doc.text.replace(at, 4, u"\x1b[8m"_qs);
    return doc;
}

// The C0 controls but tab, line feed and (for CSV's row ends) carriage return, DEL, and C1 as UTF-8.
QString controlCharactersIn(const QByteArray &bytes, bool crAllowed)
{
    QStringList found;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool allowed = c == u'\t' || c == u'\n' || (c == u'\r' && crAllowed && text.mid(i + 1, 1) == u"\n");
        if (!allowed && (c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
            found << u"U+%1 at %2"_qs.arg(int(c), 4, 16, QLatin1Char('0')).arg(i);
        }
    }
    return found.join(u", ");
}

// A device that takes `capacity` bytes and then fails as a full disk does: the write that reaches the
// end is cut short without an error (as write(2) is), and the next one fails with ENOSPC's message.
class FullDevice final : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray written() const { return m_bytes; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 room = m_capacity - m_bytes.size();
        if (room <= 0) {
            setErrorString(u"No space left on device"_qs);
            return -1;
        }
        const qint64 taken = qMin(room, size);
        m_bytes.append(data, taken);
        return taken;
    }

private:
    qint64 m_capacity = 0;
    QByteArray m_bytes;
};

QByteArray render(const QuoteSelection &selection, ExportFormat format, const WriterOptions &options = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const std::unique_ptr<QuoteWriter> writer = makeWriter(format, options);
    if (!writer || !writer->write(selection, &buffer)) {
        return {};
    }
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first differing line with a little context on both sides, so that a failure reads like a diff.
QString lineDiff(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    qsizetype line = 0;
    while (line < want.size() && line < got.size() && want.at(line) == got.at(line)) {
        ++line;
    }
    QString diff = u"first difference at line %1:\n"_qs.arg(line + 1);
    for (qsizetype i = qMax<qsizetype>(0, line - 2); i < line; ++i) {
        diff += u"  " + QString::fromUtf8(want.at(i)) + u'\n';
    }
    for (qsizetype i = line; i < qMin(want.size(), line + 4); ++i) {
        diff += u"- " + QString::fromUtf8(want.at(i)) + u'\n';
    }
    for (qsizetype i = line; i < qMin(got.size(), line + 4); ++i) {
        diff += u"+ " + QString::fromUtf8(got.at(i)) + u'\n';
    }
    return diff;
}

} // namespace

class TestExport final : public QObject
{
    Q_OBJECT

private slots:
    void writerMatchesGoldenFile_data();
    void writerMatchesGoldenFile();
    void jsonHasEveryFieldOfTheQuotesDocument();
    void jsonOfASelectionDescribesTheSelection();
    void jsonCompactIsOneLine();
    void jsonEscapesControlCharactersButNotChinese();
    void csvCellQuotesAndDefusesFormulas_data();
    void csvCellQuotesAndDefusesFormulas();
    void csvHasBomHeaderAndCrlfRows();
    void csvBatchOptionsAddFileColumnWithoutHeader();
    void groupedWritersPutUnattributedLast_data();
    void groupedWritersPutUnattributedLast();
    void htmlEscapesMarkupInQuotes();
    void formatNamesAndSuffixes_data();
    void formatNamesAndSuffixes();
    void exportToFileWritesAndReplaces();
    void exportToFileFailsWhenParentIsAFile();
    void exportToFileKeepsOldFileWhenDirectoryRefusesNewFiles();
    void exportToFileRefusesFoldersAndSpecialFiles_data();
    void exportToFileRefusesFoldersAndSpecialFiles();
    void writerFailsOnAClosedDevice_data();
    void writerFailsOnAClosedDevice();
    void writersShowNoTerminalControls_data();
    void writersShowNoTerminalControls();
    void jsonEscapesEveryControlCharacter();
    void writerReportsTheDeviceErrorWhenItFills_data();
    void writerReportsTheDeviceErrorWhenItFills();
    void exportToFileOnAFullDiskKeepsTheOldFile_data();
    void exportToFileOnAFullDiskKeepsTheOldFile();
    void exportToFileOverTheFileSizeLimitKeepsTheOldFile();
};

void TestExport::writerMatchesGoldenFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("golden");
    QTest::newRow("json") << int(ExportFormat::Json) << u"tea.json"_qs;
    QTest::newRow("csv") << int(ExportFormat::Csv) << u"tea.csv"_qs;
    QTest::newRow("markdown") << int(ExportFormat::Markdown) << u"tea.md"_qs;
    QTest::newRow("html") << int(ExportFormat::Html) << u"tea.html"_qs;
    QTest::newRow("text") << int(ExportFormat::Text) << u"tea.txt"_qs;
}

void TestExport::writerMatchesGoldenFile()
{
    QFETCH(int, format);
    QFETCH(QString, golden);
    const Document doc = teaDocument();
    const QByteArray actual = render(QuoteSelection::all(doc), ExportFormat(format));
    QVERIFY(!actual.isEmpty());

    const QString path = QStringLiteral(QUOTEREADER_TEST_DATA "/export/") + golden;
    if (qEnvironmentVariableIsSet("QUOTEREADER_REGENERATE")) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        file.write(actual);
        qInfo("regenerated %s", qPrintable(path));
        return;
    }
    const QByteArray expected = readAll(path);
    QVERIFY2(!expected.isEmpty(),
             qPrintable(u"missing golden file "_qs + path + u" (set QUOTEREADER_REGENERATE=1)"_qs));
    QVERIFY2(actual == expected, qPrintable(lineDiff(expected, actual)));
}

void TestExport::jsonHasEveryFieldOfTheQuotesDocument()
{
    const Document doc = teaDocument();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(render(QuoteSelection::all(doc), ExportFormat::Json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = json.object();
    QCOMPARE(root.value(u"format").toString(), u"quotereader/1"_qs);
    const QJsonObject source = root.value(u"source").toObject();
    QCOMPARE(source.value(u"path").toString(), doc.source.path);
    QCOMPARE(source.value(u"encoding").toString(), u"Big5"_qs);
    QCOMPARE(source.value(u"bytes").toInteger(), 612);
    QCOMPARE(root.value(u"language").toString(), u"zh-Hant"_qs);
    QCOMPARE(root.value(u"title").toString(), doc.title);

    const QJsonArray sections = root.value(u"sections").toArray();
    QCOMPARE(sections.size(), 2);
    QCOMPARE(sections.at(0).toObject().value(u"title").toString(), QString());
    QCOMPARE(sections.at(1).toObject().value(u"paragraphs").toInt(), 2);

    const QJsonObject speaker = root.value(u"speakers").toArray().at(0).toObject();
    QCOMPARE(speaker.value(u"name").toString(), u"陳美玲"_qs);
    QCOMPARE(speaker.value(u"role").toString(), u"茶農合作社理事長"_qs);
    QCOMPARE(speaker.value(u"aliases").toArray().at(0).toString(), u"她"_qs);
    QCOMPARE(speaker.value(u"quotes").toInt(), 2);

    const QJsonArray quotes = root.value(u"quotes").toArray();
    QCOMPARE(quotes.size(), 4);
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        const QJsonObject q = quotes.at(i).toObject();
        const Quote &quote = doc.quotes.at(i);
        // start/end must point at exactly the quoted text in Document::text (UTF-16 units).
        QCOMPARE(q.value(u"text").toString(),
                 doc.text.mid(q.value(u"start").toInt(), q.value(u"end").toInt() - q.value(u"start").toInt()));
        QCOMPARE(q.value(u"kind").toString(), toString(quote.kind));
        QCOMPARE(q.value(u"cue").toString(), quote.cue);
        QCOMPARE(q.value(u"section").toInt(), quote.section);
        QCOMPARE(q.value(u"paragraph").toInt(), quote.paragraph);
        QVERIFY(q.value(u"themes").isArray());
    }
    QCOMPARE(quotes.at(2).toObject().value(u"speaker").toString(), u"王志強"_qs);
    QVERIFY(quotes.at(3).toObject().value(u"speaker").isNull());

    const QJsonObject theme = root.value(u"themes").toArray().at(1).toObject();
    QCOMPARE(theme.value(u"name").toString(), u"茶"_qs);
    QCOMPARE(theme.value(u"terms").toArray().size(), 3);
    QCOMPARE(theme.value(u"quotes").toInt(), 3);

    const QJsonArray noise = root.value(u"noise").toArray();
    QCOMPARE(noise.size(), 2);
    QCOMPARE(noise.at(0).toObject().value(u"kind").toString(), u"caption"_qs);
    QCOMPARE(noise.at(0).toObject().value(u"text").toString(), u"(資料圖)"_qs);
    QCOMPARE(noise.at(1).toObject().value(u"kind").toString(), u"garbled"_qs);
}

void TestExport::jsonOfASelectionDescribesTheSelection()
{
    const Document doc = teaDocument();
    QuoteSelection selection{&doc, {2}};
    const QJsonObject root = QJsonDocument::fromJson(render(selection, ExportFormat::Json)).object();
    const QJsonArray quotes = root.value(u"quotes").toArray();
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.at(0).toObject().value(u"speaker").toString(), u"王志強"_qs);
    // Issue 9, defect 11: the people, themes and counts of what was exported, not of the whole article.
    const QJsonArray speakers = root.value(u"speakers").toArray();
    QCOMPARE(speakers.size(), 1);
    QCOMPARE(speakers.at(0).toObject().value(u"name").toString(), u"王志強"_qs);
    QCOMPARE(speakers.at(0).toObject().value(u"quotes").toInt(), 1);
    const QJsonArray themes = root.value(u"themes").toArray();
    QCOMPARE(themes.size(), 1);
    QCOMPARE(themes.at(0).toObject().value(u"name").toString(), u"價格"_qs);
    QCOMPARE(themes.at(0).toObject().value(u"quotes").toInt(), 1);
    QVERIFY(root.value(u"noise").toArray().isEmpty());
    // Every quote in another order (a table sorted by speaker) is still the whole article.
    QuoteSelection reordered{&doc, {3, 2, 1, 0}};
    const QJsonObject whole = QJsonDocument::fromJson(render(reordered, ExportFormat::Json)).object();
    QCOMPARE(whole.value(u"speakers").toArray().size(), 2);
    QCOMPARE(whole.value(u"speakers").toArray().at(0).toObject().value(u"quotes").toInt(), 2);
    QCOMPARE(whole.value(u"noise").toArray().size(), 2);
}

void TestExport::jsonCompactIsOneLine()
{
    const Document doc = teaDocument();
    WriterOptions options;
    options.compactJson = true;
    const QByteArray bytes = render(QuoteSelection::all(doc), ExportFormat::Json, options);
    QVERIFY(bytes.endsWith('\n'));
    QCOMPARE(bytes.count('\n'), 1);
    QCOMPARE(QJsonDocument::fromJson(bytes).object(),
             QJsonDocument::fromJson(render(QuoteSelection::all(doc), ExportFormat::Json)).object());
}

void TestExport::jsonEscapesControlCharactersButNotChinese()
{
    Document doc = teaDocument();
    doc.title = u"標題\t\"引號\"\\\u0001"_qs;
    const QByteArray bytes = render(QuoteSelection::all(doc), ExportFormat::Json);
    QVERIFY(bytes.contains(u"\"標題\\t\\\"引號\\\"\\\\\\u0001\""_qs.toUtf8()));
    QVERIFY(!bytes.contains("\\u6a19")); // 標 written as UTF-8, not as an escape
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"title").toString(), doc.title);
}

void TestExport::csvCellQuotesAndDefusesFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain Chinese") << u"茶湯甘甜"_qs << u"茶湯甘甜"_qs;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma is quoted") << u"穩定,但"_qs << u"\"穩定,但\""_qs;
    QTest::newRow("quote is doubled") << u"他說\"好\""_qs << u"\"他說\"\"好\"\"\""_qs;
    QTest::newRow("line break is quoted") << u"第一段\n第二段"_qs << u"\"第一段\n第二段\""_qs;
    QTest::newRow("equals runs as formula") << u"=1+1"_qs << u"'=1+1"_qs;
    QTest::newRow("plus runs as formula") << u"+886 2 1234"_qs << u"'+886 2 1234"_qs;
    QTest::newRow("minus runs as formula") << u"-5%"_qs << u"'-5%"_qs;
    QTest::newRow("at runs as formula") << u"@SUM(A1)"_qs << u"'@SUM(A1)"_qs;
    QTest::newRow("tab runs as formula") << u"\t=1"_qs << u"'\t=1"_qs;
    QTest::newRow("formula with quotes is defused and quoted")
        << u"=HYPERLINK(\"http://x\",\"y\")"_qs << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_qs;
    QTest::newRow("equals inside is harmless") << u"1=1"_qs << u"1=1"_qs;
}

void TestExport::csvCellQuotesAndDefusesFormulas()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(csvCell(value), cell);
}

void TestExport::csvHasBomHeaderAndCrlfRows()
{
    const Document doc = teaDocument();
    const QByteArray bytes = render(QuoteSelection::all(doc), ExportFormat::Csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> rows = bytes.mid(3).split('\n');
    QCOMPARE(rows.size(), 6); // header, four quotes, and the empty rest after the last CRLF
    QCOMPARE(rows.at(0), QByteArray("speaker,role,kind,cue,section,themes,text\r"));
    for (qsizetype i = 0; i < 5; ++i) {
        QVERIFY2(rows.at(i).endsWith('\r'), rows.at(i).constData());
    }
    QVERIFY(rows.at(5).isEmpty());
    QVERIFY(rows.at(3).contains(u"\"價格會維持穩定,但外銷仍要看匯率。\""_qs.toUtf8()));
    QVERIFY(rows.at(4).startsWith(",,direct,,市場 & 價格,茶,"));
}

void TestExport::csvBatchOptionsAddFileColumnWithoutHeader()
{
    const Document doc = teaDocument();
    WriterOptions options;
    options.csvHeader = false;
    options.csvBom = false;
    options.csvFileColumn = true;
    const QByteArray bytes = render(QuoteSelection{&doc, {0}}, ExportFormat::Csv, options);
    QCOMPARE(
        bytes,
        u"articles/茶鄉報導.txt,陳美玲,茶農合作社理事長,direct,表示,,茶,天氣幫了大忙，雨水來得剛好，茶園一片翠綠。\r\n"_qs
            .toUtf8());
}

void TestExport::groupedWritersPutUnattributedLast_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("markdown") << int(ExportFormat::Markdown);
    QTest::newRow("html") << int(ExportFormat::Html);
    QTest::newRow("text") << int(ExportFormat::Text);
}

void TestExport::groupedWritersPutUnattributedLast()
{
    QFETCH(int, format);
    const Document doc = teaDocument();
    // Selection order decides the order of the speakers: 王志強 first here, then 陳美玲, then nobody.
    const QString out = QString::fromUtf8(render(QuoteSelection{&doc, {3, 2, 0, 1}}, ExportFormat(format)));
    const qsizetype wang = out.indexOf(u"王志強");
    const qsizetype chen = out.indexOf(u"陳美玲");
    const qsizetype nobody = out.indexOf(u"Unattributed");
    QVERIFY(wang >= 0 && chen > wang && nobody > chen);
    QVERIFY(out.indexOf(u"茶農合作社理事長") > chen);
    QVERIFY(out.contains(u"茶鄉報導.txt"));
    QVERIFY(!out.contains(u"articles/")); // the file name, not the path
    // Both of 陳美玲's quotes are under her heading, in selection order.
    const qsizetype first = out.indexOf(u"天氣幫了大忙");
    const qsizetype second = out.indexOf(u"年輕人回鄉");
    QVERIFY(first > chen && second > first && nobody > second);
}

void TestExport::htmlEscapesMarkupInQuotes()
{
    Document doc = teaDocument();
    doc.speakers[0].name = u"<script>alert(1)</script>"_qs;
    const QString out = QString::fromUtf8(render(QuoteSelection::all(doc), ExportFormat::Html));
    QVERIFY(!out.contains(u"<script>"));
    QVERIFY(out.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(out.contains(u"市場 &amp; 價格"));
    QVERIFY(out.startsWith(u"<!DOCTYPE html>\n<html lang=\"zh-Hant\">"));
    QVERIFY(out.contains(u"<meta charset=\"utf-8\">"));
    QVERIFY(out.endsWith(u"</body>\n</html>\n"));
}

void TestExport::formatNamesAndSuffixes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("json") << u"json"_qs << int(ExportFormat::Json) << u"json"_qs;
    QTest::newRow("JSON upper case") << u"JSON"_qs << int(ExportFormat::Json) << u"json"_qs;
    QTest::newRow("csv") << u"csv"_qs << int(ExportFormat::Csv) << u"csv"_qs;
    QTest::newRow("md") << u"md"_qs << int(ExportFormat::Markdown) << u"md"_qs;
    QTest::newRow("markdown") << u"markdown"_qs << int(ExportFormat::Markdown) << u"md"_qs;
    QTest::newRow("html") << u"html"_qs << int(ExportFormat::Html) << u"html"_qs;
    QTest::newRow("htm") << u"htm"_qs << int(ExportFormat::Html) << u"html"_qs;
    QTest::newRow("txt") << u"txt"_qs << int(ExportFormat::Text) << u"txt"_qs;
    QTest::newRow("text") << u"text"_qs << int(ExportFormat::Text) << u"txt"_qs;
    QTest::newRow("unknown") << u"pdf"_qs << -1 << QString();
    QTest::newRow("empty") << QString() << -1 << QString();
}

void TestExport::formatNamesAndSuffixes()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    QFETCH(QString, suffix);
    const std::optional<ExportFormat> parsed = exportFormatFromName(name);
    if (format < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(int(*parsed), format);
    QCOMPARE(fileSuffix(*parsed), suffix);
    QCOMPARE(exportFormatFromName(fileSuffix(*parsed)), parsed);
}

void TestExport::exportToFileWritesAndReplaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Document doc = teaDocument();
    const QString path = dir.filePath(u"quotes.md"_qs);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents\n");
    }
    QString error = u"stale"_qs;
    QVERIFY(exportToFile(QuoteSelection::all(doc), ExportFormat::Markdown, path, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readAll(path), render(QuoteSelection::all(doc), ExportFormat::Markdown));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"quotes.md"_qs}); // no temporary left
}

void TestExport::exportToFileFailsWhenParentIsAFile()
{
    // Tests run as root, for whom chmod cannot make a folder unwritable; a path under a regular file can
    // never be created, whoever asks.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plain = dir.filePath(u"plain.txt"_qs);
    {
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
    }
    const Document doc = teaDocument();
    const QString path = plain + u"/quotes.csv"_qs;
    QString error;
    QVERIFY(!exportToFile(QuoteSelection::all(doc), ExportFormat::Csv, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.size() > QDir::toNativeSeparators(path).size() + 20, qPrintable(error)); // and a reason
    QCOMPARE(readAll(plain), QByteArray("keep me\n"));
}

void TestExport::exportToFileKeepsOldFileWhenDirectoryRefusesNewFiles()
{
    // /proc/self holds existing files but accepts no new ones, even from root: QSaveFile cannot make its
    // temporary file there, so the export must fail and leave the existing file exactly as it was.
    const QString path = u"/proc/self/comm"_qs;
    const QByteArray before = readAll(path);
    if (before.isEmpty()) {
        QSKIP("/proc/self/comm is not available on this system");
    }
    const Document doc = teaDocument();
    QString error;
    QVERIFY(!exportToFile(QuoteSelection::all(doc), ExportFormat::Text, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(readAll(path), before);
}

void TestExport::exportToFileRefusesFoldersAndSpecialFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("folder") << u"folder"_qs << u"folder"_qs;
#ifdef Q_OS_UNIX
    QTest::newRow("named pipe") << u"fifo"_qs << u"regular file"_qs;
#endif
}

void TestExport::exportToFileRefusesFoldersAndSpecialFiles()
{
    // A pipe in a temporary folder stands for /dev/null and other devices: renaming a temporary file
    // over it would replace the device itself. (Never try that on /dev in a test run as root.)
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"target"_qs);
    if (kind == u"folder") {
        QVERIFY(QDir().mkdir(path));
    } else {
#ifdef Q_OS_UNIX
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
#endif
    }
    const Document doc = teaDocument();
    QString error;
    QVERIFY(!exportToFile(QuoteSelection::all(doc), ExportFormat::Json, path, &error));
    QVERIFY2(error.contains(path) && error.contains(reason), qPrintable(error));
    const QFileInfo after(path);
    QVERIFY(after.exists() && !after.isFile());
}

void TestExport::writerFailsOnAClosedDevice_data()
{
    groupedWritersPutUnattributedLast_data();
    QTest::newRow("json") << int(ExportFormat::Json);
    QTest::newRow("csv") << int(ExportFormat::Csv);
}

void TestExport::writerFailsOnAClosedDevice()
{
    QFETCH(int, format);
    const Document doc = teaDocument();
    QBuffer closed;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"QIODevice::write.*device not open"_qs));
    QVERIFY(!makeWriter(ExportFormat(format))->write(QuoteSelection::all(doc), &closed));
}

void TestExport::writersShowNoTerminalControls_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(ExportFormat::Csv);
    QTest::newRow("markdown") << int(ExportFormat::Markdown);
    QTest::newRow("html") << int(ExportFormat::Html);
    QTest::newRow("text") << int(ExportFormat::Text);
}

void TestExport::writersShowNoTerminalControls()
{
    // `cat quotes.txt` must not let an article retitle, clear or recolour the terminal: every control
    // character becomes a visible symbol (ESC as ␛), in the text, the names and the file name.
    QFETCH(int, format);
    const Document doc = hostileDocument();
    const QByteArray bytes = render(QuoteSelection::all(doc), ExportFormat(format));
    QVERIFY(!bytes.isEmpty());
    const QString found = controlCharactersIn(bytes, ExportFormat(format) == ExportFormat::Csv);
    QVERIFY2(found.isEmpty(), qPrintable(found + u"\n"_qs + QString::fromUtf8(bytes)));
    const QString text = QString::fromUtf8(bytes);
    // Shown, not dropped (Markdown adds its own backslashes before brackets).
    QVERIFY2(text.contains(u"pwned\u2407"_qs), "the cue's escape sequence should stay visible");
    QVERIFY2(text.contains(u"\u241B\\[8m"_qs) || text.contains(u"\u241B[8m"_qs),
             "the quote's escape sequence should stay visible");
    QVERIFY2(text.contains(u"\uFFFD31m"_qs), "a C1 control should be shown as U+FFFD");
}

void TestExport::jsonEscapesEveryControlCharacter()
{
    // JSON keeps every character (a program reads it), escaped: \u001b, \u007f, \u009b.
    const Document doc = hostileDocument();
    const QByteArray bytes = render(QuoteSelection::all(doc), ExportFormat::Json);
    const QString found = controlCharactersIn(bytes, false);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    QVERIFY(bytes.contains("\\u001b]0;pwned\\u0007"));
    QVERIFY(bytes.contains("\\u009b31m"));
    QVERIFY(bytes.contains("\\u007f"));
    QVERIFY(bytes.contains("\xC2\xB7"));
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(u"title").toString(), doc.title);
    QCOMPARE(root.value(u"source").toObject().value(u"path").toString(), doc.source.path);
    QCOMPARE(root.value(u"quotes").toArray().at(2).toObject().value(u"text").toString(),
             doc.quoteText(doc.quotes.at(2)));
}

void TestExport::writerReportsTheDeviceErrorWhenItFills_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("large");
    QTest::addColumn<qint64>("capacity");
    for (const ExportFormat format :
         {ExportFormat::Json, ExportFormat::Csv, ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Text}) {
        const QByteArray name = fileSuffix(format).toLatin1();
        // Nothing fits; the device fills halfway through the first write; a large export fills late.
        QTest::newRow(QByteArray(name + ", no room").constData()) << int(format) << false << qint64(0);
        QTest::newRow(QByteArray(name + ", room for 100 bytes").constData()) << int(format) << false << qint64(100);
        QTest::newRow(QByteArray(name + ", large, room for 100 KB").constData())
            << int(format) << true << qint64(100 * 1024);
    }
}

void TestExport::writerReportsTheDeviceErrorWhenItFills()
{
    QFETCH(int, format);
    QFETCH(bool, large);
    QFETCH(qint64, capacity);
    const Document doc = large ? longDocument() : teaDocument();
    const QByteArray whole = render(QuoteSelection::all(doc), ExportFormat(format));
    QVERIFY(whole.size() > capacity);
    FullDevice device(capacity);
    QVERIFY(!makeWriter(ExportFormat(format))->write(QuoteSelection::all(doc), &device));
    // The caller reads the reason from the device: a short write must be retried until the device says why.
    QCOMPARE(device.errorString(), u"No space left on device"_qs);
    QCOMPARE(device.written(), whole.left(capacity));
}

void TestExport::exportToFileOnAFullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("large");
    for (const ExportFormat format :
         {ExportFormat::Json, ExportFormat::Csv, ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Text}) {
        const QByteArray name = fileSuffix(format).toLatin1();
        // Under Qt's 16 KB write buffer, the bytes reach the file only when QSaveFile::commit() flushes.
        QTest::newRow(QByteArray(name + ", small").constData()) << int(format) << false;
        QTest::newRow(QByteArray(name + ", large").constData()) << int(format) << true;
    }
}

void TestExport::exportToFileOnAFullDiskKeepsTheOldFile()
{
    QFETCH(int, format);
    QFETCH(bool, large);
    TestSupport::SmallDisk disk;
    if (!disk.isValid()) {
        QSKIP(qPrintable(disk.skipReason()));
    }
    const QString path = disk.filePath(u"quotes."_qs + fileSuffix(ExportFormat(format)));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QCOMPARE(old.write("last week's quotes\n"), 19);
    }
    QVERIFY(disk.fill());

    const Document doc = large ? longDocument() : teaDocument();
    QString error;
    QVERIFY2(!exportToFile(QuoteSelection::all(doc), ExportFormat(format), path, &error),
             "a full disk was reported as written");
    QCOMPARE(error, u"Could not write “%1”: No space left on device."_qs.arg(path));
    QCOMPARE(readAll(path), QByteArray("last week's quotes\n"));
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{u".filler"_qs, QFileInfo(path).fileName()}));
}

void TestExport::exportToFileOverTheFileSizeLimitKeepsTheOldFile()
{
#ifndef Q_OS_UNIX
    QSKIP("RLIMIT_FSIZE is POSIX");
#else
    // The same failure without mounting anything: past RLIMIT_FSIZE a write fails (EFBIG) as on a full
    // disk. SIGXFSZ, which would end the process, is ignored for the duration.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"quotes.txt"_qs);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QCOMPARE(old.write("old\n"), 4);
    }
    const Document doc = teaDocument();
    QVERIFY(render(QuoteSelection::all(doc), ExportFormat::Text).size() > 200);

    struct rlimit saved = {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    struct rlimit small = saved;
    small.rlim_cur = 200;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    QString error;
    const bool written = exportToFile(QuoteSelection::all(doc), ExportFormat::Text, path, &error);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY2(!written, "a write cut off by the file size limit was reported as written");
    QCOMPARE(error, u"Could not write “%1”: File too large."_qs.arg(path));
    QCOMPARE(readAll(path), QByteArray("old\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"quotes.txt"_qs});
#endif
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
