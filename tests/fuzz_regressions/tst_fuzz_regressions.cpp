// Inputs the fuzzers once crashed, hung or broke an invariant with, run through the same path as
// the fuzz target that found them. The file's name says which: pipeline-*, cleaner-*, themes-*.
// Each must complete and leave a sound document (fuzz/invariants.h).
#include "cleaner.h"
#include "export.h"
#include "extractor.h"
#include "invariants.h"
#include "loader.h"
#include "themes.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace QuoteReader;

namespace {

QString regressionDir()
{
    return QStringLiteral(QUOTEREADER_TEST_DATA "/fuzz_regressions");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    void everyRegressionNamesItsTarget();
    void pipelineCompletesSoundly_data();
    void pipelineCompletesSoundly();
    void cleanerKeepsItsPromises_data();
    void cleanerKeepsItsPromises();
    void themeFileIsReadOrRefusedWithReason_data();
    void themeFileIsReadOrRefusedWithReason();

private:
    void addRows(const QString &prefix);
};

void TestFuzzRegressions::addRows(const QString &prefix)
{
    QTest::addColumn<QByteArray>("input");
    const QStringList names = QDir(regressionDir()).entryList({prefix + u"-*"_qs}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QTest::newRow(qPrintable(name)) << readAll(regressionDir() + u'/' + name);
    }
}

void TestFuzzRegressions::everyRegressionNamesItsTarget()
{
    const QStringList names = QDir(regressionDir()).entryList(QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), "no regression inputs found in tests/data/fuzz_regressions");
    for (const QString &name : names) {
        if (name == u"README.md") {
            continue;
        }
        QVERIFY2(name.startsWith(u"pipeline-") || name.startsWith(u"cleaner-") || name.startsWith(u"themes-"),
                 qPrintable(name + u" does not say which fuzz target it belongs to"_qs));
    }
}

void TestFuzzRegressions::pipelineCompletesSoundly_data()
{
    addRows(u"pipeline"_qs);
}

// As fuzz/fuzz_pipeline.cpp: the first byte picks the format, the rest is the file.
void TestFuzzRegressions::pipelineCompletesSoundly()
{
    QFETCH(QByteArray, input);
    if (input.isEmpty()) {
        return;
    }
    static const QString paths[] = {u"x.txt"_qs, u"x.html"_qs, u"x.md"_qs};
    const QString &path = paths[quint8(input.at(0)) % 3];
    QElapsedTimer timer;
    timer.start();
    const LoadResult load = decodeArticle(input.mid(1), path);
    if (!load.ok()) {
        QVERIFY2(load.error.contains(path), qPrintable(load.error));
        return;
    }
    const ExtractResult result = processLoaded(*load.loaded);
    QVERIFY(result.ok());
    const QString broken = Invariants::checkDocument(*result.document);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(makeWriter(ExportFormat::Json)->write(QuoteSelection::all(*result.document), &buffer));
    // Inputs are at most 64 KB: seconds would mean the super-linear behaviour is back (a generous
    // bound, for sanitized and debug builds on a busy machine).
    QVERIFY2(timer.elapsed() < 20000, qPrintable(u"took %1 ms"_qs.arg(timer.elapsed())));
}

void TestFuzzRegressions::cleanerKeepsItsPromises_data()
{
    addRows(u"cleaner"_qs);
}

// As fuzz/fuzz_cleaner.cpp: an even first byte means UTF-8, an odd one UTF-16.
void TestFuzzRegressions::cleanerKeepsItsPromises()
{
    QFETCH(QByteArray, input);
    if (input.isEmpty()) {
        return;
    }
    const QByteArray rest = input.mid(1);
    const QString decoded = quint8(input.at(0)) % 2 == 0
                                ? QString::fromUtf8(rest)
                                : QString(reinterpret_cast<const QChar *>(rest.constData()), rest.size() / 2);
    const CleanedText cleaned = cleanText(decoded);
    const QString broken = Invariants::checkCleaned(decoded, cleaned);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

void TestFuzzRegressions::themeFileIsReadOrRefusedWithReason_data()
{
    addRows(u"themes"_qs);
}

// As fuzz/fuzz_themes.cpp: the bytes are the theme file; what is read must survive a round trip.
void TestFuzzRegressions::themeFileIsReadOrRefusedWithReason()
{
    QFETCH(QByteArray, input);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"themes.json"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(input);
    file.close();
    const ThemeFileResult result = loadThemeFile(path);
    if (!result.themes) {
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        return;
    }
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(themesToJson(*result.themes));
    file.close();
    const ThemeFileResult again = loadThemeFile(path);
    QVERIFY2(again.themes.has_value(), qPrintable(again.error));
    QCOMPARE(again.themes->size(), result.themes->size());
    for (qsizetype i = 0; i < again.themes->size(); ++i) {
        QCOMPARE(again.themes->at(i).name, result.themes->at(i).name);
        QCOMPARE(again.themes->at(i).terms, result.themes->at(i).terms);
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
