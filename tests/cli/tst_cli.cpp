// quotereader-cli as a user runs it: exit codes, messages, the JSON document, -o, and batch mode.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cli.h"

namespace {

using Run = QuoteReader::TestSupport::CliRun;
using namespace QuoteReader;

Run runCli(const QStringList &arguments, const QString &workingDirectory = {})
{
    return TestSupport::runProgram(QStringLiteral(QUOTEREADER_CLI), arguments, {}, workingDirectory);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString fixture(const QString &name)
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/cli/") + name;
}

bool copyFixture(const QString &name, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(fixture(name), to);
}

// Every field of shared/docs/quotes-json.md, with its type.
bool hasQuotesDocumentFields(const QJsonObject &root, QString *why)
{
    const auto fail = [why](const QString &text) {
        *why = text;
        return false;
    };
    if (root.value(u"format").toString() != u"quotereader/1") {
        return fail(u"format"_qs);
    }
    const QJsonObject source = root.value(u"source").toObject();
    if (!source.value(u"path").isString() || !source.value(u"encoding").isString()
        || !source.value(u"bytes").isDouble()) {
        return fail(u"source"_qs);
    }
    if (!root.value(u"language").isString() || !root.value(u"title").isString()) {
        return fail(u"language/title"_qs);
    }
    for (const QJsonValue s : root.value(u"sections").toArray()) {
        if (!s.toObject().value(u"title").isString() || !s.toObject().value(u"paragraphs").isDouble()) {
            return fail(u"sections"_qs);
        }
    }
    if (!root.value(u"sections").isArray() || !root.value(u"speakers").isArray() || !root.value(u"quotes").isArray()
        || !root.value(u"themes").isArray() || !root.value(u"noise").isArray()) {
        return fail(u"arrays"_qs);
    }
    for (const QJsonValue v : root.value(u"speakers").toArray()) {
        const QJsonObject s = v.toObject();
        if (!s.value(u"name").isString() || !s.value(u"role").isString() || !s.value(u"aliases").isArray()
            || !s.value(u"quotes").isDouble()) {
            return fail(u"speakers"_qs);
        }
    }
    for (const QJsonValue v : root.value(u"quotes").toArray()) {
        const QJsonObject q = v.toObject();
        const bool speakerOk = q.value(u"speaker").isString() || q.value(u"speaker").isNull();
        const bool kindOk = q.value(u"kind").toString() == u"direct" || q.value(u"kind").toString() == u"indirect";
        if (!speakerOk || !kindOk || !q.value(u"cue").isString() || !q.value(u"text").isString()
            || !q.value(u"section").isDouble() || !q.value(u"paragraph").isDouble() || !q.value(u"start").isDouble()
            || !q.value(u"end").isDouble() || !q.value(u"themes").isArray()) {
            return fail(u"quotes"_qs);
        }
        if (q.value(u"end").toInt() - q.value(u"start").toInt() != q.value(u"text").toString().size()) {
            return fail(u"quote offsets do not span the text"_qs);
        }
    }
    for (const QJsonValue v : root.value(u"themes").toArray()) {
        const QJsonObject t = v.toObject();
        if (!t.value(u"name").isString() || !t.value(u"terms").isArray() || !t.value(u"quotes").isDouble()) {
            return fail(u"themes"_qs);
        }
    }
    for (const QJsonValue v : root.value(u"noise").toArray()) {
        if (!v.toObject().value(u"kind").isString() || !v.toObject().value(u"text").isString()) {
            return fail(u"noise"_qs);
        }
    }
    return true;
}

QList<QJsonObject> jsonLines(const QByteArray &out, QString *why)
{
    QList<QJsonObject> documents;
    QList<QByteArray> lines = out.split('\n');
    if (lines.isEmpty() || !lines.takeLast().isEmpty()) {
        *why = u"output does not end with a newline"_qs;
        return {};
    }
    for (const QByteArray &line : std::as_const(lines)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            *why = u"a line is not one JSON document: "_qs + error.errorString();
            return {};
        }
        documents.append(doc.object());
    }
    return documents;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void usageErrorExitsTwo_data();
    void usageErrorExitsTwo();
    void helpAndVersionExitZero_data();
    void helpAndVersionExitZero();
    void refusedInputExitsThreeNamingTheFile_data();
    void refusedInputExitsThreeNamingTheFile();
    void userThemesMarkQuotesAndThemeFilterSelects();
    void missingThemeFileExitsThreeNamingTheFile();
    void jsonOutputHasEveryFieldOfTheQuotesDocument_data();
    void jsonOutputHasEveryFieldOfTheQuotesDocument();
    void jsonWritesChineseAsUtf8();
    void otherFormatsExitZero_data();
    void otherFormatsExitZero();
    void outputFileIsWrittenAndArticleUntouched();
    void outputOntoTheArticleIsRefused_data();
    void outputOntoTheArticleIsRefused();
    void unwritableOutputExitsFourNamingThePath();
    void refusedInputLeavesExistingOutputAlone();
    void kindFilterKeepsOnlyThatKind();
    void speakerFilterMatchesCaseInsensitively();
    void batchKeepsInputOrder();
    void batchSkipsBadFileAndExitsThree();
    void batchCsvHasOneHeaderAndFileColumn();
    void folderInputTakesArticlesAndRecursiveDescends();
};

void TestCli::usageErrorExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString tea = fixture(u"tea.txt"_qs);
    QTest::newRow("no subcommand") << QStringList{} << u"no command"_qs;
    QTest::newRow("unknown subcommand") << QStringList{u"convert"_qs, tea} << u"convert"_qs;
    QTest::newRow("missing FILE") << QStringList{u"extract"_qs} << u"FILE"_qs;
    QTest::newRow("unknown option") << QStringList{u"extract"_qs, tea, u"--bogus"_qs} << u"bogus"_qs;
    QTest::newRow("unknown format") << QStringList{u"extract"_qs, tea, u"--format"_qs, u"pdf"_qs} << u"pdf"_qs;
    QTest::newRow("unknown kind") << QStringList{u"extract"_qs, tea, u"--kind"_qs, u"maybe"_qs} << u"maybe"_qs;
    QTest::newRow("jobs not a number") << QStringList{u"extract"_qs, tea, u"--jobs"_qs, u"many"_qs} << u"many"_qs;
    QTest::newRow("jobs zero") << QStringList{u"extract"_qs, tea, u"--jobs"_qs, u"0"_qs} << u"--jobs"_qs;
    // Checked once, before any file: a batch would otherwise refuse every file for it.
    QTest::newRow("unknown encoding") << QStringList{u"extract"_qs, tea, u"--encoding"_qs, u"no-such-charset"_qs}
                                      << u"unknown encoding “no-such-charset”"_qs;
}

void TestCli::usageErrorExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(u"quotereader-cli: "), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(err.contains(u"Usage:"), qPrintable(err));
}

void TestCli::helpAndVersionExitZero_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << u"--help"_qs << u"--format"_qs;
    QTest::newRow("version") << u"--version"_qs << u"quotereader-cli "_qs;
}

void TestCli::helpAndVersionExitZero()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    const Run run = runCli({option});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(expected), run.out.constData());
}

void TestCli::refusedInputExitsThreeNamingTheFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("missing file") << QStringList{u"extract"_qs, u"/nonexistent/no-such-article.txt"_qs}
                                  << u"no-such-article.txt"_qs;
}

void TestCli::refusedInputExitsThreeNamingTheFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(u"quotereader-cli: "), qPrintable(err));
    QVERIFY2(err.contains(named), qPrintable(err));
}

void TestCli::userThemesMarkQuotesAndThemeFilterSelects()
{
    QTemporaryDir dir;
    const QString themes = dir.filePath(u"themes.json"_qs);
    {
        QFile file(themes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"{\"渡輪\": [\"ferry\", \"crossing\"], \"天氣\": [\"typhoon\"]}"_qs.toUtf8());
    }
    const QString article = fixture(u"harbour.md"_qs);
    const Run all = runCli({u"extract"_qs, article, u"--themes"_qs, themes});
    QCOMPARE(all.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(all.out).object();
    QJsonObject ferry;
    for (const QJsonValue t : root.value(u"themes").toArray()) {
        if (t.toObject().value(u"name").toString() == u"渡輪") {
            ferry = t.toObject();
        }
    }
    QVERIFY2(!ferry.isEmpty(), all.out.constData());
    QVERIFY(ferry.value(u"quotes").toInt() > 0);

    const Run filtered = runCli({u"extract"_qs, article, u"--themes"_qs, themes, u"--theme"_qs, u"渡輪"_qs});
    QCOMPARE(filtered.exitCode, 0);
    const QJsonArray quotes = QJsonDocument::fromJson(filtered.out).object().value(u"quotes").toArray();
    QCOMPARE(quotes.size(), ferry.value(u"quotes").toInt());
    for (const QJsonValue q : quotes) {
        QVERIFY(q.toObject().value(u"themes").toArray().contains(u"渡輪"_qs));
    }
    const Run none = runCli({u"extract"_qs, article, u"--themes"_qs, themes, u"--theme"_qs, u"天氣"_qs});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(none.out).object().value(u"quotes").toArray().size(), 0);
}

void TestCli::missingThemeFileExitsThreeNamingTheFile()
{
    const Run run = runCli({u"extract"_qs, fixture(u"tea.txt"_qs), u"--themes"_qs, u"/nonexistent/my-themes.json"_qs});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(QString::fromUtf8(run.err).contains(u"my-themes.json"), run.err.constData());
}

void TestCli::jsonOutputHasEveryFieldOfTheQuotesDocument_data()
{
    QTest::addColumn<QString>("article");
    QTest::newRow("Traditional Chinese text") << u"tea.txt"_qs;
    QTest::newRow("English Markdown") << u"harbour.md"_qs;
    QTest::newRow("English HTML") << u"market.html"_qs;
}

void TestCli::jsonOutputHasEveryFieldOfTheQuotesDocument()
{
    QFETCH(QString, article);
    const Run run = runCli({u"extract"_qs, fixture(article), u"--format"_qs, u"json"_qs});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QString why;
    QVERIFY2(hasQuotesDocumentFields(json.object(), &why), qPrintable(why));
    QCOMPARE(json.object().value(u"source").toObject().value(u"bytes").toInteger(), QFileInfo(fixture(article)).size());
    QVERIFY(run.out.count('\n') > 5); // indented for people, not one line
}

void TestCli::jsonWritesChineseAsUtf8()
{
    const Run run = runCli({u"extract"_qs, fixture(u"tea.txt"_qs)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"山城茶農迎來豐收年"_qs.toUtf8()));
    QVERIFY(!run.out.contains("\\u"));
}

void TestCli::otherFormatsExitZero_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("csv") << u"csv"_qs << QByteArray("\xEF\xBB\xBFspeaker,role,kind,cue,section,themes,text\r\n");
    QTest::newRow("md") << u"md"_qs << QByteArray("# ");
    QTest::newRow("html") << u"html"_qs << QByteArray("<!DOCTYPE html>");
    QTest::newRow("txt") << u"txt"_qs << QByteArray("Quotes from ");
}

void TestCli::otherFormatsExitZero()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    const Run run = runCli({u"extract"_qs, fixture(u"harbour.md"_qs), u"--format"_qs, format});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(start), run.out.left(80).constData());
    QVERIFY(run.err.isEmpty());
}

void TestCli::outputFileIsWrittenAndArticleUntouched()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(u"tea.txt"_qs);
    QVERIFY(copyFixture(u"tea.txt"_qs, article));
    const QByteArray before = readAll(article);
    const QString out = dir.filePath(u"quotes.json"_qs);

    const Run toStdout = runCli({u"extract"_qs, article});
    const Run toFile = runCli({u"extract"_qs, article, u"-o"_qs, out});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QCOMPARE(readAll(out), toStdout.out);
    QCOMPARE(readAll(article), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"quotes.json"_qs, u"tea.txt"_qs}));
}

void TestCli::outputOntoTheArticleIsRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("same path") << u"same"_qs;
    QTest::newRow("relative spelling") << u"relative"_qs;
    QTest::newRow("symbolic link") << u"symlink"_qs;
}

void TestCli::outputOntoTheArticleIsRefused()
{
    QFETCH(QString, how);
    QTemporaryDir dir;
    const QString article = dir.filePath(u"tea.txt"_qs);
    QVERIFY(copyFixture(u"tea.txt"_qs, article));
    const QByteArray before = readAll(article);
    QString out = article;
    if (how == u"relative") {
        out = u"./sub/../tea.txt"_qs;
        QVERIFY(QDir(dir.path()).mkdir(u"sub"_qs));
    } else if (how == u"symlink") {
        out = dir.filePath(u"link.txt"_qs);
        QVERIFY(QFile::link(article, out));
    }
    const Run run = runCli({u"extract"_qs, u"tea.txt"_qs, u"-o"_qs, out}, dir.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(u"input article"), run.err.constData());
    QCOMPARE(readAll(article), before);
}

void TestCli::unwritableOutputExitsFourNamingThePath()
{
    // Tests run as root, for whom permissions do not stop a write: a path under a regular file cannot be
    // created by anyone.
    const QString out = fixture(u"tea.txt"_qs) + u"/quotes.json"_qs;
    const Run run = runCli({u"extract"_qs, fixture(u"harbour.md"_qs), u"-o"_qs, out});
    QCOMPARE(run.exitCode, 4);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(u"quotereader-cli: "), qPrintable(err));
    QVERIFY2(err.contains(out), qPrintable(err));
}

void TestCli::refusedInputLeavesExistingOutputAlone()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"quotes.json"_qs);
    {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous results\n");
    }
    const Run run = runCli({u"extract"_qs, dir.filePath(u"missing.txt"_qs), u"-o"_qs, out});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(readAll(out), QByteArray("previous results\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"quotes.json"_qs});
}

void TestCli::kindFilterKeepsOnlyThatKind()
{
    const Run all = runCli({u"extract"_qs, fixture(u"harbour.md"_qs)});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray allQuotes = QJsonDocument::fromJson(all.out).object().value(u"quotes").toArray();
    for (const QString &kind : {u"direct"_qs, u"indirect"_qs}) {
        const Run run = runCli({u"extract"_qs, fixture(u"harbour.md"_qs), u"--kind"_qs, kind});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray quotes = QJsonDocument::fromJson(run.out).object().value(u"quotes").toArray();
        qsizetype expected = 0;
        for (const QJsonValue q : allQuotes) {
            expected += q.toObject().value(u"kind").toString() == kind ? 1 : 0;
        }
        QCOMPARE(quotes.size(), expected);
        for (const QJsonValue q : quotes) {
            QCOMPARE(q.toObject().value(u"kind").toString(), kind);
        }
    }
}

void TestCli::speakerFilterMatchesCaseInsensitively()
{
    const Run all = runCli({u"extract"_qs, fixture(u"harbour.md"_qs)});
    QCOMPARE(all.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(all.out).object();
    QString name;
    int count = 0;
    for (const QJsonValue s : root.value(u"speakers").toArray()) {
        if (s.toObject().value(u"quotes").toInt() > 0) {
            name = s.toObject().value(u"name").toString();
            count = s.toObject().value(u"quotes").toInt();
            break;
        }
    }
    QVERIFY2(!name.isEmpty(), "the fixture should yield at least one attributed quote");
    const Run run = runCli({u"extract"_qs, fixture(u"harbour.md"_qs), u"--speaker"_qs, name.toUpper()});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray quotes = QJsonDocument::fromJson(run.out).object().value(u"quotes").toArray();
    QCOMPARE(quotes.size(), count);
    for (const QJsonValue q : quotes) {
        QCOMPARE(q.toObject().value(u"speaker").toString(), name);
    }
    const Run nobody = runCli({u"extract"_qs, fixture(u"harbour.md"_qs), u"--speaker"_qs, u"Nobody Atall"_qs});
    QCOMPARE(nobody.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(nobody.out).object().value(u"quotes").toArray().size(), 0);
}

void TestCli::batchKeepsInputOrder()
{
    // Enough files for several threads to finish out of order; the output must not.
    QTemporaryDir dir;
    const QStringList kinds = {u"tea.txt"_qs, u"harbour.md"_qs, u"market.html"_qs};
    QStringList arguments{u"extract"_qs, u"--jobs"_qs, u"4"_qs};
    QStringList expected;
    for (int i = 0; i < 24; ++i) {
        const QString &name = kinds.at((i * 7) % 3);
        const QString path = dir.filePath(u"%1-%2"_qs.arg(23 - i, 2, 10, QLatin1Char('0')).arg(name));
        QVERIFY(copyFixture(name, path));
        arguments << path;
        expected << path;
    }
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QString why;
    const QList<QJsonObject> documents = jsonLines(run.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(documents.size(), expected.size());
    for (qsizetype i = 0; i < documents.size(); ++i) {
        QCOMPARE(documents.at(i).value(u"source").toObject().value(u"path").toString(), expected.at(i));
        QVERIFY2(hasQuotesDocumentFields(documents.at(i), &why), qPrintable(why));
    }
}

void TestCli::batchSkipsBadFileAndExitsThree()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"gone.txt"_qs);
    const Run run = runCli({u"extract"_qs, fixture(u"tea.txt"_qs), missing, fixture(u"harbour.md"_qs)});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(QString::fromUtf8(run.err).contains(u"gone.txt"), run.err.constData());
    QString why;
    const QList<QJsonObject> documents = jsonLines(run.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0).value(u"source").toObject().value(u"path").toString(), fixture(u"tea.txt"_qs));
    QCOMPARE(documents.at(1).value(u"source").toObject().value(u"path").toString(), fixture(u"harbour.md"_qs));
}

void TestCli::batchCsvHasOneHeaderAndFileColumn()
{
    const QString harbour = fixture(u"harbour.md"_qs);
    const Run single = runCli({u"extract"_qs, harbour, u"--format"_qs, u"csv"_qs});
    const qsizetype rowsPerFile = single.out.count("\r\n") - 1;
    QVERIFY2(rowsPerFile > 0, "the fixture should yield quotes");

    const Run run = runCli({u"extract"_qs, harbour, fixture(u"tea.txt"_qs), harbour, u"--format"_qs, u"csv"_qs});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("\xEF\xBB\xBF"
                               "file,speaker,role,kind,cue,section,themes,text\r\n"));
    QCOMPARE(run.out.count("\xEF\xBB\xBF"), 1);
    QCOMPARE(run.out.count("file,speaker"), 1);
    const QList<QByteArray> rows = run.out.mid(3).split('\n');
    qsizetype harbourRows = 0;
    for (const QByteArray &row : rows.mid(1)) {
        harbourRows += row.startsWith(QByteArray(harbour.toUtf8() + ',')) ? 1 : 0;
    }
    QCOMPARE(harbourRows, 2 * rowsPerFile);
}

void TestCli::folderInputTakesArticlesAndRecursiveDescends()
{
    QTemporaryDir dir;
    QVERIFY(copyFixture(u"tea.txt"_qs, dir.filePath(u"b.txt"_qs)));
    QVERIFY(copyFixture(u"harbour.md"_qs, dir.filePath(u"a.md"_qs)));
    QVERIFY(copyFixture(u"market.html"_qs, dir.filePath(u"deeper/c.html"_qs)));
    QVERIFY(copyFixture(u"tea.txt"_qs, dir.filePath(u"notes.pdf"_qs))); // not an article suffix

    QString why;
    const Run flat = runCli({u"extract"_qs, dir.path()});
    QCOMPARE(flat.exitCode, 0);
    QList<QJsonObject> documents = jsonLines(flat.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(documents.size(), 2);
    QVERIFY(documents.at(0).value(u"source").toObject().value(u"path").toString().endsWith(u"/a.md"));
    QVERIFY(documents.at(1).value(u"source").toObject().value(u"path").toString().endsWith(u"/b.txt"));

    const Run deep = runCli({u"extract"_qs, u"--recursive"_qs, dir.path()});
    QCOMPARE(deep.exitCode, 0);
    documents = jsonLines(deep.out, &why);
    QCOMPARE(documents.size(), 3);
    QVERIFY(documents.at(2).value(u"source").toObject().value(u"path").toString().endsWith(u"/deeper/c.html"));

    QTemporaryDir empty;
    const Run none = runCli({u"extract"_qs, empty.path()});
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(QString::fromUtf8(none.err).contains(empty.path()), none.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
