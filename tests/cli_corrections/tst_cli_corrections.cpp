// quotereader-cli --corrections: the file the reader exports, applied in a batch job, gives what the
// user saw (the golden files of tst_corrections); what it cannot apply is said, and bad use is refused.
#include "cli.h"
#include "golden.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace QuoteReader;

namespace {

const QString kData = QStringLiteral(QUOTEREADER_TEST_DATA "/corrections");

TestSupport::CliRun runCli(const QStringList &arguments)
{
    return TestSupport::runProgram(QStringLiteral(QUOTEREADER_CLI), arguments, {}, kData);
}

} // namespace

class TestCliCorrections : public QObject
{
    Q_OBJECT

private slots:
    void correctionsGiveTheGoldenDocument_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("warning"); // "" when every correction applies
        QTest::newRow("council_english") << u"council.md"_qs << QString();
        QTest::newRow("tea_chinese") << u"tea.txt"_qs << u"correction 3"_qs;
    }

    void correctionsGiveTheGoldenDocument()
    {
        QFETCH(QString, article);
        QFETCH(QString, warning);
        const QString base = QFileInfo(article).completeBaseName();
        const TestSupport::CliRun run = runCli(
            {u"extract"_qs, article, u"--corrections"_qs, base + u".corrections.json"_qs});
        QCOMPARE(run.exitCode, 0);
        const QString diff = Golden::compare(QString::fromUtf8(run.out), kData + u'/' + base + u".expected.json");
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const QString err = QString::fromUtf8(run.err);
        if (warning.isEmpty()) {
            QVERIFY2(err.isEmpty(), qPrintable(err));
        } else {
            QVERIFY2(err.contains(warning) && err.contains(article) && err.contains(u"not applied"_qs),
                     qPrintable(err));
        }
    }

    void correctionsWithSeveralArticlesIsAUsageError()
    {
        const TestSupport::CliRun run = runCli(
            {u"extract"_qs, u"council.md"_qs, u"tea.txt"_qs, u"--corrections"_qs, u"tea.corrections.json"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("one article"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void badCorrectionsFileIsRefusedNamingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"quotereader/1\"}");
        file.close();
        const TestSupport::CliRun run = runCli({u"extract"_qs, u"tea.txt"_qs, u"--corrections"_qs, path});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("broken.json") && run.err.contains("not a QuoteReader corrections file"),
                 run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCorrections)
#include "tst_cli_corrections.moc"
