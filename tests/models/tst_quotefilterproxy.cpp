// The quote filter proxy: each criterion, their combinations, sorting, signals, and speed on 100,000 quotes.
#include "quotefilterproxy.h"
#include "quotemodel.h"
#include "roles.h"
#include "testdocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace QuoteReader;

namespace {

QString shown(const QuoteFilterProxy &proxy)
{
    QStringList texts;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        texts.append(proxy.index(row, QuoteModel::TextColumn).data().toString());
    }
    return texts.join(u" / ");
}

} // namespace

class TestQuoteFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void filters_data()
    {
        QTest::addColumn<QList<int>>("speakers");
        QTest::addColumn<QStringList>("themes");
        QTest::addColumn<int>("kind"); // -1 any, else int(QuoteKind)
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("expected");

        const QString all = u"開發軟體很難 / the network is slow / 網絡安全重要 / costs rise / 軟體會更好"_qs;
        QTest::newRow("noCriteria_showsAll") << QList<int>{} << QStringList{} << -1 << QString() << all;
        QTest::newRow("oneSpeaker") << QList<int>{2} << QStringList{} << -1 << QString()
                                    << u"網絡安全重要 / 軟體會更好"_qs;
        QTest::newRow("twoSpeakers") << QList<int>{0, 1} << QStringList{} << -1 << QString()
                                     << u"開發軟體很難 / the network is slow"_qs;
        QTest::newRow("oneTheme") << QList<int>{} << QStringList{u"軟體"_qs} << -1 << QString()
                                  << u"開發軟體很難 / 軟體會更好"_qs;
        QTest::newRow("twoThemes_anyMatches") << QList<int>{} << QStringList{u"安全"_qs, u"軟體"_qs} << -1 << QString()
                                              << u"開發軟體很難 / 網絡安全重要 / 軟體會更好"_qs;
        QTest::newRow("directOnly") << QList<int>{} << QStringList{} << int(QuoteKind::Direct) << QString()
                                    << u"開發軟體很難 / 網絡安全重要"_qs;
        QTest::newRow("indirectOnly") << QList<int>{} << QStringList{} << int(QuoteKind::Indirect) << QString()
                                      << u"the network is slow / costs rise / 軟體會更好"_qs;
        QTest::newRow("search_simplifiedFindsTraditional")
            << QList<int>{} << QStringList{} << -1 << u"开发"_qs << u"開發軟體很難"_qs;
        QTest::newRow("search_traditionalFindsTraditional")
            << QList<int>{} << QStringList{} << -1 << u"網絡"_qs << u"網絡安全重要"_qs;
        QTest::newRow("search_ignoresCase")
            << QList<int>{} << QStringList{} << -1 << u"SLOW"_qs << u"the network is slow"_qs;
        QTest::newRow("search_pinyinOfSpeaker")
            << QList<int>{} << QStringList{} << -1 << u"chen"_qs << u"開發軟體很難"_qs;
        QTest::newRow("search_pinyinWithoutSpaces")
            << QList<int>{} << QStringList{} << -1 << u"lihua"_qs << u"網絡安全重要 / 軟體會更好"_qs;
        QTest::newRow("search_speakerRole")
            << QList<int>{} << QStringList{} << -1 << u"工程师"_qs << u"開發軟體很難"_qs;
        QTest::newRow("search_everyWordMustMatch")
            << QList<int>{} << QStringList{} << -1 << u"li 更好"_qs << u"軟體會更好"_qs;
        QTest::newRow("search_cue") << QList<int>{} << QStringList{} << -1 << u"noted"_qs << u"costs rise"_qs;
        QTest::newRow("search_noMatch") << QList<int>{} << QStringList{} << -1 << u"nothing like this"_qs << QString();
        QTest::newRow("speakerAndTheme") << QList<int>{2} << QStringList{u"軟體"_qs} << -1 << QString()
                                         << u"軟體會更好"_qs;
        QTest::newRow("speakerAndKind") << QList<int>{2} << QStringList{} << int(QuoteKind::Direct) << QString()
                                        << u"網絡安全重要"_qs;
        QTest::newRow("themeAndSearch") << QList<int>{} << QStringList{u"network"_qs} << -1 << u"网络"_qs
                                        << u"網絡安全重要"_qs;
        QTest::newRow("allFour") << QList<int>{1, 2} << QStringList{u"network"_qs} << int(QuoteKind::Indirect)
                                 << u"smith"_qs << u"the network is slow"_qs;
        QTest::newRow("speakerFilter_dropsUnattributed")
            << QList<int>{0, 1, 2} << QStringList{} << -1 << QString()
            << u"開發軟體很難 / the network is slow / 網絡安全重要 / 軟體會更好"_qs;
    }

    void filters()
    {
        QFETCH(QList<int>, speakers);
        QFETCH(QStringList, themes);
        QFETCH(int, kind);
        QFETCH(QString, search);
        QFETCH(QString, expected);

        QuoteModel model;
        QuoteFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(QuoteModel::TextColumn);
        model.setDocument(Test::makeReaderDocument());
        proxy.setSpeakers(QSet<int>(speakers.cbegin(), speakers.cend()));
        proxy.setThemes(QSet<QString>(themes.cbegin(), themes.cend()));
        proxy.setKind(kind < 0 ? std::nullopt : std::optional(QuoteKind(kind)));
        proxy.setSearchText(search);
        QCOMPARE(shown(proxy), expected);
        QCOMPARE(proxy.acceptedQuotes().size(), proxy.rowCount());
    }

    void criteriaSurviveAModelReset()
    {
        QuoteModel model;
        QuoteFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(QuoteModel::TextColumn);
        proxy.setSpeakers({2});
        model.setDocument(Test::makeReaderDocument());
        QCOMPARE(shown(proxy), u"網絡安全重要 / 軟體會更好"_qs);
        QCOMPARE(proxy.acceptedQuotes(), QList<int>({2, 4}));
    }

    void changingACriterionSignalsOnceAndRemovesRows()
    {
        QuoteModel model;
        QuoteFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setDocument(Test::makeReaderDocument());
        QSignalSpy filterChanged(&proxy, &QuoteFilterProxy::filterChanged);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        proxy.setSpeakers({0});
        QCOMPARE(filterChanged.count(), 1);
        QVERIFY(removed.count() >= 1);
        QCOMPARE(reset.count(), 0); // invalidateRowsFilter, not a reset: selections elsewhere survive
        proxy.setSpeakers({0});
        proxy.setSearchText(u"  "_qs); // only blanks: the same (empty) search
        QCOMPARE(filterChanged.count(), 1);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        proxy.setSpeakers({});
        QCOMPARE(filterChanged.count(), 2);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(proxy.rowCount(), 5);
    }

    void sortsBySpeakerCollationThenDocumentOrder()
    {
        QuoteModel model;
        QuoteFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setDocument(Test::makeReaderDocument());
        proxy.sort(QuoteModel::SpeakerColumn, Qt::AscendingOrder);
        QStringList speakers;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            speakers.append(proxy.index(row, QuoteModel::SpeakerColumn).data().toString() + u':'
                            + proxy.index(row, QuoteModel::TextColumn).data().toString());
        }
        // No speaker (empty key) first; Chinese collation puts Han by pinyin (陳 chen < 李 li) before Latin;
        // ties keep text order.
        QCOMPARE(speakers, QStringList({u"(unknown):costs rise"_qs, u"陳國強:開發軟體很難"_qs, u"李華:網絡安全重要"_qs,
                                        u"李華:軟體會更好"_qs, u"Jane Smith:the network is slow"_qs}));
        proxy.sort(QuoteModel::KindColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, QuoteModel::KindColumn).data(KindRole).toInt(), int(QuoteKind::Direct));
    }

    void refilterOf100000QuotesKeepsTheRightRows()
    {
        // The size issue 4 asks the reader to handle; how fast this runs is measured by bench/.
        QuoteModel model;
        QuoteFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(QuoteModel::TextColumn);
        model.setDocument(prepareDocument(Test::makeLargeDocument(100000)));
        proxy.setSpeakers({7});
        QCOMPARE(proxy.rowCount(), 2000);
        proxy.setSpeakers({});
        QCOMPARE(proxy.rowCount(), 100000);
        proxy.setThemes({Test::largeDocumentWords().at(0)});
        QCOMPARE(proxy.rowCount(), 12500);
        proxy.setThemes({});
        proxy.setSearchText(Test::largeDocumentWords().at(7));
        int expected = 0;
        for (int i = 0; i < 100000; ++i) {
            expected += (i % 8 == 7 || (i / 8) % 8 == 7) ? 1 : 0; // the word is the first or the second
        }
        QCOMPARE(proxy.rowCount(), expected);
    }
};

QTEST_GUILESS_MAIN(TestQuoteFilterProxy)
#include "tst_quotefilterproxy.moc"
