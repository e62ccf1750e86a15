// quotereader-cli as the map step of a batch job: long batches in order with flat memory, paths read from a
// list or standard input (--files-from), one article read from standard input ("-").
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cli.h"
#include "sanitizers.h"

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

#include <vector>

namespace {

using Run = QuoteReader::TestSupport::CliRun;
using namespace QuoteReader;

Run runCli(const QStringList &arguments, const QByteArray &input = {})
{
    return TestSupport::runProgram(QStringLiteral(QUOTEREADER_CLI), arguments, input);
}

QString fixture(const QString &name)
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/cli/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The source path of every line, or an empty list and `why` when a line is not a JSON object.
QStringList sourcePaths(const QByteArray &jsonLines, QString *why)
{
    QStringList paths;
    const QList<QByteArray> lines = jsonLines.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty() && i == lines.size() - 1) {
            break;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &error);
        if (!doc.isObject()) {
            *why = u"line %1 is not a JSON object: %2"_qs.arg(i + 1).arg(error.errorString());
            return {};
        }
        paths.append(doc.object().value(u"source").toObject().value(u"path").toString());
    }
    return paths;
}

#ifdef Q_OS_UNIX
// Peak resident memory (MiB) of one run of the CLI, from the kernel's own account of that child.
double peakMemoryMiB(const QStringList &arguments, int *exitCode)
{
    std::vector<QByteArray> storage{QFile::encodeName(QStringLiteral(QUOTEREADER_CLI))};
    storage.reserve(size_t(arguments.size()) + 1);
    for (const QString &argument : arguments) {
        storage.push_back(QFile::encodeName(argument));
    }
    std::vector<char *> argv;
    argv.reserve(storage.size() + 1);
    for (QByteArray &s : storage) {
        argv.push_back(s.data());
    }
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_RDWR);
        dup2(null, STDIN_FILENO);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    struct rusage usage = {};
    int status = 0;
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid) {
        return -1.0;
    }
    *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return usage.ru_maxrss / 1024.0;
}
#endif

} // namespace

class TestBatch final : public QObject
{
    Q_OBJECT

private slots:
    void longBatchWritesOneLinePerArticleInOrder();
    void memoryDoesNotGrowPerArticle();
    void filesFromListsPathsInOrder_data();
    void filesFromListsPathsInOrder();
    void filesFromMissingListExitsThreeNamingIt();
    void dashReadsOneArticleFromStandardInput();
    void dashReadsAnArticleThatArrivesInPieces();
    void standardInputTwiceIsAUsageError();
};

void TestBatch::longBatchWritesOneLinePerArticleInOrder()
{
    // Copies of three articles, more than the workers' window, so threads finish out of order.
    QTemporaryDir dir;
    const QStringList kinds = {u"tea.txt"_qs, u"harbour.md"_qs, u"market.html"_qs};
    QStringList arguments{u"extract"_qs, u"--jobs"_qs, u"3"_qs};
    QStringList expected;
    for (int i = 0; i < 120; ++i) {
        const QString path = dir.filePath(u"%1-%2"_qs.arg(119 - i, 3, 10, QLatin1Char('0')).arg(kinds.at(i % 3)));
        QVERIFY(QFile::copy(fixture(kinds.at(i % 3)), path));
        arguments << path;
        expected << path;
    }
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QString why;
    const QStringList paths = sourcePaths(run.out, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(paths, expected);
}

void TestBatch::memoryDoesNotGrowPerArticle()
{
#ifndef Q_OS_UNIX
    QSKIP("peak memory of a child process is read with wait4()");
#else
    if (TestSupport::underSanitizer) {
        QSKIP("under AddressSanitizer the peak is the sanitizer's shadow memory and quarantine, not the program's");
    }
    // The same article 50 and 500 times: the workers hold a bounded window of results, so the peak must
    // not grow with the length of the batch. The article is made big enough (about 200 KB) that holding
    // every result would add far more than the allowance below.
    QTemporaryDir dir;
    QByteArray article;
    const QByteArray paragraph = readAll(fixture(u"harbour.md"_qs));
    QVERIFY(!paragraph.isEmpty());
    while (article.size() < 200 * 1024) {
        article += paragraph + "\n\n";
    }
    const QString path = dir.filePath(u"long.md"_qs);
    QVERIFY(writeFile(path, article));
    const auto listOf = [&](int copies) {
        QByteArray list;
        for (int i = 0; i < copies; ++i) {
            list += QFile::encodeName(path) + '\n';
        }
        const QString listPath = dir.filePath(u"list-%1.txt"_qs.arg(copies));
        return writeFile(listPath, list) ? listPath : QString();
    };
    const QString few = listOf(50);
    const QString many = listOf(500);
    QVERIFY(!few.isEmpty() && !many.isEmpty());

    const QString output = dir.filePath(u"out.jsonl"_qs);
    int exitCode = -1;
    const double fewPeak = peakMemoryMiB({u"extract"_qs, u"--jobs"_qs, u"2"_qs, u"--files-from"_qs, few, u"-o"_qs,
                                          output},
                                         &exitCode);
    QCOMPARE(exitCode, 0);
    const qint64 fewBytes = QFileInfo(output).size();
    const double manyPeak = peakMemoryMiB({u"extract"_qs, u"--jobs"_qs, u"2"_qs, u"--files-from"_qs, many, u"-o"_qs,
                                           output},
                                          &exitCode);
    QCOMPARE(exitCode, 0);
    const qint64 manyBytes = QFileInfo(output).size();
    QCOMPARE(manyBytes, fewBytes * 10); // every article written, the same each time
    // 450 more results held would add about 450 × fewBytes/50 of output alone; allow a small fraction of it.
    const double heldAllMiB = (manyBytes - fewBytes) / (1024.0 * 1024.0);
    qInfo("peak memory: %.1f MiB for 50 articles, %.1f MiB for 500 (holding every result would add ~%.0f MiB)", fewPeak,
          manyPeak, heldAllMiB);
    QVERIFY2(heldAllMiB > 20.0, "the article should be big enough for growth to show");
    QVERIFY2(manyPeak - fewPeak < std::max(6.0, heldAllMiB / 8), "peak memory grows with the length of the batch");
#endif
}

void TestBatch::filesFromListsPathsInOrder_data()
{
    QTest::addColumn<bool>("fromStandardInput");
    QTest::newRow("list file") << false;
    QTest::newRow("standard input") << true;
}

void TestBatch::filesFromListsPathsInOrder()
{
    QFETCH(bool, fromStandardInput);
    QTemporaryDir dir;
    const QStringList expected = {fixture(u"market.html"_qs), fixture(u"tea.txt"_qs), fixture(u"harbour.md"_qs),
                                  fixture(u"tea.txt"_qs)};
    // Blank lines are skipped and Windows line ends accepted: lists come from many tools.
    const QByteArray list = QFile::encodeName(expected.at(0)) + "\r\n\n" + QFile::encodeName(expected.at(1)) + '\n'
                            + QFile::encodeName(expected.at(2)) + '\n' + QFile::encodeName(expected.at(3));
    const QString listPath = dir.filePath(u"paths.txt"_qs);
    QVERIFY(writeFile(listPath, list));
    const Run run = fromStandardInput ? runCli({u"extract"_qs, u"--files-from"_qs, u"-"_qs}, list)
                                      : runCli({u"extract"_qs, u"--files-from"_qs, listPath});
    QCOMPARE(run.exitCode, 0);
    QString why;
    QCOMPARE(sourcePaths(run.out, &why), expected);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // The same lines as giving the paths as arguments.
    const Run direct = runCli(QStringList{u"extract"_qs} + expected);
    QCOMPARE(run.out, direct.out);
}

void TestBatch::filesFromMissingListExitsThreeNamingIt()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"no-such-list.txt"_qs);
    const Run run = runCli({u"extract"_qs, u"--files-from"_qs, missing});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(QString::fromUtf8(run.err).contains(u"no-such-list.txt"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestBatch::dashReadsOneArticleFromStandardInput()
{
    const QString article = fixture(u"tea.txt"_qs);
    const Run fromFile = runCli({u"extract"_qs, article});
    const Run fromPipe = runCli({u"extract"_qs, u"-"_qs}, readAll(article));
    QCOMPARE(fromPipe.exitCode, 0);
    const QJsonObject a = QJsonDocument::fromJson(fromFile.out).object();
    const QJsonObject b = QJsonDocument::fromJson(fromPipe.out).object();
    QVERIFY(!a.value(u"quotes").toArray().isEmpty());
    QCOMPARE(b.value(u"quotes"), a.value(u"quotes"));
    QCOMPARE(b.value(u"speakers"), a.value(u"speakers"));
    QCOMPARE(b.value(u"source").toObject().value(u"path").toString(), u"-"_qs);

    const Run empty = runCli({u"extract"_qs, u"-"_qs}, {});
    QCOMPARE(empty.exitCode, 3);
    QVERIFY2(empty.err.contains("empty"), empty.err.constData());
}

void TestBatch::dashReadsAnArticleThatArrivesInPieces()
{
#ifndef Q_OS_UNIX
    QSKIP("a FIFO stands for the pipe");
#else
    // Through a pipe an article arrives as its writer writes it (curl, hdfs dfs -cat): all of it must be
    // read, not what happened to be there at the first read.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe"_qs);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QByteArray article = readAll(fixture(u"harbour.md"_qs));
    const QList<QByteArray> parts = {article, "\n" + article, "\n" + article};
    TestSupport::RunOptions options;
    options.standardInputFile = fifo;
    options.whileRunning = [&] { TestSupport::feedFifoSlowly(fifo, parts); };
    const Run run = TestSupport::runProgram(QStringLiteral(QUOTEREADER_CLI), {u"extract"_qs, u"-"_qs}, options);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(u"source").toObject().value(u"bytes").toInteger(), parts.join().size());
    QCOMPARE(root.value(u"quotes").toArray().size(),
             3
                 * QJsonDocument::fromJson(runCli({u"extract"_qs, fixture(u"harbour.md"_qs)}).out)
                       .object()
                       .value(u"quotes")
                       .toArray()
                       .size());
#endif
}

void TestBatch::standardInputTwiceIsAUsageError()
{
    const Run run = runCli({u"extract"_qs, u"-"_qs, u"--files-from"_qs, u"-"_qs}, "x\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("standard input"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
